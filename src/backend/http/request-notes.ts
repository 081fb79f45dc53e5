// What the host's request log needs from inside the API: the route pattern that answered
// (`/api/conversations/:id`, never the ids or the query) and the caller's org. The host passes a
// `notes` object in the bindings (Node); in the browser there is none and this does nothing.
import type { MiddlewareHandler } from 'hono';
import type { Caller } from '../service/context';
import { answeringRoute } from './bearer';
import type { AppEnv } from './env';

export interface RequestNotes {
  route?: string;
  orgId?: number;
}

export const requestNotes: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const notes = (c.env as { notes?: RequestNotes } | undefined)?.notes;
  if (notes === undefined) return;
  const route = answeringRoute(c);
  if (route !== null) notes.route = route.path;
  const caller = c.get('caller') as Caller | undefined;
  if (caller !== undefined) notes.orgId = caller.orgId;
};
