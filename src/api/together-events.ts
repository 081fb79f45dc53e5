// The names SPEC 7.5 shares between the server and the browser, without zod (see http.ts): the app
// reads presence and notification events and their constants from here.
export const PRESENCE_STATES = ['viewing', 'typing'] as const;
export type PresenceState = (typeof PRESENCE_STATES)[number];

/** How long a report counts: a viewer who stops reporting is gone this long after the last one. */
export const PRESENCE_TTL_MS = 15_000;

export const NOTIFICATION_KINDS = ['mention', 'assignment', 'message'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The event-stream names of presence and of "your notifications changed"; not in the feed. */
export const PRESENCE_EVENT = 'presence';
export const NOTIFICATIONS_EVENT = 'notifications';
