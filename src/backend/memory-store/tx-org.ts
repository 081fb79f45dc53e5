// The memory Store's StoreTx methods for orgs, people, sessions, contacts and the feed.
import { DEFAULT_SETTINGS } from '../../domain';
import { copy, copyOrNull, pick, unique } from './copy';
import { idsAfter } from './queries';
import { changeKey, emailKey, type MemoryState } from './state';
import type { AnswerKeys } from '../answer-store';
import type { FindKeys, StoreTx } from '../store';
import type { BatchKeys } from './tx-batch';
import type { SyncKeys } from './tx-sync';
import type { TokenKeys } from './tx-tokens';
import type { ConversationKeys } from './tx-conversations';
import type { LinkKeys } from './tx-links';
import type { NotificationKeys } from './tx-notifications';
import type { UndoKeys } from './tx-undo';
import type { RoutingKeys } from './tx-routing';
import type { WebhookKeys } from './tx-webhooks';

export function orgMethods(
  s: MemoryState,
): Omit<
  StoreTx,
  | ConversationKeys
  | WebhookKeys
  | BatchKeys
  | UndoKeys
  | RoutingKeys
  | FindKeys
  | TokenKeys
  | SyncKeys
  | LinkKeys
  | AnswerKeys
  | NotificationKeys
> {
  return {
    getOrg: async (orgId) => copyOrNull(s.orgs.get(orgId)),
    listInboxes: async (orgId) =>
      pick(
        [...s.index.inboxesByOrg.get(orgId)].sort((a, b) => a - b),
        (id) => s.inboxes.get(id),
      ),
    findInboxByToken: async (token) =>
      copyOrNull(s.inboxes.get(s.index.inboxToken.get(token) ?? 0)),
    getSettings: async (orgId) => copy(s.settings.get(orgId) ?? DEFAULT_SETTINGS),
    saveSettings: async (orgId, settings) => s.settings.set(orgId, copy(settings)),
    insertOrg: async (org) => {
      const row = { ...copy(org), id: s.seq.org.next() };
      s.orgs.set(row.id, row);
      return copy(row);
    },
    insertInbox: async (inbox) => {
      unique(s.index.inboxToken, inbox.token, 'inbox token');
      const row = { ...copy(inbox), id: s.seq.inbox.next() };
      s.inboxes.set(row.id, row);
      return copy(row);
    },

    findAgentByEmail: async (email) =>
      copyOrNull(s.agents.get(s.index.agentEmail.get(emailKey(email)) ?? 0)),
    getAgent: async (orgId, agentId) => {
      const a = s.agents.get(agentId);
      return a && a.orgId === orgId ? copy(a) : null;
    },
    listAgents: async (orgId) =>
      pick(
        [...s.index.agentsByOrg.get(orgId)].sort((a, b) => a - b),
        (id) => s.agents.get(id),
      ),
    listTeams: async (orgId) =>
      pick(
        [...s.index.teamsByOrg.get(orgId)].sort((a, b) => a - b),
        (id) => s.teams.get(id),
      ),
    insertAgent: async (agent) => {
      unique(s.index.agentEmail, emailKey(agent.email), 'agent email');
      const row = { ...copy(agent), id: s.seq.agent.next() };
      s.agents.set(row.id, row);
      return copy(row);
    },
    insertTeam: async (team) => {
      const row = { ...copy(team), id: s.seq.team.next() };
      s.teams.set(row.id, row);
      return copy(row);
    },
    createSession: async (session) => s.sessions.set(session.token, copy(session)),
    getSession: async (token) => {
      const session = s.sessions.get(token);
      if (!session) return null;
      const agent = s.agents.get(session.agentId);
      return {
        ...copy(session),
        agent: agent && agent.orgId === session.orgId ? copy(agent) : null,
      };
    },
    deleteSession: async (token) => {
      s.sessions.delete(token);
    },
    deleteSessionsOfAgent: async (orgId, agentId) => {
      const theirs = [...s.sessions.values()].filter(
        (session) => session.orgId === orgId && session.agentId === agentId,
      );
      for (const session of theirs) s.sessions.delete(session.token);
    },

    getContact: async (orgId, contactId) => {
      const c = s.contacts.get(contactId);
      return c && c.orgId === orgId ? copy(c) : null;
    },
    findContactByEmail: async (orgId, email) =>
      copyOrNull(s.contacts.get(s.index.contactEmail.get(`${orgId}:${emailKey(email)}`) ?? 0)),
    insertContact: async (contact) => {
      unique(s.index.contactEmail, `${contact.orgId}:${emailKey(contact.email)}`, 'contact');
      const row = { ...copy(contact), id: s.seq.contact.next() };
      s.contacts.set(row.id, row);
      return copy(row);
    },

    appendChange: async (event) => {
      const head = s.changeHeads.get(event.orgId) ?? { last: 0, prunedThrough: 0 };
      const row = { ...copy(event), id: head.last + 1 };
      s.changeHeads.set(event.orgId, { ...head, last: row.id });
      s.changes.set(changeKey(row.orgId, row.id), row);
      return copy(row);
    },
    listChangesSince: async (orgId, afterId, limit) =>
      pick(idsAfter(s.index.changesByOrg.get(orgId), afterId, limit), (id) =>
        s.changes.get(changeKey(orgId, id)),
      ),
    latestChangeId: async (orgId) => s.changeHeads.get(orgId)?.last ?? 0,
    changeFeedBounds: async (orgId) => {
      const head = s.changeHeads.get(orgId);
      return { latest: head?.last ?? 0, prunedThrough: head?.prunedThrough ?? 0 };
    },
    pruneChanges: async (createdBefore) => {
      const gone = [...s.changes.values()].filter((e) => e.createdAt < createdBefore);
      for (const e of gone) {
        s.changes.delete(changeKey(e.orgId, e.id));
        const head = s.changeHeads.get(e.orgId) ?? { last: e.id, prunedThrough: 0 };
        if (e.id > head.prunedThrough) s.changeHeads.set(e.orgId, { ...head, prunedThrough: e.id });
      }
      return gone.length;
    },
  };
}
