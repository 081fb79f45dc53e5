// API tokens: only the sha256 of each token is stored (SPEC 7.7).
import { API_SCOPES } from '../../src/api';
import type { ApiTokenRecord, StoreTx } from '../../src/backend/store';
import type { Row, SqlExecutor } from '../db/client';
import { int, intOrNull, text, textArray } from './decode';
import { reader } from './query-helpers';

type TokenMethods = Pick<
  StoreTx,
  'insertApiToken' | 'listApiTokens' | 'findApiTokenByHash' | 'revokeApiToken' | 'touchApiToken'
>;

const TOKEN =
  'id, org_id, agent_id, name, scopes, token_hash, created_at, last_used_at, revoked_at';

export function apiTokenMethods(db: SqlExecutor): TokenMethods {
  const { one, many, returning } = reader(db);
  return {
    insertApiToken: (t) =>
      returning(
        `INSERT INTO api_tokens (org_id, agent_id, name, scopes, token_hash, created_at)
         VALUES ($1, $2, $3, $4::text[], $5, $6) RETURNING ${TOKEN}`,
        [t.orgId, t.agentId, t.name, t.scopes, t.tokenHash, t.createdAt],
        toToken,
      ),
    listApiTokens: (orgId) =>
      many(`SELECT ${TOKEN} FROM api_tokens WHERE org_id = $1 ORDER BY id`, [orgId], toToken),
    findApiTokenByHash: (hash) =>
      one(`SELECT ${TOKEN} FROM api_tokens WHERE token_hash = $1`, [hash], toToken),
    revokeApiToken: (orgId, id, at) =>
      one(
        `UPDATE api_tokens SET revoked_at = coalesce(revoked_at, $3)
         WHERE org_id = $1 AND id = $2 RETURNING ${TOKEN}`,
        [orgId, id, at],
        toToken,
      ),
    async touchApiToken(id, at) {
      await db.query('UPDATE api_tokens SET last_used_at = $2 WHERE id = $1', [id, at]);
    },
  };
}

function toToken(row: Row): ApiTokenRecord {
  const scopes = textArray(row, 'scopes');
  return {
    id: int(row, 'id'),
    orgId: int(row, 'org_id'),
    agentId: int(row, 'agent_id'),
    name: text(row, 'name'),
    scopes: API_SCOPES.filter((s) => scopes.includes(s)),
    tokenHash: text(row, 'token_hash'),
    createdAt: int(row, 'created_at'),
    lastUsedAt: intOrNull(row, 'last_used_at'),
    revokedAt: intOrNull(row, 'revoked_at'),
  };
}
