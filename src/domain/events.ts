// What can happen to a conversation (the reducer's input) and what a change sets off (its output).
import type { Attachment } from './attachments';
import type { AuthorType, Channel, Link, Priority, SettableStatus, Tag } from './types';

export type Actor =
  | { kind: 'agent'; id: number; name: string }
  | { kind: 'bot'; id: number; name: string }
  | { kind: 'contact'; id: number; name: string }
  | { kind: 'system' };

export type AgentActor = Extract<Actor, { kind: 'agent' }>;
export type BotActor = Extract<Actor, { kind: 'bot' }>;
export type ContactActor = Extract<Actor, { kind: 'contact' }>;

export type ConversationEvent =
  | { type: 'set_status'; status: SettableStatus; actor: AgentActor }
  | { type: 'snooze'; until: number; actor: AgentActor }
  /** Reopening early; a conversation that is not snoozed is left as it is. */
  | { type: 'unsnooze'; actor: AgentActor }
  | { type: 'snooze_expired' }
  | { type: 'contact_message'; actor: ContactActor }
  | { type: 'agent_reply'; actor: AgentActor }
  | { type: 'bot_message'; actor: BotActor }
  | { type: 'agent_note'; actor: AgentActor; mentions: number[] }
  | { type: 'mark_spam'; actor: AgentActor }
  | { type: 'restore_spam'; actor: AgentActor }
  | { type: 'inactivity_check' }
  | { type: 'auto_resolve' }
  | { type: 'bot_goal_close'; actor: BotActor }
  | { type: 'sync'; actor: AgentActor }
  | {
      type: 'assign';
      actor: AgentActor;
      assigneeId?: number | null;
      assigneeName?: string | null;
      teamId?: number | null;
      teamName?: string | null;
    }
  | { type: 'auto_assign'; assigneeId: number; assigneeName: string }
  | { type: 'set_priority'; priority: Priority; actor: AgentActor }
  | { type: 'add_tag'; tag: Tag; actor: AgentActor }
  | { type: 'remove_tag'; name: string; actor: AgentActor }
  | { type: 'follow'; agentId: number }
  | { type: 'unfollow'; agentId: number }
  | { type: 'add_link'; link: Link; actor: AgentActor };

export type ConversationEventType = ConversationEvent['type'];

export const WEBHOOK_EVENTS = [
  'conversation_manual_push',
  'conversation_inactive',
  'conversation_push',
  'conversation_status_updated',
  'conversation_created',
  'message_created',
  'ping',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

/** Events a new subscription may choose; the legacy one is kept only for existing subscribers. */
export const SUBSCRIBABLE_WEBHOOK_EVENTS = [
  'conversation_manual_push',
  'conversation_inactive',
  'conversation_push',
  'conversation_created',
  'message_created',
] as const satisfies readonly WebhookEventType[];

export type PushPayload = {
  orgId: number;
  type: 'conversation_manual_push' | 'conversation_inactive' | 'conversation_push';
  data: { conversationId: number; lastUpdated: number };
};

/** The statuses Drift's legacy event knows; its subscribers can parse no other. */
export type LegacyStatus = 'open' | 'closed' | 'pending';

export type StatusUpdatedPayload = {
  orgId: number;
  type: 'conversation_status_updated';
  data: { conversationId: number; status: LegacyStatus; changedAt: number };
};

/** Opt-in (a subscription names it): a new conversation, before its first message's event. */
export type ConversationCreatedPayload = {
  orgId: number;
  type: 'conversation_created';
  data: {
    conversationId: number;
    contactId: number;
    inboxId: number;
    channel: Channel;
    createdAt: number;
  };
};

/**
 * Opt-in: a chat message (either side) or a note, with what it lists of its files (each file's
 * bytes at `GET /api/attachments/:id`); the body is fetched with the API.
 */
export type MessageCreatedPayload = {
  orgId: number;
  type: 'message_created';
  data: {
    conversationId: number;
    messageId: number;
    messageType: 'chat' | 'note';
    authorType: AuthorType;
    createdAt: number;
    attachments: Attachment[];
  };
};

/** An admin's test of an endpoint (`POST /api/webhooks/:id/ping`): to that subscription only. */
export type PingPayload = {
  orgId: number;
  type: 'ping';
  /** `conversationId` is 0: a ping is about no conversation. */
  data: { conversationId: 0; webhookId: number; sentAt: number };
};

export type WebhookPayload =
  | PingPayload
  | PushPayload
  | StatusUpdatedPayload
  | ConversationCreatedPayload
  | MessageCreatedPayload;

export type Effect =
  /** A webhook event for the org's subscribers, in Drift's exact shape. */
  | { kind: 'webhook'; payload: WebhookPayload }
  /** A line in the thread, e.g. "Sam closed the conversation". */
  | { kind: 'thread_event'; body: string }
  /** Ask routing to assign this conversation automatically (only ever for open, unassigned ones). */
  | { kind: 'route' }
  /** The contact's message belongs in a new conversation; the old one is left as it was. */
  | { kind: 'start_new_conversation' }
  /** Tell these agents; `mention` for @mentions in a note, `follow` for followers. */
  | { kind: 'notify'; agentIds: number[]; reason: 'mention' | 'follow' };
