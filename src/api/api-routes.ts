// Every API route in one table: who may call it (the scope an API token needs) and the schemas
// that check its request and answer. The session guard reads the access column, the OpenAPI
// document (openapi.ts) the rest; a test checks that every route the app registers is here.
import { z } from 'zod';
import * as s from './index';
import type { ApiScope } from './token-schemas';

/** `public`: no credential; `session`: a person's session only, never an API token. */
export type RouteAccess = ApiScope | 'public' | 'session';
export type RouteMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface ApiRoute {
  method: RouteMethod;
  /** Hono's pattern, `/api/conversations/:id`. */
  path: string;
  summary: string;
  access: RouteAccess;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The answer's schema; none for 204. */
  answer?: z.ZodType;
  /** The success status: 200 unless given. */
  status?: 200 | 201 | 202 | 204;
  /** `text/event-stream` instead of JSON. */
  stream?: true;
  /** The body is multipart/form-data with one file in the part `file`. */
  upload?: true;
  /** The answer is a file's bytes, not JSON. */
  file?: true;
  adminOnly?: true;
}

const accepted = z.object({ accepted: z.literal(true) });
const ping = z.object({ deliveryId: z.uuid() });
const conv = s.conversationDetailSchema;
const read = 'conversations:read';
const write = 'conversations:write';

type Row = [
  RouteMethod,
  string,
  RouteAccess,
  string,
  Omit<ApiRoute, 'method' | 'path' | 'access' | 'summary'>?,
];

