// Requests of SPEC section 4. Bodies are strict (an unknown field answers 400, so a typo is never
// silently ignored); query strings are lenient, because proxies and analytics add parameters.
import { z } from 'zod';
import {
  AUTO_ASSIGN_MODES,
  FILTER_DEFAULTS,
  LIMITS,
  SETTABLE_STATUSES,
  SORTS,
  VIEWS,
  type BulkName,
  type ConversationFilter,
} from '../domain';
import { attachmentIdsSchema, inboundAttachmentsSchema } from './answer-schemas';
import { channelSchema, prioritySchema, statusSchema } from './conversation-schemas';
import { ID_MAX } from './errors';
import { webhookEventSchema } from './org-schemas';
import { hexColorSchema, idInputSchema, queryIntSchema, timestampInputSchema } from './primitives';

const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => s.trim().length > 0, 'Must not be blank');

export const signInSchema = z.strictObject({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1000),
});

export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 100;
const limitSchema = queryIntSchema.pipe(z.number().int().min(1).max(PAGE_LIMIT_MAX));

/** An agent id, `me` or `none`; ids stop at ID_MAX like every id a client sends. */
const assigneeSchema = z
  .string()
  .regex(/^(?:me|none|[1-9]\d{0,9})$/, 'Use an agent id, "me" or "none"')
  .refine((a) => !/^\d/.test(a) || Number(a) <= ID_MAX, 'Use an agent id, "me" or "none"')
  .transform((a) => (a === 'me' || a === 'none' ? a : Number(a)));

/** A positive id or `none`, for the team filter. */
const teamFilterSchema = z
  .string()
  .regex(/^(?:none|[1-9]\d{0,9})$/, 'Use a team id or "none"')
  .refine((t) => t === 'none' || Number(t) <= ID_MAX, 'Use a team id or "none"')
  .transform((t) => (t === 'none' ? t : Number(t)));

/** An agent id or `me`, for the mentions filter. */
const mentionsSchema = z
  .string()
  .regex(/^(?:me|[1-9]\d{0,9})$/, 'Use an agent id or "me"')
  .refine((m) => m === 'me' || Number(m) <= ID_MAX, 'Use an agent id or "me"')
  .transform((m) => (m === 'me' ? m : Number(m)));

/** One entry per field of the domain's filter: the compiler names a field that has none. */
export const listFilterShape = {
  view: z.enum(VIEWS).default(FILTER_DEFAULTS.view),
  tag: z.string().max(50).optional(),
  assignee: assigneeSchema.optional(),
  // Blank text does not narrow the list.
  q: z
    .string()
    .max(200)
    .optional()
    .transform((q) => q?.trim() || undefined),
  channel: channelSchema.optional(),
  priority: prioritySchema.optional(),
  team: teamFilterSchema.optional(),
  mentions: mentionsSchema.optional(),
  updatedSince: queryIntSchema.optional(),
} satisfies { [K in keyof ConversationFilter]-?: z.ZodType<ConversationFilter[K]> };

export const listFilterSchema = z.object(listFilterShape) satisfies z.ZodType<ConversationFilter>;

export const listQuerySchema = listFilterSchema.extend({
  // Absent: best match first when searching, else newest (effectiveSort).
  sort: z.enum(SORTS).optional(),
  limit: limitSchema.default(PAGE_LIMIT_DEFAULT),
  cursor: z.string().max(200).optional(),
});

export const pageQuerySchema = z.object({
  limit: limitSchema.default(PAGE_LIMIT_DEFAULT),
  cursor: z.string().max(200).optional(),
});

/** A thread reads from its first message (the SPEC's default) or from its newest, backwards. */
export const MESSAGE_ORDERS = ['oldest', 'newest'] as const;
export type MessageOrder = (typeof MESSAGE_ORDERS)[number];

/** `GET /api/conversations/:id/messages`: `order=newest` answers the newest page first, each page
 * newest first, and its `next` pages towards the first message. */
export const messagePageQuerySchema = pageQuerySchema.extend({
  order: z.enum(MESSAGE_ORDERS, { error: 'Use "oldest" or "newest"' }).default('oldest'),
});

