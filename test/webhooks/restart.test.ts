// Nothing waits in memory: a host stopped with deliveries pending (the receiver down) and a snooze
// about to end finds both in DATA_DIR when it starts again, and finishes them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deliveryLog,
  eventually,
  preparedDataDir,
  signIn,
  startReceiver,
  startTestHost,
  testClock,
  type Receiver,
} from '../server/webhook-kit';

let root: string;
let receiver: Receiver;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'parley-restart-'));
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
  await rm(root, { recursive: true, force: true });
});

describe('a restart', () => {
  it('delivers what was pending and wakes what came due while the server was down', async () => {
    const clock = testClock();
    const options = { dataDir: join(root, 'data'), now: clock.now };
    await preparedDataDir(options.dataDir, clock.now());
    const first = await startTestHost(options);
    let webhookId: number;
    let closed: number[];
    let snoozed: number;
    try {
      const admin = await signIn(first.url);
      ({ id: webhookId } = await admin.json<{ id: number }>('POST', '/api/webhooks', {
        url: receiver.url,
        events: ['conversation_manual_push', 'conversation_push'],
      }));
      await receiver.down();
      closed = [await admin.inbound(), await admin.inbound()];
      for (const id of closed)
        await admin.json('PATCH', `/api/conversations/${id}`, { status: 'closed' });
      snoozed = await admin.inbound();
      await admin.json('POST', `/api/conversations/${snoozed}/snooze`, {
        until: clock.now() + 60_000,
      });
      // Tried and refused, not just queued: the worker was running when the host stopped.
      await eventually(async () => {
        const log = await deliveryLog(admin, webhookId);
        expect(log.some((d) => d.attempts > 0 && d.lastError !== null)).toBe(true);
      });
    } finally {
      await first.close();
    }

    clock.advance(61_000);
    await receiver.up();
    const second = await startTestHost(options);
    try {
      const admin = await signIn(second.url);
      await eventually(async () => {
        const mine = (await deliveryLog(admin, webhookId)).filter((d) =>
          closed.includes(d.conversationId),
        );
        expect(mine).toHaveLength(4);
        expect(mine.every((d) => d.status === 'delivered')).toBe(true);
      }, 10_000);
      const got = receiver.requests.map(
        (r) => `${r.payload.data.conversationId} ${r.payload.type}`,
      );
      for (const id of closed) {
        expect(got).toContain(`${id} conversation_manual_push`);
        expect(got).toContain(`${id} conversation_push`);
      }
      await eventually(async () => {
        const c = await admin.json<{ status: string }>('GET', `/api/conversations/${snoozed}`);
        expect(c.status).toBe('open');
      });
    } finally {
      await second.close();
    }
  }, 120_000);
});
