// Automatic assignment for real (SPEC 7.1): consumes the reducer's `route` effect in the
// transaction of the change that produced it, and drains the waiting queue whenever capacity may
// have freed (a conversation left `open` or its assignee, an agent became available or got more
// capacity, the clock). The choice itself is the domain's (`planAssignments`); here it is made
// under the org's routing lock, so two processes never assign one conversation twice or push an
// agent over capacity.
import {
  planAssignments,
  reduce,
  type Actor,
  type AgentLoad,
  type Conversation,
} from '../../domain';
import type { StoreTx } from '../store';
import type { Change } from './commit';
import type { Feed } from './context';

/** `commitChanges`, passed in (commit.ts calls here: an import back would be a cycle). */
export type CommitChanges = (
  tx: StoreTx,
  feed: Feed,
  changes: readonly Change[],
  actor: Actor,
  now: number,
) => Promise<unknown>;

/** Whether this change asks for routing or may have given an agent room. */
function needsRouting({ before, after, effects }: Change): boolean {
  if (effects.some((e) => e.kind === 'route')) return true;
  const held = before.status === 'open' && before.assigneeId !== null;
  return held && (after.status !== 'open' || after.assigneeId !== before.assigneeId);
}

/** The first change that asks for routing after its commit, if any. */
export const routingAsked = (changes: readonly Change[]): Change | undefined =>
  changes.find((c) => c.changed && needsRouting(c));

/**
 * After a commit: drains the org's queue when one of the changes asks for it; answers the
 * conversations it assigned, by id. Reads nothing when no change asks (most changes).
 */
export async function routeAfterCommit(
  tx: StoreTx,
  feed: Feed,
  changes: readonly Change[],
  now: number,
  commit: CommitChanges,
): Promise<ReadonlyMap<number, Conversation>> {
  const asking = routingAsked(changes);
  if (!asking) return new Map();
  return drainQueue(tx, feed, asking.after.orgId, now, commit);
}

const freeSlots = (agents: readonly AgentLoad[]) =>
  agents.reduce((n, a) => (a.available ? n + Math.max(0, a.capacity - a.openAssigned) : n), 0);

/**
 * Assigns the org's waiting conversations, oldest first, while an available agent has room, as
 * one change each with the thread line "Parley assigned the conversation to Alex". Nothing when
 * the org is not on round robin. Callers that change an agent's routing take the lock first.
 */
export async function drainQueue(
  tx: StoreTx,
  feed: Feed,
  orgId: number,
  now: number,
  commit: CommitChanges,
): Promise<ReadonlyMap<number, Conversation>> {
  if ((await tx.getAutoAssign(orgId)) !== 'round_robin') return new Map();
  await tx.lockRouting(orgId);
  const agents = await tx.listAgentLoads(orgId);
  const slots = freeSlots(agents);
  if (slots === 0) return new Map();
  const waiting = await tx.listWaiting(orgId, slots);
  const plan = planAssignments(agents, waiting, now);
  if (plan.length === 0) return new Map();
  const settings = await tx.getSettings(orgId);
  const byId = new Map(waiting.map((c) => [c.id, c]));
  const changes = plan.flatMap(({ conversationId, agentId, agentName }): Change[] => {
    const before = byId.get(conversationId);
    if (!before) return [];
    const event = { type: 'auto_assign' as const, assigneeId: agentId, assigneeName: agentName };
    const outcome = reduce(before, event, now, settings);
    if (!outcome.ok) return [];
    const { conversation: after, effects, changed } = outcome;
    return [{ before, after, effects, changed }];
  });
  await commit(tx, feed, changes, { kind: 'system' }, now);
  for (const agentId of new Set(plan.map((a) => a.agentId)))
    await tx.updateAgentRouting(orgId, agentId, { lastAssignedAt: now });
  return new Map(changes.map((c) => [c.after.id, c.after]));
}
