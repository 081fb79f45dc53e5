// The org's settings, people and inboxes.
import type { Directory, InboxDto, PatchSettingsRequest } from '../../api';
import type { OrgSettings } from '../../domain';
import { forbidden } from '../app-error';
import type { Services } from '../deps';
import { toAgent } from './auth';
import type { Caller } from './context';

export function getSettings(svc: Services, caller: Caller): Promise<OrgSettings> {
  return svc.store.transaction((tx) => tx.getSettings(caller.orgId));
}

export function updateSettings(
  svc: Services,
  caller: Caller,
  patch: PatchSettingsRequest,
): Promise<OrgSettings> {
  if (caller.agent.role !== 'admin')
    return Promise.reject(forbidden('Only admins can change settings.'));
  return svc.store.transaction(async (tx) => {
    const current = await tx.getSettings(caller.orgId);
    const next: OrgSettings = {
      inactivitySeconds: patch.inactivitySeconds ?? current.inactivitySeconds,
      emailAutoResolveDays: patch.emailAutoResolveDays ?? current.emailAutoResolveDays,
      chatNewConversationAfterHours:
        patch.chatNewConversationAfterHours ?? current.chatNewConversationAfterHours,
    };
    await tx.saveSettings(caller.orgId, next);
    return next;
  });
}

export function directory(svc: Services, caller: Caller): Promise<Directory> {
  return svc.store.transaction(async (tx) => ({
    agents: (await tx.listAgents(caller.orgId)).map(toAgent),
    teams: await tx.listTeams(caller.orgId),
  }));
}

/** Admins get the inbound tokens (to wire up an integration); agents only see the inboxes. */
export async function listInboxes(svc: Services, caller: Caller): Promise<InboxDto[]> {
  const inboxes = await svc.store.transaction((tx) => tx.listInboxes(caller.orgId));
  return inboxes.map(({ token, ...inbox }) =>
    caller.agent.role === 'admin' ? { ...inbox, token } : inbox,
  );
}
