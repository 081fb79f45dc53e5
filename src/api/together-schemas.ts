// Working together (SPEC 7.5): who is in a conversation right now, and each agent's notifications.
import { z } from 'zod';
import { idInputSchema, idSchema, timestampSchema } from './primitives';
import { NOTIFICATION_KINDS, PRESENCE_STATES } from './together-events';

/** `POST /api/conversations/:id/presence`. */
export const presenceRequestSchema = z.strictObject({ state: z.enum(PRESENCE_STATES) });

/** Another agent in the conversation (`viewers` of `GET /api/conversations/:id`). */
export const viewerSchema = z.object({ agentId: idSchema, name: z.string(), typing: z.boolean() });

/**
 * The `presence` event of `GET /api/events` (not in the change feed, so it has no `id:`): an agent
 * reported a state, or `left` the conversation. `expiresAt` is when the report stops counting.
 */
export const presenceEventSchema = z.object({
  conversationId: idSchema,
  agentId: idSchema,
  name: z.string(),
  state: z.enum(['viewing', 'typing', 'left']),
  expiresAt: timestampSchema,
});

export const notificationSchema = z.object({
  id: idSchema,
  kind: z.enum(NOTIFICATION_KINDS),
  conversationId: idSchema,
  /** The conversation's contact, so that a line needs no other request. */
  contactName: z.string(),
  createdAt: timestampSchema,
  unread: z.boolean(),
});

/** `GET /api/notifications`: newest first. */
export const notificationListSchema = z.object({
  data: z.array(notificationSchema),
  unreadCount: z.number().int().nonnegative(),
});

/** `POST /api/notifications/read`: some of them, or all. */
export const readNotificationsSchema = z.union([
  z.strictObject({ ids: z.array(idInputSchema).min(1).max(100) }),
  z.strictObject({ all: z.literal(true) }),
]);

/**
 * The `notifications` event of `GET /api/events`, sent only to the agent it concerns: their
 * notifications changed (a new one, or some read in another tab); read them again.
 */
export const notificationsEventSchema = z.object({ unreadCount: z.number().int().nonnegative() });

export type PresenceRequest = z.infer<typeof presenceRequestSchema>;
export type Viewer = z.infer<typeof viewerSchema>;
export type PresenceEvent = z.infer<typeof presenceEventSchema>;
export type Notification = z.infer<typeof notificationSchema>;
export type NotificationList = z.infer<typeof notificationListSchema>;
export type ReadNotificationsRequest = z.infer<typeof readNotificationsSchema>;
export type NotificationsEvent = z.infer<typeof notificationsEventSchema>;
