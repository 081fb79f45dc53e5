// Sign-in, sign-out and resolving a session token to the agent behind it.
import type { Agent } from '../../domain';
import {
  RateLimitedError,
  rateLimitHeaders,
  tryAgainIn,
  type RateLimitStatus,
} from '../http/rate-limit';
import type { Services } from '../deps';
import { SESSION_TTL_MS } from '../session-transport';
import type { AgentRecord, Session } from '../store';
import type { Caller } from './context';
import type { LoginLimiter } from './login-limiter';

export const toAgent = ({ id, orgId, name, email, role }: AgentRecord): Agent => ({
  id,
  orgId,
  name,
  email,
  role,
});

const WRONG = 'The email or password is not right.';

// An unknown email still costs one hash check, so response time does not tell who has an account.
const decoys = new WeakMap<Services, Promise<string>>();
function decoyHash(svc: Services): Promise<string> {
  let hash = decoys.get(svc);
  if (!hash) decoys.set(svc, (hash = svc.passwords.hash('decoy-password-never-used')));
  return hash;
}

export type SignInResult =
  | { ok: true; agent: AgentRecord; session: Session; limit: RateLimitStatus }
  | { ok: false; message: string; limit: RateLimitStatus };

/**
 * Checks the password, unless too many sign-ins failed for this email from this address, or from
 * this address at all (429, before any hashing). `limit` is the standing the answer reports.
 */
export async function signIn(
  svc: Services,
  limiter: LoginLimiter,
  credentials: { email: string; password: string },
  address: string,
): Promise<SignInResult> {
  const attempt = { email: credentials.email.trim().toLowerCase(), address };
  const now = svc.now();
  const standing = limiter.check(attempt, now);
  if (standing.exhausted) {
    throw new RateLimitedError(
      `Too many failed sign-ins. Try again ${tryAgainIn(standing.resetMs)}.`,
      standing.resetMs,
      standing,
    );
  }
  const agent = await svc.store.transaction((tx) => tx.findAgentByEmail(attempt.email));
  const ok = await svc.passwords
    .verify(credentials.password, agent?.passwordHash ?? (await decoyHash(svc)))
    .catch((error: unknown) => {
      // A full hashing queue (429) still reports this route's standing.
      if (error instanceof RateLimitedError)
        for (const [name, value] of Object.entries(rateLimitHeaders(standing)))
          error.headers[name] ??= value;
      throw error;
    });
  if (!agent || !ok) return { ok: false, message: WRONG, limit: limiter.fail(attempt, now) };
  limiter.succeed(attempt);
  const session: Session = {
    token: svc.random(),
    agentId: agent.id,
    orgId: agent.orgId,
    expiresAt: now + SESSION_TTL_MS,
  };
  await svc.store.transaction((tx) => tx.createSession(session));
  return { ok: true, agent, session, limit: limiter.check(attempt, now) };
}

/**
 * Whether a cookie value could be a token we issued (printable ASCII, bounded). Anything else is
 * an attacker's, and is never looked up: a decoded `%00` would make the SQL Store fail with a 500.
 */
export function isWellFormedToken(token: string): boolean {
  return /^[\x21-\x7e]{1,512}$/.test(token);
}

export async function signOut(svc: Services, token: string | null): Promise<void> {
  if (token && isWellFormedToken(token))
    await svc.store.transaction((tx) => tx.deleteSession(token));
}

/** Ends every session of the caller's agent, this one included ("sign out everywhere"). */
export async function signOutEverywhere(svc: Services, caller: Caller): Promise<void> {
  await svc.store.transaction((tx) => tx.deleteSessionsOfAgent(caller.orgId, caller.agent.id));
}

/** The caller behind a token, or null when it is unknown, expired or its agent is gone. */
export async function resolveSession(svc: Services, token: string): Promise<Caller | null> {
  if (!isWellFormedToken(token)) return null;
  return svc.store.read(async (tx) => {
    const session = await tx.getSession(token);
    if (!session) return null;
    if (session.expiresAt <= svc.now()) {
      await tx.deleteSession(token);
      return null;
    }
    const { agent } = session;
    return agent ? { agent, orgId: agent.orgId, sessionToken: token } : null;
  });
}
