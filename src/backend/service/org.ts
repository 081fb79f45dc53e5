// The org's settings, people and inboxes.
import type { InboxDto, PatchSettingsRequest } from '../../api';
import type { AutoAssign, OrgSettings } from '../../domain';
import { forbidden } from '../app-error';
import type { Services } from '../deps';
import { commitChanges } from './commit';
import { inTransaction, type Caller } from './context';
import { drainQueue } from './routing';

export { directory } from './agents';

/** The clock's settings with the routing mode (stored apart: it is no rule of the reducer). */
export type SettingsAnswer = OrgSettings & { autoAssign: AutoAssign };

export function getSettings(svc: Services, caller: Caller): Promise<SettingsAnswer> {
  return svc.store.transaction(async (tx) => ({
    ...(await tx.getSettings(caller.orgId)),
    autoAssign: await tx.getAutoAssign(caller.orgId),
  }));
}

export function updateSettings(
  svc: Services,
  caller: Caller,
  patch: PatchSettingsRequest,
): Promise<SettingsAnswer> {
  if (caller.agent.role !== 'admin')
    return Promise.reject(forbidden('Only admins can change settings.'));
  return inTransaction(svc, async (tx, feed, now) => {
    const current = await tx.getSettings(caller.orgId);
    const next: OrgSettings = {
      inactivitySeconds: patch.inactivitySeconds ?? current.inactivitySeconds,
      emailAutoResolveDays: patch.emailAutoResolveDays ?? current.emailAutoResolveDays,
      chatNewConversationAfterHours:
        patch.chatNewConversationAfterHours ?? current.chatNewConversationAfterHours,
    };
    await tx.saveSettings(caller.orgId, next);
    if (patch.autoAssign !== undefined) {
      await tx.setAutoAssign(caller.orgId, patch.autoAssign);
      // Switched on: what waits is assigned now.
      await drainQueue(tx, feed, caller.orgId, now, commitChanges);
    }
    return { ...next, autoAssign: await tx.getAutoAssign(caller.orgId) };
  });
}

/** Admins get the inbound tokens (to wire up an integration); agents only see the inboxes. */
export async function listInboxes(svc: Services, caller: Caller): Promise<InboxDto[]> {
  const inboxes = await svc.store.transaction((tx) => tx.listInboxes(caller.orgId));
  return inboxes.map(({ token, ...inbox }) =>
    caller.agent.role === 'admin' ? { ...inbox, token } : inbox,
  );
}
