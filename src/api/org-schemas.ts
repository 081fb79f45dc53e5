// Responses about the signed-in agent's org: people, settings, webhooks, reports, the change feed.
import { z } from 'zod';
import {
  AUTO_ASSIGN_MODES,
  ROLES,
  STATUSES,
  WEBHOOK_EVENTS,
  type Counts,
  type OrgSettings,
} from '../domain';
import { idSchema, timestampSchema } from './primitives';

export const agentSchema = z.object({
  id: idSchema,
  orgId: idSchema,
  name: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
});
export const meSchema = z.object({ agent: agentSchema });
/** `GET /api/session`: the signed-in agent, or null. */
export const sessionSchema = z.object({ agent: agentSchema.nullable() });
export const teamSchema = z.object({ id: idSchema, orgId: idSchema, name: z.string() });
/** An agent with what routing knows of them (SPEC 7.1): `GET /api/agents`, `PATCH /api/me`. */
export const routedAgentSchema = agentSchema.extend({
  available: z.boolean(),
  capacity: z.number().int().nonnegative(),
  /** Open conversations assigned to them now. */
  openAssigned: z.number().int().nonnegative(),
  teamIds: z.array(idSchema),
});
export const directorySchema = z.object({
  agents: z.array(routedAgentSchema),
  teams: z.array(teamSchema),
});

/** Admins see the inbound token; agents get the inbox without it. */
export const inboxSchema = z.object({
  id: idSchema,
  orgId: idSchema,
  name: z.string(),
  token: z.string().optional(),
});
export const inboxListSchema = z.object({ data: z.array(inboxSchema) });

const count = z.number().int().nonnegative();
export const countsSchema = z.object({
  open: count,
  pending: count,
  snoozed: count,
  closed: count,
  spam: count,
  all: count,
  bulk_sent: count,
}) satisfies z.ZodType<Counts>;

export const settingsSchema = z.object({
  inactivitySeconds: z.number().int(),
  emailAutoResolveDays: z.number().int(),
  chatNewConversationAfterHours: z.number().int(),
  /** SPEC 7.1: `off` or `round_robin`. */
  autoAssign: z.enum(AUTO_ASSIGN_MODES),
}) satisfies z.ZodType<OrgSettings>;

export const webhookEventSchema = z.enum(WEBHOOK_EVENTS);
/** The secret is shown once, in the answer that created the subscription. */
export const webhookSchema = z.object({
  id: idSchema,
  url: z.string(),
  events: z.array(webhookEventSchema),
  createdAt: timestampSchema,
  secret: z.string().optional(),
  /**
   * A subscription carried over from before `conversation_status_updated` was retired: it keeps
   * receiving that event. Only data migration or seeding makes one; the API never does.
   */
  legacy: z.boolean().optional(),
  /**
   * When deliveries stopped, and why: the worker turns off an endpoint that failed for 3 days in
   * a row, and an admin can turn one off; null while it receives events.
   */
  disabledAt: timestampSchema.nullable(),
  disabledReason: z.string().nullable(),
  /** While set, deliveries wait in the queue (`PATCH … { paused: false }` sends them). */
  pausedAt: timestampSchema.nullable(),
  /** After a rotation: until when the previous secret still signs beside the new one. */
  previousSecretUntil: timestampSchema.nullable(),
});
export const webhookListSchema = z.object({ data: z.array(webhookSchema) });

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
/**
 * One event on its way to one subscription. `id` is opaque (a random UUID, so it tells nothing of
 * other orgs' traffic) and is also the `X-Parley-Delivery` header, the same on every retry;
 * `nextAttemptAt` is null once delivered or failed; `responseStatus` and `lastError` describe the
 * latest attempt, `lastError` as a class ("refused", "timed out", "HTTP 503", "blocked address"),
 * never a resolver's or a socket's own words.
 */
export const webhookDeliverySchema = z.object({
  id: z.uuid(),
  eventType: z.string(),
  /** 0 for a ping, which is about no conversation. */
  conversationId: z.number().int().nonnegative(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: count,
  lastAttemptAt: timestampSchema.nullable(),
  nextAttemptAt: timestampSchema.nullable(),
  responseStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  deliveredAt: timestampSchema.nullable(),
  createdAt: timestampSchema,
});
/** Newest first. */
export const webhookDeliveryListSchema = z.object({ data: z.array(webhookDeliverySchema) });

const statusCounts = z.object(
  Object.fromEntries(STATUSES.map((s) => [s, count])) as Record<
    (typeof STATUSES)[number],
    typeof count
  >,
);

/**
 * Figures for the conversations created in [from, to): their current statuses, how many closed,
 * the medians. Conversations deleted with their metrics kept are counted and also tallied in
 * `deletedWithMetrics`.
 */
export const reportSummarySchema = z.object({
  from: timestampSchema,
  to: timestampSchema,
  byStatus: statusCounts,
  created: count,
  closed: count,
  medianFirstResponseMs: z.number().nonnegative().nullable(),
  medianTimeToCloseMs: z.number().nonnegative().nullable(),
  deletedWithMetrics: count,
});

export type AgentDto = z.infer<typeof agentSchema>;
export type Directory = z.infer<typeof directorySchema>;
export type InboxDto = z.infer<typeof inboxSchema>;
export type WebhookDto = z.infer<typeof webhookSchema>;
export type WebhookDeliveryDto = z.infer<typeof webhookDeliverySchema>;
export type ReportSummary = z.infer<typeof reportSummarySchema>;
