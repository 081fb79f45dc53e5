// Turns a PATCH body into domain events, checking that the named agent and team are of the org.
import type { PatchConversationRequest } from '../../api';
import type { ConversationEvent } from '../../domain';
import { rejected } from '../app-error';
import type { StoreTx } from '../store';
import { actorOf, type Caller } from './context';

export async function patchEvents(
  tx: StoreTx,
  caller: Caller,
  patch: PatchConversationRequest,
): Promise<ConversationEvent[]> {
  const actor = actorOf(caller);
  const events: ConversationEvent[] = [];
  if (patch.status !== undefined) events.push({ type: 'set_status', status: patch.status, actor });
  if (patch.priority !== undefined)
    events.push({ type: 'set_priority', priority: patch.priority, actor });
  if (patch.assigneeId !== undefined || patch.teamId !== undefined) {
    const assign: Extract<ConversationEvent, { type: 'assign' }> = { type: 'assign', actor };
    if (patch.assigneeId !== undefined) {
      const agent =
        patch.assigneeId === null ? null : await tx.getAgent(caller.orgId, patch.assigneeId);
      if (patch.assigneeId !== null && !agent)
        throw rejected(`There is no agent #${patch.assigneeId} in this workspace.`);
      assign.assigneeId = patch.assigneeId;
      assign.assigneeName = agent?.name ?? null;
    }
    if (patch.teamId !== undefined) {
      const teams = await tx.listTeams(caller.orgId);
      const team = teams.find((t) => t.id === patch.teamId);
      if (patch.teamId !== null && !team)
        throw rejected(`There is no team #${patch.teamId} in this workspace.`);
      assign.teamId = patch.teamId;
      assign.teamName = team?.name ?? null;
    }
    events.push(assign);
  }
  return events;
}
