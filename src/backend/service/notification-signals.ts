// After a commit that wrote notifications or read some: each agent's event streams get their new
// unread count (a `notifications` signal), in this process and, on PostgreSQL, the others.
import type { Services } from '../deps';

/** After a commit: each agent's streams get their new unread count. */
export async function signalNotifications(
  svc: Services,
  agents: ReadonlyMap<number, ReadonlySet<number>>,
): Promise<void> {
  try {
    const counts = await svc.store.read(async (tx) => {
      const out: { orgId: number; agentId: number; unreadCount: number }[] = [];
      for (const [orgId, ids] of agents)
        for (const agentId of ids)
          out.push({
            orgId,
            agentId,
            unreadCount: await tx.countUnreadNotifications(orgId, agentId),
          });
      return out;
    });
    for (const { orgId, agentId, unreadCount } of counts)
      svc.signals.publish({ type: 'notifications', orgId, agentId, data: { unreadCount } });
  } catch (error) {
    // The change is committed; a stream that missed this reads the list on its next heartbeat.
    svc.onError(error);
  }
}
