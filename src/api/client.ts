// The typed client: one method per route of SPEC section 4, each answer checked by its schema.
import { z } from 'zod';
import type { Priority, SettableStatus, Sort, View } from '../domain';
import {
  bulkResultSchema,
  conversationDetailSchema,
  conversationPageSchema,
  inboundResultSchema,
  messagePageSchema,
  sendMessageResultSchema,
} from './conversation-schemas';
import {
  countsSchema,
  directorySchema,
  inboxListSchema,
  meSchema,
  reportSummarySchema,
  settingsSchema,
  webhookListSchema,
  webhookSchema,
} from './org-schemas';
import type {
  AddTagRequest,
  BulkRequest,
  CreateMessageRequest,
  CreateWebhookRequest,
  InboundRequest,
  LinkRequest,
  PatchSettingsRequest,
  SignInRequest,
} from './request-schemas';
import { buildUrl, createTransport, type FetchLike } from './http';

export interface ApiClientOptions {
  /** Where `/api` lives; '' for the same origin. */
  baseUrl?: string;
  fetch?: FetchLike;
}

export interface ListConversationsParams {
  view?: View;
  sort?: Sort;
  limit?: number;
  cursor?: string | null;
  tag?: string;
  assignee?: number | 'me' | 'none';
  q?: string;
}

export interface PatchConversation {
  status?: SettableStatus;
  priority?: Priority;
  assigneeId?: number | null;
  teamId?: number | null;
}

/** Every conversation change may name the version it was based on. */
export interface Versioned {
  ifMatch?: number;
  signal?: AbortSignal;
}

const acceptedSchema = z.object({ accepted: z.literal(true) });

export function createApiClient(options: ApiClientOptions = {}) {
  const baseUrl = options.baseUrl ?? '';
  // Bound, so a browser's fetch is not called with the client as `this` ("Illegal invocation").
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const { json, empty } = createTransport(baseUrl, fetchImpl);
  const conv = (id: number, rest = '') => `/api/conversations/${id}${rest}`;

  return {
    signIn: (body: SignInRequest) => json({ method: 'POST', path: '/api/session', body }, meSchema),
    signOut: () => empty({ method: 'DELETE', path: '/api/session' }),
    me: (signal?: AbortSignal) => json({ method: 'GET', path: '/api/me', signal }, meSchema),

    listConversations: (params: ListConversationsParams = {}, signal?: AbortSignal) =>
      json(
        {
          method: 'GET',
          path: '/api/conversations',
          query: { ...params, cursor: params.cursor ?? undefined },
          signal,
        },
        conversationPageSchema,
      ),
    counts: (signal?: AbortSignal) =>
      json({ method: 'GET', path: '/api/conversations/counts', signal }, countsSchema),
    getConversation: (id: number, signal?: AbortSignal) =>
      json({ method: 'GET', path: conv(id), signal }, conversationDetailSchema),
    listMessages: (
      id: number,
      params: { cursor?: string | null; limit?: number } = {},
      signal?: AbortSignal,
    ) =>
      json(
        {
          method: 'GET',
          path: conv(id, '/messages'),
          query: { limit: params.limit, cursor: params.cursor ?? undefined },
          signal,
        },
        messagePageSchema,
      ),
    /** A reply of exactly `/sync` runs the command instead: the answer then has `type: 'command'`. */
    sendMessage: (id: number, body: CreateMessageRequest, opts: Versioned = {}) =>
      json({ method: 'POST', path: conv(id, '/messages'), body, ...opts }, sendMessageResultSchema),
    updateConversation: (id: number, patch: PatchConversation, opts: Versioned = {}) =>
      json({ method: 'PATCH', path: conv(id), body: patch, ...opts }, conversationDetailSchema),
    snooze: (id: number, until: number, opts: Versioned = {}) =>
      json(
        { method: 'POST', path: conv(id, '/snooze'), body: { until }, ...opts },
        conversationDetailSchema,
      ),
    unsnooze: (id: number, opts: Versioned = {}) =>
      json({ method: 'DELETE', path: conv(id, '/snooze'), ...opts }, conversationDetailSchema),
    markSpam: (id: number, opts: Versioned = {}) =>
      json({ method: 'POST', path: conv(id, '/spam'), ...opts }, conversationDetailSchema),
    restoreSpam: (id: number, opts: Versioned = {}) =>
      json({ method: 'DELETE', path: conv(id, '/spam'), ...opts }, conversationDetailSchema),
    addTag: (id: number, tag: AddTagRequest, opts: Versioned = {}) =>
      json(
        { method: 'POST', path: conv(id, '/tags'), body: tag, ...opts },
        conversationDetailSchema,
      ),
    removeTag: (id: number, name: string, opts: Versioned = {}) =>
      json(
        { method: 'DELETE', path: conv(id, `/tags/${encodeURIComponent(name)}`), ...opts },
        conversationDetailSchema,
      ),
    follow: (id: number, opts: Versioned = {}) =>
      json({ method: 'POST', path: conv(id, '/followers'), ...opts }, conversationDetailSchema),
    unfollow: (id: number, opts: Versioned = {}) =>
      json(
        { method: 'DELETE', path: conv(id, '/followers/me'), ...opts },
        conversationDetailSchema,
      ),
    addLink: (id: number, link: LinkRequest, opts: Versioned = {}) =>
      json(
        { method: 'POST', path: conv(id, '/links'), body: link, ...opts },
        conversationDetailSchema,
      ),
    sync: (id: number, opts: Versioned = {}) =>
      json({ method: 'POST', path: conv(id, '/sync'), ...opts }, acceptedSchema).then(
        () => undefined,
      ),
    bulk: (body: BulkRequest) =>
      json({ method: 'POST', path: '/api/conversations/bulk', body }, bulkResultSchema),
    deleteConversation: (id: number, opts: { retainMetrics?: boolean } = {}) =>
      empty({
        method: 'DELETE',
        path: conv(id),
        query: {
          retain_metrics: opts.retainMetrics === undefined ? undefined : String(opts.retainMetrics),
        },
      }),

    inbound: (inboxToken: string, body: InboundRequest) =>
      json(
        {
          method: 'POST',
          path: '/api/inbound',
          body,
          headers: { Authorization: `Bearer ${inboxToken}` },
        },
        inboundResultSchema,
      ),

    listWebhooks: () =>
      json({ method: 'GET', path: '/api/webhooks' }, webhookListSchema).then((r) => r.data),
    createWebhook: (body: CreateWebhookRequest) =>
      json({ method: 'POST', path: '/api/webhooks', body }, webhookSchema),
    deleteWebhook: (id: number) => empty({ method: 'DELETE', path: `/api/webhooks/${id}` }),

    getSettings: () => json({ method: 'GET', path: '/api/org/settings' }, settingsSchema),
    updateSettings: (patch: PatchSettingsRequest) =>
      json({ method: 'PATCH', path: '/api/org/settings', body: patch }, settingsSchema),

    reportSummary: (range: { from?: number; to?: number } = {}) =>
      json({ method: 'GET', path: '/api/reports/summary', query: range }, reportSummarySchema),
    listAgents: () => json({ method: 'GET', path: '/api/agents' }, directorySchema),
    listInboxes: () =>
      json({ method: 'GET', path: '/api/inboxes' }, inboxListSchema).then((r) => r.data),

    /** For `new EventSource(url, { withCredentials: true })`; it resumes by itself afterwards. */
    eventsUrl: (lastEventId?: number) =>
      buildUrl(baseUrl, '/api/events', { lastEventId: lastEventId ?? undefined }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
