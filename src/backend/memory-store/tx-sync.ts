// The memory Store's reads for a sync (contacts and theirs conversations) and inbox token rotation.
import { copy, pick } from './copy';
import type { MemoryState } from './state';
import type { StoreTx } from '../store';

export type SyncKeys = 'listContacts' | 'listContactConversations' | 'setInboxToken';

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
  };
}
