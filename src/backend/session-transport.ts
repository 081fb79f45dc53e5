// How the session token travels. Real hosts use an httpOnly cookie; the browser mock cannot
// (a mocked response's httpOnly Set-Cookie never reaches the cookie jar), so it passes its own.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Session } from './store';

export const SESSION_COOKIE = 'parley_session';
export const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface SessionTransport {
  read(c: Context): string | null;
  write(c: Context, session: Session): void;
  clear(c: Context): void;
}

const isHttps = (c: Context) => new URL(c.req.url).protocol === 'https:';

export const cookieTransport: SessionTransport = {
  read: (c) => getCookie(c, SESSION_COOKIE) ?? null,
  write: (c, session) =>
    setCookie(c, SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      secure: isHttps(c),
      expires: new Date(session.expiresAt),
      maxAge: Math.max(0, Math.floor(SESSION_TTL_MS / 1000)),
    }),
  clear: (c) => deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) }),
};
