// API tokens (SPEC 7.7): minted by an admin with scopes, shown once, stored as a sha256 hash. A
// token acts as the admin who made it, narrowed to its scopes; a revoked one answers 401.
import type { ApiTokenDto, CreatedTokenDto, CreateTokenRequest } from '../../api';
import { forbidden, notFound } from '../app-error';
import type { Services } from '../deps';
import type { ApiTokenRecord } from '../store';
import type { Caller } from './context';

/** Tokens start with this, so secret scanners (and people) recognise a leaked one. */
export const TOKEN_PREFIX = 'pat_';
/** `lastUsedAt` is written at most this often: not a write on every request. */
const TOUCH_EVERY_MS = 60_000;

export async function hashToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const toDto = (t: ApiTokenRecord): ApiTokenDto => ({
  id: t.id,
  name: t.name,
  scopes: t.scopes,
  createdBy: t.agentId,
  createdAt: t.createdAt,
  lastUsedAt: t.lastUsedAt,
  revokedAt: t.revokedAt,
});

function adminOnly(caller: Caller) {
  if (caller.agent.role !== 'admin') throw forbidden('Only admins can manage API tokens.');
}

export async function createApiToken(
  svc: Services,
  caller: Caller,
  req: CreateTokenRequest,
): Promise<CreatedTokenDto> {
  adminOnly(caller);
  const token = `${TOKEN_PREFIX}${svc.random()}`;
  const tokenHash = await hashToken(token);
  const row = await svc.store.transaction((tx) =>
    tx.insertApiToken({
      orgId: caller.orgId,
      agentId: caller.agent.id,
      name: req.name,
      scopes: [...new Set(req.scopes)],
      tokenHash,
      createdAt: svc.now(),
    }),
  );
  return { ...toDto(row), token };
}

export async function listApiTokens(svc: Services, caller: Caller): Promise<ApiTokenDto[]> {
  adminOnly(caller);
  const rows = await svc.store.transaction((tx) => tx.listApiTokens(caller.orgId));
  return rows.map(toDto);
}

export async function revokeApiToken(svc: Services, caller: Caller, id: number): Promise<void> {
  adminOnly(caller);
  const row = await svc.store.transaction((tx) => tx.revokeApiToken(caller.orgId, id, svc.now()));
  if (row === null) throw notFound('API token');
}

export type TokenResolution =
  { kind: 'ok'; caller: Caller; tokenId: number } | { kind: 'revoked' } | { kind: 'unknown' };

/** The caller a bearer token stands for; its creator gone counts as unknown. */
export async function resolveApiToken(svc: Services, token: string): Promise<TokenResolution> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return { kind: 'unknown' };
  const hash = await hashToken(token);
  const now = svc.now();
  return svc.store.read(async (tx) => {
    const row = await tx.findApiTokenByHash(hash);
    if (row === null) return { kind: 'unknown' };
    if (row.revokedAt !== null) return { kind: 'revoked' };
    const agent = await tx.getAgent(row.orgId, row.agentId);
    if (agent === null) return { kind: 'unknown' };
    if (row.lastUsedAt === null || now - row.lastUsedAt >= TOUCH_EVERY_MS)
      await tx.touchApiToken(row.id, now);
    const scopes = row.scopes;
    return {
      kind: 'ok',
      tokenId: row.id,
      caller: {
        // Deleting metrics needs the agent's permission and the token's scope.
        agent: {
          ...agent,
          canDeleteMetrics:
            agent.canDeleteMetrics && scopes.includes('delete_conversations_and_metrics'),
        },
        orgId: agent.orgId,
        sessionToken: null,
        apiToken: { id: row.id, scopes },
      },
    };
  });
}
