// The org's agents as routing sees them (SPEC 7.1): who is available, their capacity and teams.
// Every change here takes the org's routing lock first (drainQueue would take it anyway), so it
// never holds an agent's row while waiting for a transaction that is assigning to that agent.
import type { Directory, PatchAgentRequest, RoutedAgent } from '../../api';
import type { AgentLoad } from '../../domain';
import { notFound, rejected } from '../app-error';
import type { Services } from '../deps';
import type { AgentRecord, AgentRoutingPatch, StoreTx } from '../store';
import { toAgent } from './auth';
import { commitChanges } from './commit';
import { inTransaction, type Caller } from './context';
import { drainQueue } from './routing';

function routed(agent: AgentRecord, load: AgentLoad | undefined): RoutedAgent {
  return {
    ...toAgent(agent),
    available: load?.available ?? false,
    capacity: load?.capacity ?? 0,
    openAssigned: load?.openAssigned ?? 0,
    teamIds: load?.teamIds ?? [],
  };
}

async function routedAgents(tx: StoreTx, orgId: number): Promise<RoutedAgent[]> {
  const [agents, loads] = await Promise.all([tx.listAgents(orgId), tx.listAgentLoads(orgId)]);
  return agents.map((a) =>
    routed(
      a,
      loads.find((l) => l.id === a.id),
    ),
  );
}

export function directory(svc: Services, caller: Caller): Promise<Directory> {
  return svc.store.transaction(async (tx) => ({
    agents: await routedAgents(tx, caller.orgId),
    teams: await tx.listTeams(caller.orgId),
  }));
}

/** Changes one agent's routing and drains the queue (they may have room now); the agent after. */
function changeRouting(
  svc: Services,
  orgId: number,
  agentId: number,
  patch: AgentRoutingPatch,
  check?: (tx: StoreTx) => Promise<void>,
): Promise<RoutedAgent> {
  return inTransaction(svc, async (tx, feed, now) => {
    await tx.lockRouting(orgId);
    const agent = await tx.getAgent(orgId, agentId);
    if (!agent) throw notFound();
    await check?.(tx);
    await tx.updateAgentRouting(orgId, agentId, patch);
    await drainQueue(tx, feed, orgId, now, commitChanges);
    const loads = await tx.listAgentLoads(orgId);
    return routed(
      agent,
      loads.find((l) => l.id === agentId),
    );
  });
}

/** `PATCH /api/me { available }`: agents say themselves whether they are there. */
export function setAvailable(svc: Services, caller: Caller, available: boolean) {
  return changeRouting(svc, caller.orgId, caller.agent.id, { available });
}

/** `PATCH /api/agents/:id { capacity, teamIds }` (admins; the route checks the role). */
export function updateAgent(svc: Services, caller: Caller, id: number, req: PatchAgentRequest) {
  const teamIds = req.teamIds && [...new Set(req.teamIds)];
  return changeRouting(
    svc,
    caller.orgId,
    id,
    { ...(req.capacity !== undefined && { capacity: req.capacity }), ...(teamIds && { teamIds }) },
    async (tx) => {
      if (!teamIds) return;
      const known = new Set((await tx.listTeams(caller.orgId)).map((t) => t.id));
      const unknown = teamIds.filter((t) => !known.has(t));
      if (unknown.length > 0)
        throw rejected(`No such team: ${unknown.map((t) => `#${t}`).join(', ')}.`);
    },
  );
}

/** Signing out stops routing to an agent (SPEC 7.1); no queue to drain: nobody gained room. */
export async function markUnavailable(svc: Services, orgId: number, agentId: number) {
  await svc.store.transaction(async (tx) => {
    await tx.lockRouting(orgId);
    await tx.updateAgentRouting(orgId, agentId, { available: false });
  });
}