/** A message with files may have no words; one without must have some. */
export const createMessageSchema = z
  .strictObject({
    type: z.enum(['chat', 'note']),
    body: z.string().max(20_000),
    idempotencyKey: z.string().min(1).max(200).optional(),
    attachmentIds: attachmentIdsSchema.optional(),
  })
  .refine((m) => m.body.trim().length > 0 || (m.attachmentIds?.length ?? 0) > 0, {
    message: 'Must not be blank',
    path: ['body'],
  });

/**
 * Sent again with the same key (by the same agent, within a day), a PATCH or bulk request answers
 * as the first one did, with `Idempotent-Replayed: true`, and changes nothing more.
 */
const idempotencyKeySchema = z.string().min(1).max(200).optional();

export const patchConversationSchema = z
  .strictObject({
    status: z.enum(SETTABLE_STATUSES).optional(),
    priority: prioritySchema.optional(),
    assigneeId: idInputSchema.nullable().optional(),
    teamId: idInputSchema.nullable().optional(),
    idempotencyKey: idempotencyKeySchema,
  })
  .refine(
    ({ idempotencyKey: _key, ...p }) => Object.values(p).some((v) => v !== undefined),
    'Nothing to change',
  );

export const snoozeSchema = z.strictObject({ until: timestampInputSchema });

/** `POST /api/conversations/:id/merge`: the conversation `:id` becomes part of. */
export const mergeRequestSchema = z.strictObject({ intoId: idInputSchema });
export type MergeRequest = z.infer<typeof mergeRequestSchema>;

/**
 * A tag name's length is a rule of the domain (`LIMITS.tagName`), refused with 422 and its reason
 * like the other limits; only what cannot be a typed name at all (a page of text) is malformed.
 */
const tagNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(LIMITS.tagName * 20);

export const addTagSchema = z.strictObject({
  name: tagNameSchema,
  color: hexColorSchema.optional(),
});

export const linkRequestSchema = z.union([
  z.strictObject({ type: z.literal('conversation'), id: idInputSchema }),
  z.strictObject({ type: z.literal('ticket'), id: idInputSchema }),
  z.strictObject({ type: z.literal('ticket'), title: text(200) }),
]);

// No length bound here: the body cap bounds it, and a request over 25 distinct ids, however many,
// gets the domain's own refusal (422, SPEC section 2) rather than a generic 400.
const bulkIds = z.array(idInputSchema).min(1);
/**
 * Optional, by conversation id (a JSON key, so a string): the version the client based the change
 * on, as `If-Match` is for one conversation. One stale version refuses the whole request (409).
 */
const bulkVersions = z
  .record(
    z.string().regex(/^[1-9]\d{0,9}$/, 'versions: each key is a conversation id'),
    idInputSchema,
  )
  .optional();
/**
 * Optional, by conversation id: what the agent saw of each (`seenOf` in the domain). Only a change
 * of status or a new message since then refuses a status action (409); other fields merge.
 */
const bulkSeen = z
  .record(
    z.string().regex(/^[1-9]\d{0,9}$/, 'seen: each key is a conversation id'),
    z.strictObject({
      status: statusSchema,
      snoozedUntil: timestampInputSchema.nullable(),
      lastActivityAt: timestampInputSchema,
    }),
  )
  .optional();
export const BULK_STATUS_ACTIONS = ['close', 'open', 'pending', 'spam', 'restore'] as const;
export const bulkRequestSchema = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.enum(BULK_STATUS_ACTIONS),
    ids: bulkIds,
    versions: bulkVersions,
    idempotencyKey: idempotencyKeySchema,
    seen: bulkSeen,
  }),
  z.strictObject({
    action: z.literal('snooze'),
    until: timestampInputSchema,
    ids: bulkIds,
    versions: bulkVersions,
    idempotencyKey: idempotencyKeySchema,
    seen: bulkSeen,
  }),
  z.strictObject({
    action: z.literal('tag'),
    name: tagNameSchema,
    color: hexColorSchema.optional(),
    ids: bulkIds,
    versions: bulkVersions,
    idempotencyKey: idempotencyKeySchema,
    seen: bulkSeen,
  }),
]);

