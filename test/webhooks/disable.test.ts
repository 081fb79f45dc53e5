// An endpoint whose every attempt has failed for 3 days is turned off (SPEC 8), with the reason on
// `GET /api/webhooks`; nothing more is sent to it until an admin turns it back on. A success in
// between starts the count again. The test clock moves the days.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookListSchema } from '../../src/api';
import { startDeliveryStack, type DeliveryStack } from './stack';
import { deliveryLog, eventually, signIn, sleep } from '../server/webhook-kit';

const DAY = 24 * 60 * 60_000;

let s: DeliveryStack;
beforeAll(async () => {
  s = await startDeliveryStack();
}, 60_000);
afterAll(() => s?.close());

/** A fresh session: the clock moves days, and sessions last seven. */
const admin = () => signIn(s.host.url);
const modern = async () => {
  const res = await (await admin()).get('/api/webhooks');
  const list = webhookListSchema.parse(await res.json()).data;
  return list.find((w) => w.id === s.subs.modern);
};
/** The modern subscription's log rows of one conversation, newest first. */
const logOf = async (id: number) =>
  (await deliveryLog(await admin(), s.subs.modern)).filter((d) => d.conversationId === id);
const close = async (id: number) =>
  (await admin()).json('PATCH', `/api/conversations/${id}`, { status: 'closed' });

// Moving the clock by days also makes the demo conversations inactive: their events go to the
// same endpoint, and fail or succeed with the rest.
describe('an endpoint failing for days', () => {
  it('keeps going while a success comes between failures', async () => {
    s.receiver.respond = (r) => (r.path === '/hook/modern' ? 500 : 200);
    const first = await s.admin.inbound();
    await close(first);
    await eventually(async () => expect((await logOf(first))[1]?.lastError).toBe('HTTP 500'));
    s.receiver.respond = () => 200;
    s.clock.advance(2 * DAY);
    await eventually(async () =>
      expect((await logOf(first)).map((d) => d.status)).toEqual(['delivered', 'delivered']),
    );
    s.receiver.respond = (r) => (r.path === '/hook/modern' ? 500 : 200);
    s.clock.advance(2 * DAY);
    const second = await s.admin.inbound();
    await close(second);
    await eventually(async () => expect((await logOf(second))[1]?.lastError).toBe('HTTP 500'));
    // Four days since the first failure, but not all of them failing.
    expect((await modern())?.disabledAt).toBeNull();
    s.receiver.respond = () => 200;
    s.clock.advance(60_000);
    await eventually(async () => expect((await logOf(second))[0]?.status).toBe('delivered'));
  });

  it('is turned off after 3 days of failures, says why, gets nothing, and can be turned on', async () => {
    s.receiver.respond = (r) => (r.path === '/hook/modern' ? 503 : 200);
    const id = await s.admin.inbound();
    await close(id);
    await eventually(() => expect(s.bodies('modern', id)).toHaveLength(1));
    await sleep(50);
    s.clock.advance(3 * DAY);
    const off = s.clock.now();
    await eventually(async () => expect((await modern())?.disabledAt).toBe(off));
    expect((await modern())?.disabledReason).toBe(
      'Every delivery failed for 3 days (last: HTTP 503); turned off',
    );
    const log = await logOf(id);
    expect(log.map((d) => d.status)).toEqual(['failed', 'failed']);
    expect(log[0]?.lastError).toBe('endpoint disabled');

    // Nothing more is queued or sent to it; the other subscription still gets everything.
    const sent = s.receiver.requests.filter((r) => r.path === '/hook/modern').length;
    const later = await s.admin.inbound();
    await close(later);
    await eventually(() => expect(s.bodies('legacy', later)).toHaveLength(3));
    await sleep(100);
    expect(await logOf(later)).toEqual([]);
    expect(s.receiver.requests.filter((r) => r.path === '/hook/modern')).toHaveLength(sent);

    s.receiver.respond = () => 200;
    await (await admin()).json('PATCH', `/api/webhooks/${s.subs.modern}`, { enabled: true });
    expect(await modern()).toMatchObject({ disabledAt: null, disabledReason: null });
    const again = await s.admin.inbound();
    await close(again);
    await eventually(() => expect(s.bodies('modern', again)).toHaveLength(2));
  });
});
