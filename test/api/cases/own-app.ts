// A second app on the suite's Store, for what the shared harness cannot vary: the client's address
// (the socket the Node host's bindings carry), the HTTP settings, and a clock of its own. The
// settings start from the defaults, whatever the environment running the tests says.
import { createApp } from '../../../src/backend/app';
import { DEMO_PASSWORD } from '../../../src/backend/demo-data';
import { DEFAULT_HTTP_SETTINGS, type HttpSettings } from '../../../src/backend/http/settings';
import { plainPasswords } from '../../../src/backend/plain-passwords';
import { ORIGIN } from '../harness';
import type { Ctx } from './helpers';

export const ADDRESS = '203.0.113.7';

export interface OwnApp {
  fetch(path: string, init?: RequestInit, from?: string): Promise<Response>;
  signIn(email: string, password?: string, from?: string): Promise<Response>;
  advance(ms: number): void;
}

export function ownApp(ctx: Ctx, http: Partial<HttpSettings> = {}): OwnApp {
  let clock = ctx().now();
  const app = createApp({
    store: ctx().store,
    now: () => clock,
    passwords: plainPasswords,
    heartbeatMs: 100,
    onError: () => undefined,
    http: { ...DEFAULT_HTTP_SETTINGS, ...http },
  });
  const fetch = async (path: string, init: RequestInit = {}, from = ADDRESS) =>
    app.fetch(new Request(path.startsWith('http') ? path : `${ORIGIN}${path}`, init), {
      incoming: { socket: { remoteAddress: from } },
    });
  return {
    fetch,
    signIn: (email, password = DEMO_PASSWORD, from = ADDRESS) =>
      fetch(
        '/api/session',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, password }),
        },
        from,
      ),
    advance: (ms) => {
      clock += ms;
    },
  };
}

/** The `name=value` of an answer's session cookie, for the next request's `Cookie` header. */
export const cookieOf = (res: Response) => res.headers.get('set-cookie')?.split(';')[0] ?? '';
