// The API as one Hono app: `app.fetch(request)` runs in Node (server/) and in the browser (MSW).
import { Hono } from 'hono';
import { AppError } from './app-error';
import { answerRoutes } from './routes/answer-routes';
import { resolveDeps, type AppDeps } from './deps';
import type { AppEnv } from './http/env';
import { bodyCap, csrfGuard, errorHandler, errorJson, sessionGuard } from './http/middleware';
import { requestNotes } from './http/request-notes';
import { bulkRoutes } from './routes/bulk-routes';
import { conversationActionRoutes } from './routes/conversation-action-routes';
import { conversationRoutes } from './routes/conversation-routes';
import { docsRoutes } from './routes/docs-routes';
import { eventRoutes } from './routes/event-routes';
import { findRoutes } from './routes/find-routes';
import { inboundRoutes } from './routes/inbound-routes';
import { orgRoutes } from './routes/org-routes';
import { playbookRoutes } from './routes/playbook-routes';
import { sessionRoutes } from './routes/session-routes';
import { undoRoutes } from './routes/undo-routes';
import { syncRoutes } from './routes/sync-routes';
import { togetherRoutes } from './routes/together-routes';
import { tokenRoutes } from './routes/token-routes';
import { webhookRoutes } from './routes/webhook-routes';
import { createLoginLimiter } from './service/login-limiter';

export function createApp(deps: AppDeps) {
  const svc = resolveDeps(deps);
  const api = new Hono<AppEnv>()
    .use(csrfGuard(svc.http))
    .use(sessionGuard(svc))
    .use(bodyCap)
    .route('/', sessionRoutes(svc, createLoginLimiter(svc.http)))
    .route('/', inboundRoutes(svc))
    .route('/', playbookRoutes(svc))
    // Static paths (`/bulk`, `/counts`) are registered before `/:id`.
    .route('/', togetherRoutes(svc))
    .route('/conversations', bulkRoutes(svc))
    .route('/conversations', conversationRoutes(svc))
    .route('/conversations', conversationActionRoutes(svc))
    .route('/', orgRoutes(svc))
    .route('/', webhookRoutes(svc))
    .route('/', findRoutes(svc))
    .route('/', eventRoutes(svc))
    .route('/', undoRoutes(svc))
    .route('/', tokenRoutes(svc))
    .route('/', docsRoutes())
    .route('/', syncRoutes(svc))
    .route('/', answerRoutes(svc));

  const app = new Hono<AppEnv>();
  app.onError(errorHandler(svc));
  app.notFound((c) => errorJson(c, new AppError('not_found', 'No such API route')));
  app.use(requestNotes);
  app.route('/api', api);
  return app;
}

export type ParleyApp = ReturnType<typeof createApp>;
