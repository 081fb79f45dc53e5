// Webhook delivery when the receiver misbehaves: retries with backoff, order per conversation,
// giving up after the last attempt, timeouts and redirects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exactly, startDeliveryStack, type DeliveryStack } from './stack';
import { deliveryLog, eventually, sleep } from '../server/webhook-kit';

let s: DeliveryStack;
beforeAll(async () => {
  s = await startDeliveryStack();
}, 60_000);
afterAll(() => s?.close());

const manualPush = (id: number, at: number) => s.push('conversation_manual_push', id, at);
const pushed = (id: number, at: number) => s.push('conversation_push', id, at);
const sentTo = (id: number) =>
  s.receiver.requests.filter(
    (r) => r.path === '/hook/modern' && r.payload.data.conversationId === id,
  );
/** The log rows of one conversation, oldest first. */
const logOf = async (id: number) =>
  (await deliveryLog(s.admin, s.subs.modern)).filter((d) => d.conversationId === id).reverse();

describe('webhook retries', () => {
  it('retries after a 5xx, holding back the conversation’s later events but not other conversations’', async () => {
    const [held, other] = [await s.admin.inbound(), await s.admin.inbound()];
    let refused = 0;
    s.receiver.respond = (r) => {
      const first = r.path === '/hook/modern' && r.payload.data.conversationId === held;
      return first && refused++ === 0 ? 503 : 200;
    };
    try {
      const at = s.clock.now();
      await s.admin.json('PATCH', `/api/conversations/${held}`, { status: 'closed' });
      await s.admin.json('PATCH', `/api/conversations/${other}`, { status: 'closed' });
      await eventually(() => expect(s.bodies('modern', other)).toHaveLength(2));
      await eventually(() => expect(s.bodies('modern', held)).toHaveLength(1));
      await sleep(200);
      // Its push waits behind the refused manual_push; the clock has not reached the retry.
      expect(s.bodies('modern', held)).toEqual(exactly(manualPush(held, at)));
      const [first, waiting] = await logOf(held);
      expect(first).toMatchObject({
        eventType: 'conversation_manual_push',
        status: 'pending',
        attempts: 1,
        responseStatus: 503,
        lastError: 'HTTP 503',
        lastAttemptAt: at,
        nextAttemptAt: at + 1_000,
        deliveredAt: null,
      });
      expect(waiting).toMatchObject({
        eventType: 'conversation_push',
        status: 'pending',
        attempts: 0,
      });

      s.clock.advance(1_000);
      await eventually(() =>
        expect(s.bodies('modern', held)).toEqual(
          exactly(manualPush(held, at), manualPush(held, at), pushed(held, at)),
        ),
      );
      // A retry is the same delivery: receivers can drop the repeat by its id.
      const [one, two] = sentTo(held);
      expect(one?.headers['x-parley-delivery']).toBe(two?.headers['x-parley-delivery']);
      expect((await logOf(held))[0]).toMatchObject({
        status: 'delivered',
        attempts: 2,
        responseStatus: 200,
        lastError: null,
        nextAttemptAt: null,
        deliveredAt: s.clock.now(),
      });
    } finally {
      s.receiver.respond = () => 200;
    }
  });

  it('marks a delivery failed after the last attempt, and the next one of its conversation goes', async () => {
    const id = await s.admin.inbound();
    s.receiver.respond = (r) =>
      r.path === '/hook/modern' &&
      r.payload.type === 'conversation_manual_push' &&
      r.payload.data.conversationId === id
        ? 500
        : 200;
    try {
      await s.admin.json('PATCH', `/api/conversations/${id}`, { status: 'closed' });
      for (const [tries, wait] of [
        [1, 1_000],
        [2, 2_000],
      ] as const) {
        await eventually(() => expect(s.bodies('modern', id)).toHaveLength(tries));
        await sleep(50);
        s.clock.advance(wait);
      }
      await eventually(() => expect(s.bodies('modern', id)).toHaveLength(4));
      expect(sentTo(id).map((r) => r.payload.type)).toEqual([
        'conversation_manual_push',
        'conversation_manual_push',
        'conversation_manual_push',
        'conversation_push',
      ]);
      const [manual, push] = await logOf(id);
      expect(manual).toMatchObject({
        status: 'failed',
        attempts: 3,
        nextAttemptAt: null,
        responseStatus: 500,
      });
      expect(push).toMatchObject({ status: 'delivered', attempts: 1 });
    } finally {
      s.receiver.respond = () => 200;
    }
  });

  it('counts a timeout and a redirect as failures, and follows no redirect', async () => {
    const [slow, moved] = [await s.admin.inbound(), await s.admin.inbound()];
    s.receiver.respond = (r) => {
      if (r.path !== '/hook/modern' || r.payload.type !== 'conversation_manual_push') return 200;
      if (r.payload.data.conversationId === slow) return { status: 200, afterMs: 3_000 };
      return r.payload.data.conversationId === moved ? 302 : 200;
    };
    try {
      await s.admin.json('PATCH', `/api/conversations/${slow}`, { status: 'closed' });
      await s.admin.json('PATCH', `/api/conversations/${moved}`, { status: 'closed' });
      await eventually(async () => {
        expect((await logOf(slow))[0]).toMatchObject({
          status: 'pending',
          attempts: 1,
          responseStatus: null,
          lastError: 'timed out',
        });
        expect((await logOf(moved))[0]).toMatchObject({
          status: 'pending',
          attempts: 1,
          responseStatus: 302,
          lastError: 'HTTP 302 (redirects are not followed)',
        });
      });
    } finally {
      s.receiver.respond = () => 200;
    }
    s.clock.advance(1_000);
    await eventually(async () => {
      expect((await logOf(slow))[0]).toMatchObject({ status: 'delivered', attempts: 2 });
      expect((await logOf(moved))[0]).toMatchObject({ status: 'delivered', attempts: 2 });
    });
  });
});
