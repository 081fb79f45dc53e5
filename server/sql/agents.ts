// Agents and their sign-in sessions.
import { ROLES } from '../../src/domain';
import type { AgentRecord, SessionWithAgent, StoreTx } from '../../src/backend/store';
import type { Row, SqlExecutor } from '../db/client';
import { bool, int, oneOf, text } from './decode';
import { reader } from './query-helpers';

type AgentMethods = Pick<
  StoreTx,
  | 'findAgentByEmail'
  | 'getAgent'
  | 'listAgents'
  | 'insertAgent'
  | 'createSession'
  | 'getSession'
  | 'deleteSession'
  | 'deleteSessionsOfAgent'
>;

const AGENT = 'id, org_id, name, email, role, password_hash, can_delete_metrics';

export function agentMethods(db: SqlExecutor): AgentMethods {
  const { one, many, returning } = reader(db);
  return {
    // Emails compare trimmed and case-insensitively, as the unique index agents_email does.
    findAgentByEmail: (email) =>
      one(
        `SELECT ${AGENT} FROM agents WHERE lower(btrim(email)) = lower(btrim($1))`,
        [email],
        toAgent,
      ),
    getAgent: (orgId, agentId) =>
      one(`SELECT ${AGENT} FROM agents WHERE org_id = $1 AND id = $2`, [orgId, agentId], toAgent),
    listAgents: (orgId) =>
      many(`SELECT ${AGENT} FROM agents WHERE org_id = $1 ORDER BY id`, [orgId], toAgent),
    insertAgent: (a) =>
      returning(
        `INSERT INTO agents (org_id, name, email, role, password_hash, can_delete_metrics)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${AGENT}`,
        [a.orgId, a.name, a.email, a.role, a.passwordHash, a.canDeleteMetrics],
        toAgent,
      ),

    async createSession(s) {
      await db.query(
        'INSERT INTO sessions (token, agent_id, org_id, expires_at) VALUES ($1, $2, $3, $4)',
        [s.token, s.agentId, s.orgId, s.expiresAt],
      );
    },
    getSession: (token) =>
      one(
        `SELECT s.token, s.agent_id AS session_agent_id, s.org_id AS session_org_id, s.expires_at,
           a.id, a.org_id, a.name, a.email, a.role, a.password_hash, a.can_delete_metrics
         FROM sessions s LEFT JOIN agents a ON a.org_id = s.org_id AND a.id = s.agent_id
         WHERE s.token = $1`,
        [token],
        toSessionWithAgent,
      ),
    async deleteSession(token) {
      await db.query('DELETE FROM sessions WHERE token = $1', [token]);
    },
    async deleteSessionsOfAgent(orgId, agentId) {
      await db.query('DELETE FROM sessions WHERE org_id = $1 AND agent_id = $2', [orgId, agentId]);
    },
  };
}

function toAgent(row: Row): AgentRecord {
  return {
    id: int(row, 'id'),
    orgId: int(row, 'org_id'),
    name: text(row, 'name'),
    email: text(row, 'email'),
    role: oneOf(row, 'role', ROLES),
    passwordHash: text(row, 'password_hash'),
    canDeleteMetrics: bool(row, 'can_delete_metrics'),
  };
}

function toSessionWithAgent(row: Row): SessionWithAgent {
  return {
    token: text(row, 'token'),
    agentId: int(row, 'session_agent_id'),
    orgId: int(row, 'session_org_id'),
    expiresAt: int(row, 'expires_at'),
    agent: row.id === null ? null : toAgent(row),
  };
}
