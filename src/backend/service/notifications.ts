// Notifications (SPEC 7.5): who is told of what a commit did, each agent's list, and reading them.
// A commit writes them in its own transaction; the agents' event streams hear of it afterwards.
import type { NotificationKind, NotificationList, ReadNotificationsRequest } from '../../api';
import type { Actor, Effect, Conversation } from '../../domain';
import type { Services } from '../deps';
import type { NotificationRecord, StoreTx } from '../store';
import { inTransaction, type Caller, type Feed } from './context';

/** How many the list answers: the newest; older ones still count in `unreadCount`. */
export const NOTIFICATION_PAGE = 50;

interface Outcome {
  before: Conversation;
  after: Conversation;
  effects: readonly Effect[];
}

type NewNotification = Omit<NotificationRecord, 'id' | 'readAt'>;

/**
 * What one change tells whom: an @mention in a note (the reducer's `notify` effect), an assignment
 * to someone other than the one who made it, and a contact's message to the conversation's
 * followers and assignee. Spam tells nobody.
 */
export function notificationsOf(change: Outcome, actor: Actor, now: number): NewNotification[] {
  const { before, after, effects } = change;
  if (after.status === 'spam') return [];
  const rows: NewNotification[] = [];
  const add = (agentId: number, kind: NotificationKind) => {
    if (actor.kind === 'agent' && actor.id === agentId) return;
    if (rows.some((r) => r.agentId === agentId && r.kind === kind)) return;
    rows.push({ orgId: after.orgId, agentId, kind, conversationId: after.id, createdAt: now });
  };
  for (const effect of effects) {
    if (effect.kind === 'notify' && effect.reason === 'mention')
      effect.agentIds.forEach((id) => add(id, 'mention'));
  }
  if (after.assigneeId !== null && after.assigneeId !== before.assigneeId)
    add(after.assigneeId, 'assignment');
  if (actor.kind === 'contact') {
    for (const id of after.followers) add(id, 'message');
    if (after.assigneeId !== null) add(after.assigneeId, 'message');
  }
  return rows;
}

/** Writes the notifications of these changes and marks their agents to be told after the commit. */
export async function recordNotifications(
  tx: StoreTx,
  feed: Feed,
  changes: readonly Outcome[],
  actor: Actor,
  now: number,
): Promise<void> {
  const rows = changes.flatMap((c) => notificationsOf(c, actor, now));
  if (rows.length === 0) return;
  await tx.insertNotifications(rows);
  const orgId = rows[0]?.orgId ?? 0;
  feed.notifyAgents(
    orgId,
    rows.map((r) => r.agentId),
  );
}

async function listOf(tx: StoreTx, caller: Caller): Promise<NotificationList> {
  const { orgId } = caller;
  const agentId = caller.agent.id;
  const rows = await tx.listNotifications(orgId, agentId, NOTIFICATION_PAGE);
  return {
    data: rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      conversationId: n.conversationId,
      contactName: n.contactName,
      createdAt: n.createdAt,
      unread: n.readAt === null,
    })),
    unreadCount: await tx.countUnreadNotifications(orgId, agentId),
  };
}

export function listNotifications(svc: Services, caller: Caller): Promise<NotificationList> {
  return svc.store.read((tx) => listOf(tx, caller));
}

/** Ids that are not the caller's are ignored (as if already read): they reveal nothing. */
export function readNotifications(
  svc: Services,
  caller: Caller,
  req: ReadNotificationsRequest,
): Promise<NotificationList> {
  return inTransaction(svc, async (tx, feed, now) => {
    const ids = 'all' in req ? 'all' : req.ids;
    const read = await tx.readNotifications(caller.orgId, caller.agent.id, ids, now);
    // The agent's other tabs clear what this one read.
    if (read > 0) feed.notifyAgents(caller.orgId, [caller.agent.id]);
    return listOf(tx, caller);
  });
}
