// How the session token travels. Real hosts use an httpOnly cookie; the browser mock cannot
// (a mocked response's httpOnly Set-Cookie never reaches the cookie jar), so it passes its own.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { isSecureRequest } from './http/client';
import { DEFAULT_HTTP_SETTINGS, type HttpSettings } from './http/settings';
import type { Session } from './store';

export const SESSION_COOKIE = 'parley_session';
export const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface SessionTransport {
  read(c: Context): string | null;
  write(c: Context, session: Session): void;
  clear(c: Context): void;
}

/**
 * The cookie is `Secure` when the request came over TLS (its URL, or a trusted proxy's
 * `X-Forwarded-Proto`), or always with `PARLEY_COOKIE_SECURE=true`.
 */
export function createCookieTransport(
  settings: Pick<HttpSettings, 'trustProxyHops' | 'cookieSecure'>,
): SessionTransport {
  return {
    read: (c) => getCookie(c, SESSION_COOKIE) ?? null,
    write: (c, session) =>
      setCookie(c, SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: 'Lax',
        path: '/',
        secure: isSecureRequest(c, settings),
        expires: new Date(session.expiresAt),
        maxAge: Math.max(0, Math.floor(SESSION_TTL_MS / 1000)),
      }),
    clear: (c) =>
      deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isSecureRequest(c, settings) }),
  };
}

export const cookieTransport: SessionTransport = createCookieTransport(DEFAULT_HTTP_SETTINGS);
