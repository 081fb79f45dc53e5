// Orgs, their inboxes, teams and settings.
import { DEFAULT_SETTINGS } from '../../src/domain';
import type { Team } from '../../src/domain';
import type { Inbox, Org, StoreTx } from '../../src/backend/store';
import type { Row, SqlExecutor } from '../db/client';
import { int, text } from './decode';
import { reader } from './query-helpers';

type OrgMethods = Pick<
  StoreTx,
  | 'getOrg'
  | 'insertOrg'
  | 'listInboxes'
  | 'findInboxByToken'
  | 'insertInbox'
  | 'getSettings'
  | 'saveSettings'
  | 'listTeams'
  | 'insertTeam'
>;

const INBOX = 'id, org_id, name, token';

export function orgMethods(db: SqlExecutor): OrgMethods {
  const { one, many, returning } = reader(db);
  return {
    getOrg: (orgId) => one('SELECT id, name FROM orgs WHERE id = $1', [orgId], toOrg),
    insertOrg: (org) =>
      returning('INSERT INTO orgs (name) VALUES ($1) RETURNING id, name', [org.name], toOrg),

    listInboxes: (orgId) =>
      many(`SELECT ${INBOX} FROM inboxes WHERE org_id = $1 ORDER BY id`, [orgId], toInbox),
    findInboxByToken: (token) =>
      one(`SELECT ${INBOX} FROM inboxes WHERE token = $1`, [token], toInbox),
    insertInbox: (inbox) =>
      returning(
        `INSERT INTO inboxes (org_id, name, token) VALUES ($1, $2, $3) RETURNING ${INBOX}`,
        [inbox.orgId, inbox.name, inbox.token],
        toInbox,
      ),

    async getSettings(orgId) {
      const settings = await one(
        `SELECT inactivity_seconds, email_auto_resolve_days, chat_new_conversation_after_hours
         FROM org_settings WHERE org_id = $1`,
        [orgId],
        (row) => ({
          inactivitySeconds: int(row, 'inactivity_seconds'),
          emailAutoResolveDays: int(row, 'email_auto_resolve_days'),
          chatNewConversationAfterHours: int(row, 'chat_new_conversation_after_hours'),
        }),
      );
      return settings ?? { ...DEFAULT_SETTINGS };
    },
    async saveSettings(orgId, s) {
      await db.query(
        `INSERT INTO org_settings (org_id, inactivity_seconds, email_auto_resolve_days, chat_new_conversation_after_hours)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (org_id) DO UPDATE SET inactivity_seconds = $2, email_auto_resolve_days = $3,
           chat_new_conversation_after_hours = $4`,
        [orgId, s.inactivitySeconds, s.emailAutoResolveDays, s.chatNewConversationAfterHours],
      );
    },

    listTeams: (orgId) =>
      many('SELECT id, org_id, name FROM teams WHERE org_id = $1 ORDER BY id', [orgId], toTeam),
    insertTeam: (team) =>
      returning(
        'INSERT INTO teams (org_id, name) VALUES ($1, $2) RETURNING id, org_id, name',
        [team.orgId, team.name],
        toTeam,
      ),
  };
}

function toOrg(row: Row): Org {
  return { id: int(row, 'id'), name: text(row, 'name') };
}

function toInbox(row: Row): Inbox {
  return {
    id: int(row, 'id'),
    orgId: int(row, 'org_id'),
    name: text(row, 'name'),
    token: text(row, 'token'),
  };
}

function toTeam(row: Row): Team {
  return { id: int(row, 'id'), orgId: int(row, 'org_id'), name: text(row, 'name') };
}
