// A flood of sign-ins against the real host: beyond the hashing queue they are refused at once,
// and reads keep their pace meanwhile (a read finishes before the queued hashes do).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from './host';
import { createPasswords } from './passwords';
import { eventually, startTestHost } from '../test/server/webhook-kit';

// Dear enough that queued checks take a visible while (the cost travels inside each hash).
const passwords = createPasswords({ N: 2 ** 16, r: 8, p: 1 }, { running: 1, waiting: 2 });
const signIn = (host: RunningHost, password = 'demo-password') =>
  fetch(`${host.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'alex@acme.test', password }),
  });

let host: RunningHost;
beforeAll(async () => {
  host = await startTestHost({ passwords, webhooks: false, clockIntervalMs: 0 });
}, 120_000);
afterAll(() => host?.close());

describe('sign-in under a flood', () => {
  it('refuses sign-ins beyond the queue at once, and serves reads before the queue drains', async () => {
    const cookie = (await signIn(host)).headers.get('set-cookie')?.split(';')[0] ?? '';
    const finished: string[] = [];
    const track = async (name: string, res: Promise<Response>) => {
      const answer = await res;
      finished.push(name);
      return answer;
    };
    const queued = [1, 2, 3].map((i) => track(`sign-in ${i}`, signIn(host, `guess-${i}`)));
    // Once the three reached the queue: one hashing, two waiting.
    await eventually(() => expect(passwords.load()).toEqual({ running: 1, waiting: 2 }));
    const refused = await track('refused', signIn(host, 'guess-4'));
    const read = await track(
      'read',
      fetch(`${host.url}/api/conversations?view=open&limit=20`, { headers: { cookie } }),
    );
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.headers.get('ratelimit-limit')).toBe('10');
    expect(read.status).toBe(200);
    const statuses = (await Promise.all(queued)).map((res) => res.status);
    expect(statuses).toEqual([401, 401, 401]);
    // At most the one hashing when they came may finish first; the two waiting ones never do.
    const before = (name: string) =>
      finished.slice(0, finished.indexOf(name)).filter((n) => n.startsWith('sign-in')).length;
    expect(before('refused')).toBeLessThanOrEqual(1);
    expect(before('read')).toBeLessThanOrEqual(1);
  }, 60_000);
});
