// "Killing the server (SIGKILL) while deliveries are pending loses none of them after a restart":
// the real entry point in a child process, killed with no chance to clean up.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killChildServers, startChildServer } from '../server/child-server';
import {
  deliveryLog,
  eventually,
  preparedDataDir,
  signIn,
  startReceiver,
  type Receiver,
} from '../server/webhook-kit';

let dataDir: string;
let receiver: Receiver;

beforeAll(async () => {
  dataDir = join(await mkdtemp(join(tmpdir(), 'parley-sigkill-')), 'data');
  await preparedDataDir(dataDir);
  receiver = await startReceiver();
}, 60_000);
afterAll(async () => {
  killChildServers();
  await receiver.close();
  await rm(dirname(dataDir), { recursive: true, force: true });
});

describe('SIGKILL with deliveries pending', () => {
  it('loses none of them after a restart', async () => {
    const first = await startChildServer({ dataDir });
    const admin = await signIn(first.url);
    const { id: webhookId } = await admin.json<{ id: number }>('POST', '/api/webhooks', {
      url: receiver.url,
      events: ['conversation_manual_push', 'conversation_push'],
    });
    await receiver.down();
    const closed = [await admin.inbound(), await admin.inbound(), await admin.inbound()];
    for (const id of closed)
      await admin.json('PATCH', `/api/conversations/${id}`, { status: 'closed' });
    // A close's webhooks wait out its 10-second undo window before the first attempt.
    await eventually(async () => {
      const log = await deliveryLog(admin, webhookId);
      expect(log.some((d) => d.attempts > 0)).toBe(true);
    }, 25_000);
    await first.stop('SIGKILL');

    await receiver.up();
    const second = await startChildServer({ dataDir });
    try {
      const again = await signIn(second.url);
      await eventually(async () => {
        const log = await deliveryLog(again, webhookId);
        expect(log.filter((d) => closed.includes(d.conversationId))).toHaveLength(6);
        expect(log.every((d) => d.status === 'delivered')).toBe(true);
      }, 20_000);
      const got = new Set(
        receiver.requests.map((r) => `${r.payload.data.conversationId} ${r.payload.type}`),
      );
      for (const id of closed) {
        expect(got).toContain(`${id} conversation_manual_push`);
        expect(got).toContain(`${id} conversation_push`);
      }
    } finally {
      await second.stop('SIGKILL');
    }
  }, 120_000);
});