/** `POST /api/undo`: the token an undoable change answered with. */
export const undoRequestSchema = z.strictObject({ token: z.string().min(1).max(200) });

export const deleteQuerySchema = z.object({
  retain_metrics: z.enum(['true', 'false']).default('true'),
});

export const inboundSchema = z.strictObject({
  channel: channelSchema,
  contact: z.strictObject({
    email: z.email().max(320),
    name: z.string().trim().min(1).max(200).optional(),
  }),
  body: text(20_000),
  conversationId: idInputSchema.optional(),
  attachments: inboundAttachmentsSchema.optional(),
});

const webhookUrlSchema = z
  .url({ protocol: /^https?$/, error: 'Use an http:// or https:// URL' })
  .max(2000);

export const createWebhookSchema = z.strictObject({
  url: webhookUrlSchema,
  events: z.array(webhookEventSchema).min(1).max(10),
  secret: z
    .string()
    .min(16, 'A secret needs at least 16 characters')
    .max(200)
    .refine(
      (s) => !s.startsWith('whsec_') || /^whsec_[A-Za-z0-9+/]{22,}={0,2}$/.test(s),
      'A whsec_ secret is base64 after the prefix (at least 16 bytes)',
    )
    .optional(),
});

/**
 * `enabled: true` turns a disabled subscription back on; `false` turns it off (pending deliveries
 * fail). `paused` holds deliveries instead: they wait and go out once it is lifted. `url` and
 * `events` change what it receives from now on; its log stays.
 */
export const patchWebhookSchema = z
  .strictObject({
    enabled: z.boolean().optional(),
    paused: z.boolean().optional(),
    url: webhookUrlSchema.optional(),
    events: z.array(webhookEventSchema).min(1).max(10).optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), 'Nothing to change');

export const deliveryQuerySchema = z.object({
  limit: limitSchema.default(PAGE_LIMIT_DEFAULT),
});

export const SETTINGS_LIMITS = {
  inactivitySeconds: { min: 60, max: 7 * 24 * 3600 },
  emailAutoResolveDays: { min: 1, max: 365 },
  chatNewConversationAfterHours: { min: 1, max: 30 * 24 },
} as const;
const ranged = (key: keyof typeof SETTINGS_LIMITS) =>
  z.number().int().min(SETTINGS_LIMITS[key].min).max(SETTINGS_LIMITS[key].max).optional();

export const patchSettingsSchema = z
  .strictObject({
    inactivitySeconds: ranged('inactivitySeconds'),
    emailAutoResolveDays: ranged('emailAutoResolveDays'),
    chatNewConversationAfterHours: ranged('chatNewConversationAfterHours'),
    autoAssign: z.enum(AUTO_ASSIGN_MODES).optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), 'Nothing to change');

export const reportQuerySchema = z
  .object({ from: queryIntSchema.optional(), to: queryIntSchema.optional() })
  .refine(
    (r) => r.from === undefined || r.to === undefined || r.from < r.to,
    '`from` must be before `to`',
  );

export type SignInRequest = z.infer<typeof signInSchema>;
export type ListQuery = z.input<typeof listQuerySchema>;
export type CreateMessageRequest = z.infer<typeof createMessageSchema>;
export type PatchConversationRequest = z.infer<typeof patchConversationSchema>;
export type AddTagRequest = z.infer<typeof addTagSchema>;
export type LinkRequest = z.infer<typeof linkRequestSchema>;
export type BulkRequest = z.infer<typeof bulkRequestSchema>;
/** Every bulk name of the domain's commands has its request here: a name missing from the schema
 * fails this line with the name, instead of being a command no request can carry. */
type BulkNameWithoutRequest = Exclude<BulkName, BulkRequest['action']>;
const everyBulkName: [BulkNameWithoutRequest] extends [never] ? true : BulkNameWithoutRequest =
  true;
void everyBulkName;
export type InboundRequest = z.infer<typeof inboundSchema>;
export type CreateWebhookRequest = z.infer<typeof createWebhookSchema>;
export type PatchWebhookRequest = z.infer<typeof patchWebhookSchema>;
export type PatchSettingsRequest = z.infer<typeof patchSettingsSchema>;
