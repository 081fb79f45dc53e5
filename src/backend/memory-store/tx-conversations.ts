// The memory Store's StoreTx methods for conversations, messages, tickets and report metrics.
import { copy, copyOrNull, pick, unique } from './copy';
import {
  contactMessageOf,
  lastMessageOf,
  latestConversationOf,
  listClockCandidates,
  listConversations,
  countByStatus,
} from './queries';
import { changeKey, type MemoryState } from './state';
import { compareThreadKeys } from '../../domain';
import type { StoreTx } from '../store';

export type ConversationKeys =
  | 'getConversation'
  | 'getConversations'
  | 'listConversations'
  | 'countByStatus'
  | 'latestConversationOf'
  | 'insertConversation'
  | 'updateConversation'
  | 'deleteConversation'
  | 'listClockCandidates'
  | 'listMessages'
  | 'findMessageByIdempotencyKey'
  | 'insertMessage'
  | 'getTicket'
  | 'insertTicket'
  | 'getMetrics'
  | 'saveMetrics'
  | 'deleteMetrics'
  | 'listMetrics'
  | 'listMetricsTouching';

export function conversationMethods(s: MemoryState): Pick<StoreTx, ConversationKeys> {
  return {
    getConversation: async (orgId, id) => {
      const c = s.conversations.get(id);
      return c && c.orgId === orgId ? copy(c) : null;
    },
    getConversations: async (orgId, ids) =>
      pick(
        [...new Set(ids)].sort((a, b) => a - b),
        (id) => {
          const c = s.conversations.get(id);
          return c && c.orgId === orgId ? c : undefined;
        },
      ),
    listConversations: async (orgId, query) =>
      listConversations(s, orgId, query).map(({ conversation: c, rank }) => {
        const contact = s.contacts.get(c.contactId);
        return {
          ...copy(c),
          contact: { id: c.contactId, name: contact?.name ?? '', email: contact?.email ?? '' },
          lastMessage: lastMessageOf(s, c.id),
          contactMessage: contactMessageOf(s, c.id),
          ...(rank === undefined ? {} : { rank }),
        };
      }),
    countByStatus: async (orgId) => countByStatus(s, orgId),
    latestConversationOf: async (orgId, inboxId, contactId, channel) =>
      copyOrNull(latestConversationOf(s, orgId, inboxId, contactId, channel) ?? undefined),
    insertConversation: async (conversation) => {
      const row = { ...copy(conversation), id: s.seq.conversation.next() };
      s.conversations.set(row.id, row);
      return copy(row);
    },
    updateConversation: async (conversation, expectedVersion) => {
      const stored = s.conversations.get(conversation.id);
      if (!stored || stored.orgId !== conversation.orgId || stored.version !== expectedVersion)
        return false;
      s.conversations.set(conversation.id, copy(conversation));
      return true;
    },
    deleteConversation: async (orgId, id) => {
      const c = s.conversations.get(id);
      if (!c || c.orgId !== orgId) return;
      // The message index is an array that deleting splices, so walk a copy; Sets tolerate it.
      for (const mid of s.index.messagesByConversation.get(id).slice()) s.messages.delete(mid);
      for (const tid of s.index.ticketsByConversation.get(id)) s.tickets.delete(tid);
      for (const aid of s.index.attachmentsByConversation.get(id)) s.attachments.delete(aid);
      for (const eid of s.index.changesByConversation.get(id))
        s.changes.delete(changeKey(orgId, eid));
      s.conversations.delete(id);
    },
    listClockCandidates: async (now, limit) => listClockCandidates(s, now, limit).map(copy),

    listMessages: async (orgId, conversationId, opts) => {
      const c = s.conversations.get(conversationId);
      if (!c || c.orgId !== orgId) return [];
      // Time order, the id breaking ties: a merged thread's ids do not follow its times.
      const thread = pick(s.index.messagesByConversation.get(conversationId), (id) =>
        s.messages.get(id),
      ).sort(compareThreadKeys);
      if (opts.order === 'newest') {
        const { before } = opts;
        const older =
          before === undefined ? thread : thread.filter((m) => compareThreadKeys(m, before) < 0);
        return older.slice(Math.max(0, older.length - opts.limit)).reverse();
      }
      const { after } = opts;
      const newer =
        after === undefined ? thread : thread.filter((m) => compareThreadKeys(m, after) > 0);
      return newer.slice(0, opts.limit);
    },
    findMessageByIdempotencyKey: async (conversationId, key) =>
      copyOrNull(s.messages.get(s.index.messageKey.get(`${conversationId}:${key}`) ?? 0)),
    insertMessage: async (message) => {
      if (message.idempotencyKey !== null) {
        unique(
          s.index.messageKey,
          `${message.conversationId}:${message.idempotencyKey}`,
          'idempotency key',
        );
      }
      const row = { ...copy(message), id: s.seq.message.next() };
      s.messages.set(row.id, row);
      return copy(row);
    },

    getTicket: async (orgId, ticketId) => {
      const t = s.tickets.get(ticketId);
      return t && t.orgId === orgId ? copy(t) : null;
    },
    insertTicket: async (ticket) => {
      const row = { ...copy(ticket), id: s.seq.ticket.next() };
      s.tickets.set(row.id, row);
      return copy(row);
    },

    getMetrics: async (orgId, conversationId) => {
      const m = s.metrics.get(conversationId);
      return m && m.orgId === orgId ? copy(m) : null;
    },
    saveMetrics: async (metrics) => s.metrics.set(metrics.conversationId, copy(metrics)),
    deleteMetrics: async (orgId, conversationId) => {
      if (s.metrics.get(conversationId)?.orgId === orgId) s.metrics.delete(conversationId);
    },
    listMetrics: async (orgId, range) =>
      pick(
        [...s.index.metricsByOrg.get(orgId)].sort((a, b) => a - b),
        (id) => {
          const m = s.metrics.get(id);
          return m && m.createdAt >= range.from && m.createdAt < range.to ? m : undefined;
        },
      ),
    listMetricsTouching: async (orgId, range) => {
      const within = (t: number | null) => t !== null && t >= range.from && t < range.to;
      return pick(
        [...s.index.metricsByOrg.get(orgId)].sort((a, b) => a - b),
        (id) => {
          const m = s.metrics.get(id);
          return m && (within(m.createdAt) || within(m.closedAt)) ? m : undefined;
        },
      );
    },
  };
}
