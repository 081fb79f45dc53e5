// The memory Store's StoreTx methods for routing (SPEC 7.1). Transactions here run one at a time,
// so the routing lock has nothing to do.
import { DEFAULT_CAPACITY, type AgentLoad, type Conversation } from '../../domain';
import { copy } from './copy';
import type { AgentRouting, MemoryState } from './state';
import type { RoutingKeys, StoreTx } from '../store';

export type { RoutingKeys } from '../store';

const DEFAULT_ROUTING: AgentRouting = {
  available: false,
  capacity: DEFAULT_CAPACITY,
  lastAssignedAt: null,
  teamIds: [],
};

/** The org's open conversations, oldest first. */
function* openOf(s: MemoryState, orgId: number): Generator<Conversation> {
  for (const id of s.index.conversationsByStatus.walk(orgId, ['open'], 'oldest')) {
    const c = s.conversations.get(id);
    if (c) yield c;
  }
}

export function routingMethods(s: MemoryState): Pick<StoreTx, RoutingKeys> {
  const routingOf = (agentId: number) => s.agentRouting.get(agentId) ?? DEFAULT_ROUTING;
  return {
    getAutoAssign: async (orgId) => s.autoAssign.get(orgId)?.mode ?? 'off',
    setAutoAssign: async (orgId, mode) => s.autoAssign.set(orgId, { orgId, mode }),
    listAgentLoads: async (orgId) => {
      const open = new Map<number, number>();
      for (const c of openOf(s, orgId))
        if (c.assigneeId !== null) open.set(c.assigneeId, (open.get(c.assigneeId) ?? 0) + 1);
      const ids = [...s.index.agentsByOrg.get(orgId)].sort((a, b) => a - b);
      return ids.flatMap((id): AgentLoad[] => {
        const agent = s.agents.get(id);
        if (!agent) return [];
        const r = routingOf(id);
        return [{ id, name: agent.name, ...copy(r), openAssigned: open.get(id) ?? 0 }];
      });
    },
    updateAgentRouting: async (orgId, agentId, patch) => {
      const agent = s.agents.get(agentId);
      if (!agent || agent.orgId !== orgId) return false;
      const current = routingOf(agentId);
      s.agentRouting.set(agentId, {
        available: patch.available ?? current.available,
        capacity: patch.capacity ?? current.capacity,
        lastAssignedAt: patch.lastAssignedAt ?? current.lastAssignedAt,
        teamIds: patch.teamIds ? [...patch.teamIds].sort((a, b) => a - b) : [...current.teamIds],
      });
      return true;
    },
    listWaiting: async (orgId, limit) => {
      const out: Conversation[] = [];
      for (const c of openOf(s, orgId)) {
        if (out.length >= limit) break;
        if (c.assigneeId === null) out.push(copy(c));
      }
      return out;
    },
    lockRouting: async () => undefined,
    listOrgsWaiting: async (limit) => {
      const out: number[] = [];
      for (const { orgId, mode } of s.autoAssign.values()) {
        if (out.length >= limit) break;
        if (mode !== 'round_robin') continue;
        for (const c of openOf(s, orgId)) {
          if (c.assigneeId === null) {
            out.push(orgId);
            break;
          }
        }
      }
      return out;
    },
  };
}
