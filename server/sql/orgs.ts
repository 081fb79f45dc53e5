// Orgs, their inboxes, teams and settings.
import { DEFAULT_SETTINGS } from '../../src/domain';
import type { OrgSettings, Team } from '../../src/domain';
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

/**
 * The org's settings a transaction has read along with other rows (the conversations a bulk
 * change locks, see conversations.ts), by org: `getSettings` then needs no statement of its own.
 */
export type SettingsSeen = Map<number, OrgSettings>;

/** `org_settings` columns under `prefix`: the row of `s`, or nulls where it has none. */
export const settingsColumns = (prefix: string) =>
  `s.inactivity_seconds AS ${prefix}inactivity_seconds, ` +
  `s.email_auto_resolve_days AS ${prefix}email_auto_resolve_days, ` +
  `s.chat_new_conversation_after_hours AS ${prefix}chat_new_conversation_after_hours`;

/** The settings in a row read with `settingsColumns(prefix)`; the defaults where it has none. */
export function toSettings(row: Row, prefix = ''): OrgSettings {
  if (row[`${prefix}inactivity_seconds`] === null) return { ...DEFAULT_SETTINGS };
  return {
    inactivitySeconds: int(row, `${prefix}inactivity_seconds`),
    emailAutoResolveDays: int(row, `${prefix}email_auto_resolve_days`),
    chatNewConversationAfterHours: int(row, `${prefix}chat_new_conversation_after_hours`),
  };
}

export function orgMethods(db: SqlExecutor, seen?: SettingsSeen): OrgMethods {
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
      const known = seen?.get(orgId);
      if (known) return { ...known };
      const settings = await one(
        `SELECT ${settingsColumns('')} FROM org_settings s WHERE s.org_id = $1`,
        [orgId],
        (row) => toSettings(row),
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
      seen?.delete(orgId);
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
