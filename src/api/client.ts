// The typed client: one method per route of SPEC section 4. Each answer is named after its schema
// in answers.ts, and checked against it except in the production browser build (see http.ts).
import type { ConversationFilter, Priority, SettableStatus, Sort } from '../domain';
import type {
  AddTagRequest,
  BulkRequest,
  CreateMessageRequest,
  CreateWebhookRequest,
  InboundRequest,
  LinkRequest,
  MessageOrder,
  PatchSettingsRequest,
  PatchWebhookRequest,
  SignInRequest,
} from './request-schemas';
import type { CreateSavedReplyRequest, PatchSavedReplyRequest } from './answer-schemas';
import type { CreateViewRequest, PatchViewRequest } from './find-schemas';
import { buildUrl, createTransport, type FetchLike } from './http';
import type { PatchAgentRequest } from './routing-schemas';
import type { ReportBucket } from './report-schemas';
import type { CreateTokenRequest } from './token-schemas';
import type { PresenceState } from './together-events';
import type { ReadNotificationsRequest } from './together-schemas';

export interface ApiClientOptions {
  /** Where `/api` lives; '' for the same origin. */
  baseUrl?: string;
  fetch?: FetchLike;
}

/** The list's filter (each field optional: the server has defaults) and its paging. */
export interface ListConversationsParams extends Partial<ConversationFilter> {
  sort?: Sort;
  limit?: number;
  cursor?: string | null;
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

export function createApiClient(options: ApiClientOptions = {}) {
  const baseUrl = options.baseUrl ?? '';
  // Bound, so a browser's fetch is not called with the client as `this` ("Illegal invocation").
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const { json, empty } = createTransport(baseUrl, fetchImpl);
  const conv = (id: number, rest = '') => `/api/conversations/${id}${rest}`;

  return {
    signIn: (body: SignInRequest) => json({ method: 'POST', path: '/api/session', body }, 'me'),
    signOut: () => empty({ method: 'DELETE', path: '/api/session' }),
    /** Ends every session of the signed-in agent, on every device. */
    signOutEverywhere: () => empty({ method: 'DELETE', path: '/api/sessions' }),
    me: (signal?: AbortSignal) => json({ method: 'GET', path: '/api/me', signal }, 'me'),
    /** Who is signed in, or `{ agent: null }` (200 either way). */
    session: (signal?: AbortSignal) =>
      json({ method: 'GET', path: '/api/session', signal }, 'session'),

    listConversations: (params: ListConversationsParams = {}, signal?: AbortSignal) =>
      json(
        {
          method: 'GET',
          path: '/api/conversations',
          query: { ...params, cursor: params.cursor ?? undefined },
          signal,
        },
        'conversationPage',
      ),
    counts: (signal?: AbortSignal) =>
      json({ method: 'GET', path: '/api/conversations/counts', signal }, 'counts'),
    getConversation: (id: number, signal?: AbortSignal) =>
      json({ method: 'GET', path: conv(id), signal }, 'conversationDetail'),
    /** Oldest first by default; `order: 'newest'` pages back from the newest message. */
    listMessages: (
      id: number,
      params: { cursor?: string | null; limit?: number; order?: MessageOrder } = {},
      signal?: AbortSignal,
    ) =>
      json(
        {
          method: 'GET',
          path: conv(id, '/messages'),
          query: { limit: params.limit, cursor: params.cursor ?? undefined, order: params.order },
          signal,
        },
        'messagePage',
      ),
    /** A reply of exactly `/sync` runs the command instead: the answer then has `type: 'command'`. */
    sendMessage: (id: number, body: CreateMessageRequest, opts: Versioned = {}) =>
      json({ method: 'POST', path: conv(id, '/messages'), body, ...opts }, 'sendMessageResult'),
    updateConversation: (id: number, patch: PatchConversation, opts: Versioned = {}) =>
      json({ method: 'PATCH', path: conv(id), body: patch, ...opts }, 'conversationDetail'),
    snooze: (id: number, until: number, opts: Versioned = {}) =>
      json(
        { method: 'POST', path: conv(id, '/snooze'), body: { until }, ...opts },
        'conversationDetail',
      ),
    /** Answers the conversation `id` was merged into, with the undo ticket. */
    merge: (id: number, intoId: number) =>
      json({ method: 'POST', path: conv(id, '/merge'), body: { intoId } }, 'conversationDetail'),
    unsnooze: (id: number, opts: Versioned = {}) =>
      json({ method: 'DELETE', path: conv(id, '/snooze'), ...opts }, 'conversationDetail'),
    markSpam: (id: number, opts: Versioned = {}) =>
      json({ method: 'POST', path: conv(id, '/spam'), ...opts }, 'conversationDetail'),
    restoreSpam: (id: number, opts: Versioned = {}) =>
      json({ method: 'DELETE', path: conv(id, '/spam'), ...opts }, 'conversationDetail'),
    addTag: (id: number, tag: AddTagRequest, opts: Versioned = {}) =>
      json({ method: 'POST', path: conv(id, '/tags'), body: tag, ...opts }, 'conversationDetail'),
    removeTag: (id: number, name: string, opts: Versioned = {}) =>
      json(
        { method: 'DELETE', path: conv(id, `/tags/${encodeURIComponent(name)}`), ...opts },
        'conversationDetail',
      ),
    follow: (id: number, opts: Versioned = {}) =>
      json({ method: 'POST', path: conv(id, '/followers'), ...opts }, 'conversationDetail'),
    unfollow: (id: number, opts: Versioned = {}) =>
      json({ method: 'DELETE', path: conv(id, '/followers/me'), ...opts }, 'conversationDetail'),
    addLink: (id: number, link: LinkRequest, opts: Versioned = {}) =>
      json({ method: 'POST', path: conv(id, '/links'), body: link, ...opts }, 'conversationDetail'),
    sync: (id: number, opts: Versioned = {}) =>
      json({ method: 'POST', path: conv(id, '/sync'), ...opts }, 'accepted').then(() => undefined),
    bulk: (body: BulkRequest) =>
      json({ method: 'POST', path: '/api/conversations/bulk', body }, 'bulkResult'),
    undo: (token: string) =>
      json({ method: 'POST', path: '/api/undo', body: { token } }, 'undoResult'),
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
        'inboundResult',
      ),

    listTokens: () =>
      json({ method: 'GET', path: '/api/tokens' }, 'apiTokenList').then((r) => r.data),
    /** The answer is the one place the token itself ever appears. */
    createToken: (body: CreateTokenRequest) =>
      json({ method: 'POST', path: '/api/tokens', body }, 'createdToken'),
    revokeToken: (id: number) => empty({ method: 'DELETE', path: `/api/tokens/${id}` }),

    listWebhooks: () =>
      json({ method: 'GET', path: '/api/webhooks' }, 'webhookList').then((r) => r.data),
    createWebhook: (body: CreateWebhookRequest) =>
      json({ method: 'POST', path: '/api/webhooks', body }, 'webhook'),
    deleteWebhook: (id: number) => empty({ method: 'DELETE', path: `/api/webhooks/${id}` }),
    /** Admins: `{ enabled: true }` turns a disabled subscription back on. */
    patchWebhook: (id: number, body: PatchWebhookRequest) =>
      json({ method: 'PATCH', path: `/api/webhooks/${id}`, body }, 'webhook'),
    /** The subscription's delivery log, newest first (50 unless `limit`, at most 100). */
    listDeliveries: (webhookId: number, opts: { limit?: number; signal?: AbortSignal } = {}) =>
      json(
        {
          method: 'GET',
          path: `/api/webhooks/${webhookId}/deliveries`,
          query: { limit: opts.limit },
          signal: opts.signal,
        },
        'webhookDeliveryList',
      ).then((r) => r.data),

    getSettings: () => json({ method: 'GET', path: '/api/org/settings' }, 'settings'),
    updateSettings: (patch: PatchSettingsRequest) =>
      json({ method: 'PATCH', path: '/api/org/settings', body: patch }, 'settings'),

    reportSummary: (range: { from?: number; to?: number } = {}) =>
      json({ method: 'GET', path: '/api/reports/summary', query: range }, 'reportSummary'),
    /** Created and closed per local day or week of `tz` (an IANA zone; UTC when absent). */
    reportSeries: (
      params: { from?: number; to?: number; bucket?: ReportBucket; tz?: string } = {},
      signal?: AbortSignal,
    ) =>
      json(
        { method: 'GET', path: '/api/reports/series', query: params, signal },
        'reportSeries',
      ).then((r) => r.data),
    listAgents: () => json({ method: 'GET', path: '/api/agents' }, 'directory'),
    /** SPEC 7.1: whether the signed-in agent receives conversations. */
    setAvailable: (available: boolean) =>
      json({ method: 'PATCH', path: '/api/me', body: { available } }, 'routedAgent'),
    updateAgent: (id: number, patch: PatchAgentRequest) =>
      json({ method: 'PATCH', path: `/api/agents/${id}`, body: patch }, 'routedAgent'),
    /** Every tag of the org, its color and how many conversations use it. */
    listTags: (signal?: AbortSignal) =>
      json({ method: 'GET', path: '/api/tags', signal }, 'tagList').then((r) => r.data),
    /** The agent's saved views and the shared ones, and the shortcuts' counts. */
    listViews: (signal?: AbortSignal) =>
      json({ method: 'GET', path: '/api/views', signal }, 'viewList'),
    createView: (body: CreateViewRequest) =>
      json({ method: 'POST', path: '/api/views', body }, 'savedView'),
    patchView: (id: number, body: PatchViewRequest) =>
      json({ method: 'PATCH', path: `/api/views/${id}`, body }, 'savedView'),
    deleteView: (id: number) => empty({ method: 'DELETE', path: `/api/views/${id}` }),
    /** A contact, when Parley first saw them, and their conversations (SPEC 7.4). */
    getContact: (id: number, signal?: AbortSignal) =>
      json({ method: 'GET', path: `/api/contacts/${id}`, signal }, 'contactDetail'),
    listSavedReplies: (signal?: AbortSignal) =>
      json({ method: 'GET', path: '/api/saved-replies', signal }, 'savedReplyList').then(
        (r) => r.data,
      ),
    createSavedReply: (body: CreateSavedReplyRequest) =>
      json({ method: 'POST', path: '/api/saved-replies', body }, 'savedReply'),
    patchSavedReply: (id: number, body: PatchSavedReplyRequest) =>
      json({ method: 'PATCH', path: `/api/saved-replies/${id}`, body }, 'savedReply'),
    deleteSavedReply: (id: number) => empty({ method: 'DELETE', path: `/api/saved-replies/${id}` }),
    /** Keeps a file for a reply or note of this conversation to carry (`attachmentIds`). */
    uploadAttachment: (conversationId: number, file: File, signal?: AbortSignal) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return json(
        { method: 'POST', path: conv(conversationId, '/attachments'), form, signal },
        'attachment',
      );
    },
    /** Where a file downloads from (a link's `href`; the session cookie goes with it). */
    attachmentUrl: (id: number) => buildUrl(baseUrl, `/api/attachments/${id}`),
    listInboxes: () =>
      json({ method: 'GET', path: '/api/inboxes' }, 'inboxList').then((r) => r.data),

    /** SPEC 7.5: this agent is in the conversation, reading or typing; `leave` when they go. */
    reportPresence: (id: number, state: PresenceState) =>
      empty({ method: 'POST', path: conv(id, '/presence'), body: { state } }),
    leavePresence: (id: number) => empty({ method: 'DELETE', path: conv(id, '/presence') }),
    listNotifications: (signal?: AbortSignal) =>
      json({ method: 'GET', path: '/api/notifications', signal }, 'notificationList'),
    readNotifications: (body: ReadNotificationsRequest) =>
      json({ method: 'POST', path: '/api/notifications/read', body }, 'notificationList'),

    /** For `new EventSource(url, { withCredentials: true })`; it resumes by itself afterwards. */
    eventsUrl: (lastEventId?: number) =>
      buildUrl(baseUrl, '/api/events', { lastEventId: lastEventId ?? undefined }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
