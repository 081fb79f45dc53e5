// The memory Store's reads for links between conversations and tickets (side conversations).
import type { Link } from '../../domain';
import type { StoreTx } from '../store';
import { copy } from './copy';
import type { MemoryState } from './state';

export type LinkKeys = 'ticketIdsOf' | 'conversationsLinkingTo';

export function linkMethods(s: MemoryState): Pick<StoreTx, LinkKeys> {
  return {
    ticketIdsOf: async (orgId, conversationId) =>
      [...s.index.ticketsByConversation.get(conversationId)]
        .filter((id) => s.tickets.get(id)?.orgId === orgId)
        .sort((a, b) => a - b),
    // A walk over the org: deletion and linking are rare admin and agent actions.
    conversationsLinkingTo: async (orgId, links: readonly Link[]) => {
      const wanted = new Set(links.map((l) => `${l.type}:${l.id}`));
      const found = [];
      for (const id of s.index.conversationsByOrg.get(orgId)) {
        const c = s.conversations.get(id);
        if (c?.links.some((l) => wanted.has(`${l.type}:${l.id}`))) found.push(copy(c));
      }
      return found.sort((a, b) => a.id - b.id);
    },
  };
}
