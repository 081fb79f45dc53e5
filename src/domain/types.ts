// The shapes of SPEC section 1. Every timestamp is Unix milliseconds; every id an integer.
import type { Attachment } from './attachments';

/**
 * `merged`: the conversation was merged into another (`mergedInto`): it is in no view and no count,
 * and only answers reads, so old links follow it to the conversation it became part of.
 */
export const STATUSES = [
  'open',
  'pending',
  'closed',
  'snoozed',
  'spam',
  'bulk_sent',
  'merged',
] as const;
export type ConversationStatus = (typeof STATUSES)[number];

/** The statuses an agent can set directly (PATCH `status`). */
export const SETTABLE_STATUSES = ['open', 'pending', 'closed'] as const;
export type SettableStatus = (typeof SETTABLE_STATUSES)[number];

export const CHANNELS = ['chat', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

export const PRIORITIES = ['none', 'low', 'medium', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const ROLES = ['admin', 'agent'] as const;
export type Role = (typeof ROLES)[number];

export interface Tag {
  name: string;
  /** A hex colour such as `#22c55e`. */
  color: string;
}

export const LINK_TYPES = ['ticket', 'conversation'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export interface Link {
  type: LinkType;
  id: number;
}

export interface Conversation {
  id: number;
  orgId: number;
  inboxId: number;
  contactId: number;
  participants: number[];
  status: ConversationStatus;
  channel: Channel;
  createdAt: number;
  updatedAt: number;
  /** The last chat/email message from either side; notes and events do not count. */
  lastActivityAt: number;
  relatedPlaybookId: number | null;
  conversationTags: Tag[];
  priority: Priority;
  assigneeId: number | null;
  teamId: number | null;
  followers: number[];
  /** Set only while `status` is `snoozed`. */
  snoozedUntil: number | null;
  links: Link[];
  /** +1 on every change; the optimistic-concurrency token. */
  version: number;
  /** The status a conversation had when it was marked as spam; restore returns to it. */
  statusBeforeSpam: Exclude<ConversationStatus, 'spam' | 'merged'> | null;
  /** When `conversation_inactive` was last emitted; once per quiet period. */
  inactiveNotifiedAt: number | null;
  /**
   * The time of the contact's oldest message not yet answered by an agent's reply; null when
   * nobody is waiting. `sort=waiting` orders by it.
   */
  waitingSince: number | null;
  /** Set once it was merged into that conversation (status `merged`); null otherwise. */
  mergedInto: number | null;
}

export const MESSAGE_TYPES = ['chat', 'note', 'event'] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

export const AUTHOR_TYPES = ['contact', 'agent', 'bot', 'system'] as const;
export type AuthorType = (typeof AUTHOR_TYPES)[number];

export interface Message {
  id: number;
  conversationId: number;
  type: MessageType;
  authorType: AuthorType;
  /** The contact, agent or bot id; null for the system. */
  authorId: number | null;
  body: string;
  createdAt: number;
  /** Agent ids @mentioned in a note. */
  mentions: number[];
  /** The files sent with it (SPEC 7.4); absent when it has none. */
  attachments?: Attachment[];
}

export interface Agent {
  id: number;
  orgId: number;
  name: string;
  email: string;
  role: Role;
}

export interface Team {
  id: number;
  orgId: number;
  name: string;
}

export interface Contact {
  id: number;
  orgId: number;
  name: string;
  email: string;
}

export interface OrgSettings {
  /** Quiet time after which `conversation_inactive` fires. */
  inactivitySeconds: number;
  /** Open or pending email conversations with no activity for this long are closed. */
  emailAutoResolveDays: number;
  /** A contact's chat message to a conversation closed and quiet this long starts a new one. */
  chatNewConversationAfterHours: number;
}

export const DEFAULT_SETTINGS: OrgSettings = {
  inactivitySeconds: 600,
  emailAutoResolveDays: 7,
  chatNewConversationAfterHours: 24,
};

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
