// Presence (SPEC 7.5): an agent's report that they are in a conversation, viewing or typing. It is
// a signal, never a write: the conversation's version and the change feed do not move.
import { PRESENCE_TTL_MS, type PresenceState } from '../../api';
import { notFound } from '../app-error';
import type { Services } from '../deps';
import type { Caller } from './context';

async function ensureConversation(svc: Services, caller: Caller, id: number): Promise<void> {
  const found = await svc.store.read((tx) => tx.getConversation(caller.orgId, id));
  if (!found) throw notFound();
}

/** Signing out: the agent leaves every conversation they were in, on every process. */
export function leaveEverywhere(svc: Services, caller: Caller): void {
  const now = svc.now();
  for (const conversationId of svc.presence.roomsOf(caller.orgId, caller.agent.id, now)) {
    svc.signals.publish({
      type: 'presence',
      orgId: caller.orgId,
      data: {
        conversationId,
        agentId: caller.agent.id,
        name: caller.agent.name,
        state: 'left',
        expiresAt: now,
      },
    });
  }
}

export async function reportPresence(
  svc: Services,
  caller: Caller,
  conversationId: number,
  state: PresenceState | 'left',
): Promise<void> {
  await ensureConversation(svc, caller, conversationId);
  const now = svc.now();
  svc.signals.publish({
    type: 'presence',
    orgId: caller.orgId,
    data: {
      conversationId,
      agentId: caller.agent.id,
      name: caller.agent.name,
      state,
      expiresAt: state === 'left' ? now : now + PRESENCE_TTL_MS,
    },
  });
}