const ROWS: Row[] = [
  [
    'GET',
    '/api/session',
    'public',
    'Who is signed in ({ agent: null } when nobody)',
    { answer: s.sessionSchema },
  ],
  ['POST', '/api/session', 'public', 'Sign in', { body: s.signInSchema, answer: s.meSchema }],
  ['DELETE', '/api/session', 'public', 'Sign out', { status: 204 }],
  ['DELETE', '/api/sessions', 'session', 'Sign out everywhere', { status: 204 }],
  ['GET', '/api/me', read, 'The signed-in agent', { answer: s.meSchema }],
  [
    'POST',
    '/api/inbound',
    'public',
    "A contact's message (inbox token)",
    { body: s.inboundSchema, answer: s.inboundResultSchema, status: 201 },
  ],
  [
    'POST',
    '/api/conversations/bulk',
    write,
    'Change up to 25 conversations at once',
    { body: s.bulkRequestSchema, answer: s.bulkResultSchema },
  ],
  [
    'GET',
    '/api/conversations',
    read,
    'A page of a view',
    { query: s.listQuerySchema, answer: s.conversationPageSchema },
  ],
  ['GET', '/api/conversations/counts', read, 'Conversations per view', { answer: s.countsSchema }],
  ['GET', '/api/conversations/:id', read, 'One conversation with its contact', { answer: conv }],
  [
    'PATCH',
    '/api/conversations/:id',
    write,
    'Change status, priority, assignee or team',
    { body: s.patchConversationSchema, answer: conv },
  ],
  [
    'DELETE',
    '/api/conversations/:id',
    write,
    'Delete a conversation (admins)',
    { query: s.deleteQuerySchema, status: 204, adminOnly: true },
  ],
  [
    'GET',
    '/api/conversations/:id/messages',
    read,
    'A page of the thread',
    { query: s.messagePageQuerySchema, answer: s.messagePageSchema },
  ],
  [
    'POST',
    '/api/conversations/:id/messages',
    write,
    'Reply or add a note',
    { body: s.createMessageSchema, answer: s.messageSchema, status: 201 },
  ],
  [
    'POST',
    '/api/conversations/:id/snooze',
    write,
    'Snooze until a time',
    { body: s.snoozeSchema, answer: conv },
  ],
  ['DELETE', '/api/conversations/:id/snooze', write, 'End a snooze', { answer: conv }],
  [
    'POST',
    '/api/conversations/:id/merge',
    write,
    'Merge into another conversation (answers the target)',
    { body: s.mergeRequestSchema, answer: conv },
  ],
  ['POST', '/api/conversations/:id/spam', write, 'Mark as spam', { answer: conv }],
  ['DELETE', '/api/conversations/:id/spam', write, 'Restore from spam', { answer: conv }],
  [
    'POST',
    '/api/conversations/:id/tags',
    write,
    'Add a tag',
    { body: s.addTagSchema, answer: conv },
  ],
  ['DELETE', '/api/conversations/:id/tags/:name', write, 'Remove a tag', { answer: conv }],
  ['POST', '/api/conversations/:id/followers', write, 'Follow', { answer: conv }],
  ['DELETE', '/api/conversations/:id/followers/me', write, 'Unfollow', { answer: conv }],
  [
    'POST',
    '/api/conversations/:id/presence',
    'session',
    'Report that you are viewing or typing in it (SPEC 7.5)',
    { body: s.presenceRequestSchema, status: 204 },
  ],
  ['DELETE', '/api/conversations/:id/presence', 'session', 'Leave it', { status: 204 }],
  [
    'GET',
    '/api/notifications',
    'session',
    'Your notifications, newest first',
    { answer: s.notificationListSchema },
  ],
  [
    'POST',
    '/api/notifications/read',
    'session',
    'Mark some or all of your notifications read',
    { body: s.readNotificationsSchema, answer: s.notificationListSchema },
  ],
  [
    'POST',
    '/api/conversations/:id/links',
    write,
    'Link a ticket or conversation',
    { body: s.linkRequestSchema, answer: conv },
  ],
  [
    'POST',
    '/api/conversations/:id/sync',
    write,
    'Send conversation_manual_push',
    { answer: accepted, status: 202 },
  ],
  ['GET', '/api/org/settings', read, "The org's settings", { answer: s.settingsSchema }],
  [
    'PATCH',
    '/api/org/settings',
    'settings',
    "Change the org's settings (admins)",
    { body: s.patchSettingsSchema, answer: s.settingsSchema, adminOnly: true },
  ],
  ['GET', '/api/agents', read, 'Agents and teams', { answer: s.directorySchema }],
  [
    'PATCH',
    '/api/me',
    'session',
    'Set whether the signed-in agent receives conversations',
    { body: s.patchMeSchema, answer: s.routedAgentAnswerSchema },
  ],
  [
    'PATCH',
    '/api/agents/:id',
    'settings',
    "Set an agent's capacity and teams (admins)",
    { body: s.patchAgentSchema, answer: s.routedAgentAnswerSchema, adminOnly: true },
  ],
  [
    'POST',
    '/api/playbooks/send',
    write,
    'Start one bulk_sent conversation per contact',
    { body: s.playbookSendSchema, answer: s.playbookSendResultSchema },
  ],
  [
    'POST',
    '/api/inbound/close',
    'public',
    "A bot's goal met: close the conversation (inbox token)",
    { body: s.inboundCloseSchema, answer: s.inboundCloseResultSchema },
  ],
  [
    'POST',
    '/api/undo',
    write,
    'Undo a change within its window',
    { body: s.undoRequestSchema, answer: s.undoResultSchema },
  ],
  ['GET', '/api/tags', read, "The org's tags with their use counts", { answer: s.tagListSchema }],
  ['GET', '/api/views', read, 'Saved views with their live counts', { answer: s.viewListSchema }],
  [
    'POST',
    '/api/views',
    'session',
    'Save a view (shared ones: admins)',
    { body: s.createViewSchema, answer: s.savedViewSchema, status: 201 },
  ],
  [
    'PATCH',
    '/api/views/:id',
    'session',
    'Rename, refilter or share a saved view',
    { body: s.patchViewSchema, answer: s.savedViewSchema },
  ],
  ['DELETE', '/api/views/:id', 'session', 'Delete a saved view', { status: 204 }],
  ['GET', '/api/inboxes', read, 'Inboxes (admins see their tokens)', { answer: s.inboxListSchema }],
  [
    'GET',
    '/api/reports/summary',
    'reports',
    'Figures for a range',
    { query: s.reportQuerySchema, answer: s.reportSummarySchema },
  ],
  [
    'GET',
    '/api/reports/series',
    'reports',
    'Figures per day or week',
    { query: s.reportSeriesQuerySchema, answer: s.reportSeriesSchema },
  ],
  ['GET', '/api/webhooks', 'webhooks', 'Webhook subscriptions', { answer: s.webhookListSchema }],
  [
    'POST',
    '/api/webhooks',
    'webhooks',
    'Subscribe (admins)',
    { body: s.createWebhookSchema, answer: s.webhookSchema, status: 201, adminOnly: true },
  ],
  [
    'PATCH',
    '/api/webhooks/:id',
    'webhooks',
    'Change a subscription (admins)',
    { body: s.patchWebhookSchema, answer: s.webhookSchema, adminOnly: true },
  ],
  [
    'DELETE',
    '/api/webhooks/:id',
    'webhooks',
    'Unsubscribe (admins)',
    { status: 204, adminOnly: true },
  ],
  [
    'POST',
    '/api/webhooks/:id/secret',
    'webhooks',
    'Rotate the secret; the previous one signs too for 24 hours (admins)',
    { answer: s.webhookSchema, adminOnly: true },
  ],
  [
    'POST',
    '/api/webhooks/:id/ping',
    'webhooks',
    'Send a test ping to this endpoint (admins)',
    { answer: s.webhookDeliverySchema, status: 202, adminOnly: true },
  ],
  [
    'POST',
    '/api/webhooks/:id/deliveries/:deliveryId/redeliver',
    'webhooks',
    'Send one delivery again, with its webhook-id (admins)',
    { answer: s.webhookDeliverySchema, status: 202, adminOnly: true },
  ],
  [
    'GET',
    '/api/webhooks/:id/deliveries',
    'webhooks',
    'The delivery log, newest first (admins)',
    { query: s.deliveryQuerySchema, answer: s.webhookDeliveryListSchema, adminOnly: true },
  ],
  ['GET', '/api/events', read, 'Server-sent events of every change in the org', { stream: true }],
  [
    'GET',
    '/api/tokens',
    'session',
    'API tokens (admins)',
    { answer: s.apiTokenListSchema, adminOnly: true },
  ],
  [
    'POST',
    '/api/tokens',
    'session',
    'Create an API token; the token is shown once (admins)',
    { body: s.createTokenSchema, answer: s.createdTokenSchema, status: 201, adminOnly: true },
  ],
  [
    'DELETE',
    '/api/tokens/:id',
    'session',
    'Revoke an API token (admins)',
    { status: 204, adminOnly: true },
  ],
  [
    'GET',
    '/api/contacts',
    read,
    'A page of the contacts, in id order',
    { query: s.contactListQuerySchema, answer: s.contactPageSchema },
  ],
  [
    'GET',
    '/api/contacts/:id',
    read,
    'A contact with their conversations',
    { answer: s.contactDetailSchema },
  ],
  [
    'POST',
    '/api/inboxes/:id/token',
    'settings',
    "Rotate an inbox's inbound token; the old one stops working (admins)",
    { answer: s.inboxSchema, adminOnly: true },
  ],
  [
    'GET',
    '/api/saved-replies',
    read,
    "The org's saved replies",
    { answer: s.savedReplyListSchema },
  ],
  [
    'POST',
    '/api/saved-replies',
    'settings',
    'Save a reply for the whole org (admins)',
    { body: s.createSavedReplySchema, answer: s.savedReplySchema, status: 201, adminOnly: true },
  ],
  [
    'PATCH',
    '/api/saved-replies/:id',
    'settings',
    'Rename or reword a saved reply (admins)',
    { body: s.patchSavedReplySchema, answer: s.savedReplySchema, adminOnly: true },
  ],
  [
    'DELETE',
    '/api/saved-replies/:id',
    'settings',
    'Delete a saved reply (admins)',
    { status: 204, adminOnly: true },
  ],
  [
    'POST',
    '/api/conversations/:id/attachments',
    write,
    'Upload a file (at most 10 MB) for a reply or note to carry',
    { upload: true, answer: s.attachmentSchema, status: 201 },
  ],
  ['GET', '/api/attachments/:id', read, "A file's exact bytes, as a download", { file: true }],
  [
    'GET',
    '/api/openapi.json',
    'public',
    'This document',
    { answer: z.record(z.string(), z.unknown()) },
  ],
];
void ping;

export const API_ROUTES: readonly ApiRoute[] = ROWS.map(
  ([method, path, access, summary, rest]) => ({
    method,
    path,
    access,
    summary,
    ...rest,
  }),
);

const byKey = new Map(API_ROUTES.map((r) => [`${r.method} ${r.path}`, r]));

/** The table's row for a registered route (`GET`, `/api/conversations/:id`). */
export const findApiRoute = (method: string, path: string): ApiRoute | undefined =>
  byKey.get(`${method} ${path}`);
