// The memory Store's StoreTx methods for finding conversations: counts of a filter, the org's
// tags, saved views.
import type { FindKeys, StoreTx, TagUse } from '../store';
import { copy } from './copy';
import { countConversations } from './queries';
import type { MemoryState } from './state';

export function findMethods(s: MemoryState): Pick<StoreTx, FindKeys> {
  return {
    countConversations: async (orgId, query) => countConversations(s, orgId, query),
    listTags: async (orgId) => {
      // Newest conversation last, so its color is the one a tag keeps (as in SQL).
      const uses = new Map<string, TagUse>();
      const ids = [...s.index.conversationsByOrg.get(orgId)].sort((a, b) => a - b);
      for (const id of ids) {
        for (const tag of s.conversations.get(id)?.conversationTags ?? []) {
          const key = tag.name.toLowerCase();
          const use = uses.get(key);
          uses.set(key, { name: tag.name, color: tag.color, count: (use?.count ?? 0) + 1 });
        }
      }
      const byName = (t: TagUse) => t.name.toLowerCase();
      return [...uses.values()].sort((a, b) => (byName(a) < byName(b) ? -1 : 1));
    },
    listSavedViews: async (orgId, agentId) =>
      [...s.savedViews.values()]
        .filter((v) => v.orgId === orgId && (v.shared || v.agentId === agentId))
        .sort((a, b) => a.id - b.id)
        .map(copy),
    getSavedView: async (orgId, id) => {
      const v = s.savedViews.get(id);
      return v && v.orgId === orgId ? copy(v) : null;
    },
    insertSavedView: async (view) => {
      const row = { ...copy(view), id: s.seq.savedView.next() };
      s.savedViews.set(row.id, row);
      return copy(row);
    },
    updateSavedView: async (view) => {
      if (s.savedViews.get(view.id)?.orgId === view.orgId) s.savedViews.set(view.id, copy(view));
    },
    deleteSavedView: async (orgId, id) => {
      if (s.savedViews.get(id)?.orgId === orgId) s.savedViews.delete(id);
    },
  };
}
