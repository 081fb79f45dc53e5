// Turns a PATCH body into domain events, checking that the named agent and team are of the org.
// Each field is a command of the domain's table; its event comes from there.
import type { PatchConversationRequest } from '../../api';
import { commandEvent, type Command, type ConversationEvent } from '../../domain';
import { rejected } from '../app-error';
import type { StoreTx } from '../store';
import { actorOf, type Caller } from './context';

async function patchCommands(
  tx: StoreTx,
  orgId: number,
  patch: PatchConversationRequest,
): Promise<Command[]> {
  const commands: Command[] = [];
  if (patch.status !== undefined) commands.push({ kind: 'status', status: patch.status });
  if (patch.priority !== undefined) commands.push({ kind: 'priority', priority: patch.priority });
  if (patch.assigneeId !== undefined) {
    const agent = patch.assigneeId === null ? null : await tx.getAgent(orgId, patch.assigneeId);
    if (patch.assigneeId !== null && !agent)
      throw rejected(`There is no agent #${patch.assigneeId} in this workspace.`);
    commands.push({ kind: 'assign', assigneeId: patch.assigneeId, assigneeName: agent?.name });
  }
  if (patch.teamId !== undefined) {
    const teams = await tx.listTeams(orgId);
    const team = teams.find((t) => t.id === patch.teamId);
    if (patch.teamId !== null && !team)
      throw rejected(`There is no team #${patch.teamId} in this workspace.`);
    commands.push({ kind: 'team', teamId: patch.teamId, teamName: team?.name });
  }
  return commands;
}

/** The events of a PATCH, applied as one change (one version, one set of follower notices). */
export async function patchEvents(
  tx: StoreTx,
  caller: Caller,
  patch: PatchConversationRequest,
): Promise<ConversationEvent[]> {
  const actor = actorOf(caller);
  const commands = await patchCommands(tx, caller.orgId, patch);
  return commands.flatMap((command) => commandEvent(command, actor) ?? []);
}
