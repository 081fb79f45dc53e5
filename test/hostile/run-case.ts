// Sends one hostile case through the app and checks the answer: the expected status, JSON with the contract's error shape and a message a person can read, and no prototype
// pollution left behind.
import { expect } from 'vitest';
import { codeForStatus, errorBodySchema } from '../../src/api';
import type { ApiHarness } from '../api/harness';
import { SESSION_COOKIE } from '../../src/backend/session-transport';
import type { Fixture } from './fixture';
import type { CaseBody, HostileCase, Sender } from './hostile-case';

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

function cookieOf(as: Sender, f: Fixture): string | undefined {
  if (as === 'anonymous') return undefined;
  if (as === 'expired') return `${SESSION_COOKIE}=${f.expiredToken}`;
  if (as === 'signed-out') return `${SESSION_COOKIE}=${f.signedOutToken}`;
  if (typeof as === 'object') return `${SESSION_COOKIE}=${as.forgedCookie}`;
  return `${SESSION_COOKIE}=${f.tokens[as]}`;
}

function bodyInit(body: CaseBody | undefined): Pick<RequestInit, 'body'> & { duplex?: 'half' } {
  if (body === undefined) return {};
  // A stream is sent chunk by chunk without a Content-Length, as a client that lies would.
  if (typeof body === 'function') return { body: body(), duplex: 'half' };
  return { body };
}

/** Object.prototype exactly as it was when this module loaded: no key added by any request. */
export function expectNoPollution(): void {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
}

export async function runCase(h: ApiHarness, f: Fixture, c: HostileCase): Promise<Response> {
  const spec = c.request(f);
  const headers = new Headers(spec.headers);
  const cookie = cookieOf(spec.as, f);
  if (cookie !== undefined) headers.set('cookie', cookie);
  const res = await h.fetch(spec.path, {
    method: spec.method,
    headers,
    ...bodyInit(spec.body),
  } as RequestInit);
  const text = await res.text();
  const at = `${spec.method} ${spec.path.slice(0, 160)}`;
  expect({ at, status: res.status, body: text.slice(0, 400) }).toMatchObject({
    at,
    status: c.expect.status,
  });
  // No answer may grant another origin access (the API sends no CORS headers at all).
  expect(res.headers.get('access-control-allow-origin')).toBeNull();

  if (text !== '' || res.status !== 204) {
    expect({ at, type: res.headers.get('content-type') }).toMatchObject({
      at,
      type: expect.stringMatching(/^application\/json\b/),
    });
    const json: unknown = JSON.parse(text);
    if (res.status >= 400) {
      const parsed = errorBodySchema.parse(json);
      expect(parsed.error.code).toBe(c.expect.code ?? codeForStatus(c.expect.status));
      expect(parsed.error.message.trim()).not.toBe('');
    } else {
      await c.expect.check?.(json, { f, h });
    }
  }
  expectNoPollution();
  return res;
}
