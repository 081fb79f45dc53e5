// The clock rules as the host runs them: its default one-second tick, a time source the test
// moves, and the org's own settings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS } from '../src/domain';
import type { RunningHost } from './host';
import { freshPglite } from '../test/server/databases';
import {
  eventually,
  signIn,
  sleep,
  startTestHost,
  testClock,
  type Api,
} from '../test/server/webhook-kit';

const clock = testClock();
let host: RunningHost;
let admin: Api;

beforeAll(async () => {
  const db = await freshPglite();
  // The production tick (clockIntervalMs left at its default), so "within a second or two" is
  // measured on what ships.
  host = await startTestHost({
    database: db.client,
    now: clock.now,
    clockIntervalMs: undefined,
    webhooks: false,
  });
  admin = await signIn(host.url);
}, 60_000);
afterAll(() => host?.close());

const status = async (id: number) =>
  (await admin.json<{ status: string }>('GET', `/api/conversations/${id}`)).status;
const thread = async (id: number) =>
  (
    await admin.json<{ data: { type: string; body: string }[] }>(
      'GET',
      `/api/conversations/${id}/messages`,
    )
  ).data
    .filter((m) => m.type === 'event')
    .map((m) => m.body);

/** Real milliseconds until `check` passes. */
async function timeUntil(check: () => Promise<void>): Promise<number> {
  const started = Date.now();
  await eventually(check, 10_000);
  return Date.now() - started;
}

describe('the clock', () => {
  it('wakes a snoozed conversation at snoozedUntil, not before', async () => {
    const id = await admin.inbound();
    const until = clock.now() + 30_000;
    await admin.json('POST', `/api/conversations/${id}/snooze`, { until });
    clock.set(until - 1);
    await sleep(1_100);
    expect(await status(id)).toBe('snoozed');
    clock.set(until);
    const waited = await timeUntil(async () => expect(await status(id)).toBe('open'));
    // One tick is a second; a busy machine may run a tick late, but never one ten seconds late.
    expect(waited).toBeLessThan(10_000);
    expect(await thread(id)).toContain('Snooze ended');
    const c = await admin.json<{ snoozedUntil: number | null }>('GET', `/api/conversations/${id}`);
    expect(c.snoozedUntil).toBeNull();
  });

  it('closes an open email conversation after the org’s emailAutoResolveDays', async () => {
    await admin.json('PATCH', '/api/org/settings', { emailAutoResolveDays: 1 });
    try {
      const email = await admin.inbound({ channel: 'email' });
      const chat = await admin.inbound({ channel: 'chat' });
      clock.advance(DAY_MS - 1);
      await sleep(1_100);
      expect(await status(email)).toBe('open');
      clock.advance(1);
      await timeUntil(async () => expect(await status(email)).toBe('closed'));
      expect(await thread(email)).toContain(
        'Parley closed the conversation after 1 day without activity',
      );
      // Chat is never auto-resolved.
      expect(await status(chat)).toBe('open');
    } finally {
      await admin.json('PATCH', '/api/org/settings', { emailAutoResolveDays: 7 });
    }
  });
});
