// The memory Store's reads for a sync (contacts and their conversations), inbox token rotation,
// and the answers kept for idempotency keys.
import { copy, pick } from './copy';
import type { MemoryState } from './state';
import type { StoreTx } from '../store';

export type SyncKeys =
  | 'listContacts'
  | 'listContactConversations'
  | 'setInboxToken'
  | 'findIdempotentAnswer'
  | 'saveIdempotentAnswer';

const answerKey = (orgId: number, agentId: number, key: string) => `${orgId}:${agentId}:${key}`;

export function syncMethods(s: MemoryState): Pick<StoreTx, SyncKeys> {
  return {
    listContacts: async (orgId, afterId, limit) =>
      [...s.contacts.values()]
        .filter((c) => c.orgId === orgId && c.id > afterId)
        .sort((a, b) => a.id - b.id)
        .slice(0, limit)
        .map(copy),
    listContactConversations: async (orgId, contactId, limit) =>
      pick(s.index.conversationsByContact.get(contactId), (id) => s.conversations.get(id))
        .filter((c) => c.orgId === orgId)
        .sort((a, b) => b.updatedAt - a.updatedAt || b.id - a.id)
        .slice(0, limit),
    setInboxToken: async (orgId, inboxId, token) => {
      const inbox = s.inboxes.get(inboxId);
      if (inbox?.orgId !== orgId) return null;
      if (s.index.inboxToken.has(token)) throw new Error('memory store: duplicate inbox token');
      const next = { ...inbox, token };
      s.inboxes.set(inboxId, next);
      return copy(next);
    },
    findIdempotentAnswer: async (orgId, agentId, key) => {
      const kept = s.idempotentAnswers.get(answerKey(orgId, agentId, key));
      return kept ? copy({ route: kept.route, answer: kept.answer }) : null;
    },
    saveIdempotentAnswer: async (entry, forgetBefore) => {
      // Deleting from a Map while iterating it is safe: removed rows are simply not visited.
      for (const old of s.idempotentAnswers.values())
        if (old.createdAt < forgetBefore)
          s.idempotentAnswers.delete(answerKey(old.orgId, old.agentId, old.key));
      const k = answerKey(entry.orgId, entry.agentId, entry.key);
      if (!s.idempotentAnswers.has(k)) s.idempotentAnswers.set(k, copy(entry));
    },
  };
}
