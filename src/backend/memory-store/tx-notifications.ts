// The memory Store's notifications (SPEC 7.5): each agent's, found through their index. Those of a
// deleted conversation are left out, as the SQL Store's foreign key removes them.
import { copy } from './copy';
import type { MemoryState } from './state';
import type { ListedNotification, NotificationRecord, StoreTx } from '../store';

export type NotificationKeys =
  'insertNotifications' | 'listNotifications' | 'countUnreadNotifications' | 'readNotifications';

export function notificationMethods(s: MemoryState): Pick<StoreTx, NotificationKeys> {
  const mine = (orgId: number, agentId: number): NotificationRecord[] => {
    const rows: NotificationRecord[] = [];
    for (const id of s.index.notificationsByAgent.get(agentId)) {
      const n = s.notifications.get(id);
      if (n?.orgId === orgId && s.conversations.has(n.conversationId)) rows.push(n);
    }
    return rows;
  };
  const contactNameOf = (n: NotificationRecord): string => {
    const conversation = s.conversations.get(n.conversationId);
    const contact = conversation ? s.contacts.get(conversation.contactId) : undefined;
    return contact?.name ?? '';
  };
  return {
    insertNotifications: async (rows) => {
      for (const row of rows) {
        const id = s.seq.notification.next();
        s.notifications.set(id, { ...copy(row), id, readAt: null });
      }
    },
    listNotifications: async (orgId, agentId, limit) =>
      mine(orgId, agentId)
        .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id)
        .slice(0, limit)
        .map((n): ListedNotification => ({ ...copy(n), contactName: contactNameOf(n) })),
    countUnreadNotifications: async (orgId, agentId) =>
      mine(orgId, agentId).filter((n) => n.readAt === null).length,
    readNotifications: async (orgId, agentId, ids, at) => {
      const wanted = ids === 'all' ? null : new Set(ids);
      let count = 0;
      for (const n of mine(orgId, agentId)) {
        if (n.readAt !== null || (wanted && !wanted.has(n.id))) continue;
        s.notifications.set(n.id, { ...n, readAt: at });
        count += 1;
      }
      return count;
    },
  };
}
