// How the mock API keeps a session. The real API uses an httpOnly cookie, but in the browser a
// mocked response's Set-Cookie never reaches the browser's cookie jar (MSW answers from the page,
// not from the network), and an httpOnly cookie cannot be written from script either. So the mock
// remembers the token of the last sign-in in memory: the handler runs in the page's own context,
// so "the session of this backend" is exactly "the session of this tab". A Cookie header, when a
// request carries one (MSW's own cookie store, a test setting it), is used only when no sign-in
// happened in this tab. The token is also saved to sessionStorage, so a reload, which rebuilds the
// in-memory database, signs the same agent back in.
import type { Context } from 'hono';
import { cookieTransport, type SessionTransport } from '../backend/session-transport';
import type { Session } from '../backend/store';

export type SessionPersistence = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const KEY = 'parley-mock-session';

export interface MockSessionTransport extends SessionTransport {
  current(): string | null;
  forget(): void;
  /** The session saved by an earlier page load, if any. */
  saved(): Session | null;
  /** Makes a session this tab's own without a sign-in request (a restored or scripted one). */
  remember(session: Session): void;
}

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['token'] === 'string' &&
    typeof v['agentId'] === 'number' &&
    typeof v['orgId'] === 'number' &&
    typeof v['expiresAt'] === 'number'
  );
}

export function createMockSessionTransport(
  persist: SessionPersistence | null = null,
): MockSessionTransport {
  let token: string | null = null;
  let session: Session | null = null;
  const save = () => {
    try {
      if (session) persist?.setItem(KEY, JSON.stringify(session));
      else persist?.removeItem(KEY);
    } catch {
      // Storage can be full or blocked (private mode); the session then lasts until reload.
    }
  };
  return {
    read: (c: Context) => token ?? cookieTransport.read(c),
    write(c, next) {
      token = next.token;
      session = next;
      save();
      cookieTransport.write(c, next);
    },
    clear(c) {
      token = null;
      session = null;
      save();
      cookieTransport.clear(c);
    },
    current: () => token,
    forget() {
      token = null;
      session = null;
      save();
    },
    saved() {
      try {
        const raw = persist?.getItem(KEY);
        const parsed: unknown = raw ? JSON.parse(raw) : null;
        return isSession(parsed) ? parsed : null;
      } catch {
        return null;
      }
    },
    remember(next) {
      token = next.token;
      session = next;
      save();
    },
  };
}
