// Undo that leaves no trace (SPEC 7.2): `POST /api/undo` with the token an undoable change
// answered with puts back exactly what it replaced, or refuses whole and says why.
import { describe, expect, it } from 'vitest';
import {
  bulkResultSchema,
  conversationDetailSchema,
  conversationPageSchema,
  reportSummarySchema,
  undoResultSchema,
} from '../../../src/api';
import { UNDO_WINDOW_MS } from '../../../src/domain';
import type { Client } from '../harness';
import { DAY, errorOf, getConversation, getThread, HOUR, ok, patch, type Ctx } from './helpers';

const OPEN_OLDEST = '/api/conversations?view=open&sort=oldest&limit=100';

const undo = (client: Client, token: string) => client.send('POST', '/api/undo', { token });

export function undoTests(ctx: Ctx) {
  const orgId = () => ctx().demo.acme.orgId;
  const page = async (client: Client) =>
    (await ok(await client.get(OPEN_OLDEST), conversationPageSchema)).data.map((c) => ({
      id: c.id,
      status: c.status,
      updatedAt: c.updatedAt,
      snoozedUntil: c.snoozedUntil,
    }));
  const closedInReports = async (client: Client) =>
    (
      await ok(
        await client.get(
          `/api/reports/summary?from=${ctx().now() - 30 * DAY}&to=${ctx().now() + 1}`,
        ),
        reportSummarySchema,
      )
    ).closed;
  /** A subscriber of every event, so the outbox fans out deliveries to look at. */
  const subscribe = () =>
    ctx().store.transaction((tx) =>
      tx.insertWebhook({
        orgId: orgId(),
        url: 'https://hooks.example.test/undo',
        events: ['conversation_manual_push', 'conversation_push', 'conversation_status_updated'],
        secret: 'undo-secret',
        createdAt: ctx().now(),
        legacy: true,
      }),
    );

  describe('undo', () => {
    it('a bulk close of the oldest open, undone, leaves lists, threads, reports and webhooks as before', async () => {
      const alex = await ctx().as('alex');
      const sub = await subscribe();
      ctx().advance(60_000);
      const before = await page(alex);
      const ids = before.slice(0, 25).map((c) => c.id);
      const threads = await Promise.all(ids.slice(0, 3).map((id) => getThread(alex, id)));
      const closed = await closedInReports(alex);
      const outbox = (await ctx().outbox(orgId())).length;

      const result = await ok(
        await alex.send('POST', '/api/conversations/bulk', { action: 'close', ids }),
        bulkResultSchema,
      );
      expect(result.undo?.expiresAt).toBe(ctx().now() + UNDO_WINDOW_MS);
      // Held: the close's webhooks are not due before the window has passed.
      const deliveries = await ctx().store.transaction((tx) =>
        tx.listDeliveries(orgId(), sub.id, 200),
      );
      expect(deliveries.length).toBeGreaterThan(0);
      expect(deliveries.every((d) => d.nextAttemptAt === result.undo?.expiresAt)).toBe(true);

      ctx().advance(5_000);
      const undone = await ok(await undo(alex, result.undo?.token ?? ''), undoResultSchema);
      expect(undone.data.map((c) => c.status)).toEqual(ids.map(() => 'open'));

      expect(await page(alex)).toEqual(before);
      expect(await Promise.all(ids.slice(0, 3).map((id) => getThread(alex, id)))).toEqual(threads);
      expect(await closedInReports(alex)).toBe(closed);
      expect((await ctx().outbox(orgId())).length).toBe(outbox);
      expect(
        await ctx().store.transaction((tx) => tx.listDeliveries(orgId(), sub.id, 200)),
      ).toEqual([]);
      await ctx().store.transaction((tx) => tx.deleteWebhook(orgId(), sub.id));
    });

    it('puts back a snooze and what spam remembered, with their updatedAt', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      const until = ctx().now() + 2 * HOUR;
      await alex.send('POST', `/api/conversations/${conversationId}/snooze`, { until });
      ctx().advance(1_000);
      const snoozed = await getConversation(alex, conversationId);
      const spam = await ok(
        await alex.send('POST', `/api/conversations/${conversationId}/spam`),
        conversationDetailSchema,
      );
      expect(spam).toMatchObject({ status: 'spam', statusBeforeSpam: 'open' });
      await ok(await undo(alex, spam.undo?.token ?? ''), undoResultSchema);
      const back = await getConversation(alex, conversationId);
      expect(back).toMatchObject({
        status: 'snoozed',
        snoozedUntil: until,
        statusBeforeSpam: null,
        updatedAt: snoozed.updatedAt,
      });
      expect((await getThread(alex, conversationId)).map((m) => m.body)).toEqual(
        (await getThread(alex, conversationId)).map((m) => m.body),
      );
      expect((await getThread(alex, conversationId)).some((m) => m.body.includes('spam'))).toBe(
        false,
      );
    });

    it('refuses a stale undo whole (409), naming who did what, and changes nothing', async () => {
      const alex = await ctx().as('alex');
      const sam = await ctx().as('sam');
      const { conversationId } = await ctx().inbound();
      const snooze = await ok(
        await alex.send('POST', `/api/conversations/${conversationId}/snooze`, {
          until: ctx().now() + HOUR,
        }),
        conversationDetailSchema,
      );
      ctx().advance(1_000);
      await patch(sam, conversationId, { status: 'closed' });
      const seen = await getConversation(alex, conversationId);
      const refusal = await errorOf(await undo(alex, snooze.undo?.token ?? ''));
      expect(refusal).toMatchObject({
        status: 409,
        code: 'conflict',
        message: 'Sam closed it since: not undone.',
      });
      expect(await getConversation(alex, conversationId)).toEqual(seen);
    });

    it('names the conversation in a bulk undo refused by a reply', async () => {
      const alex = await ctx().as('alex');
      const sam = await ctx().as('sam');
      const a = await ctx().inbound({ name: 'Ada Undo' });
      const b = await ctx().inbound({ name: 'Bo Undo' });
      const result = await ok(
        await alex.send('POST', '/api/conversations/bulk', {
          action: 'pending',
          ids: [a.conversationId, b.conversationId],
        }),
        bulkResultSchema,
      );
      ctx().advance(1_000);
      await sam.send('POST', `/api/conversations/${b.conversationId}/messages`, {
        type: 'chat',
        body: 'On it',
      });
      const refusal = await errorOf(await undo(alex, result.undo?.token ?? ''));
      expect(refusal).toMatchObject({
        status: 409,
        message: 'Sam replied in the conversation with Bo Undo since: not undone.',
        failed: [{ id: b.conversationId }],
      });
      expect((await getConversation(alex, a.conversationId)).status).toBe('pending');
    });

    it('answers 410 after the window, 403 to another agent, 404 to another org or no such token', async () => {
      const alex = await ctx().as('alex');
      const sam = await ctx().as('sam');
      const gina = await ctx().as('gina');
      const { conversationId } = await ctx().inbound();
      const closed = await ok(
        await patch(alex, conversationId, { status: 'closed' }),
        conversationDetailSchema,
      );
      const token = closed.undo?.token ?? '';
      expect(await errorOf(await undo(sam, token))).toMatchObject({ status: 403 });
      expect(await errorOf(await undo(gina, token))).toMatchObject({ status: 404 });
      expect(await errorOf(await undo(alex, 'no-such-token'))).toMatchObject({ status: 404 });
      expect(await errorOf(await alex.send('POST', '/api/undo', {}))).toMatchObject({
        status: 400,
      });
      ctx().advance(UNDO_WINDOW_MS + 1);
      expect(await errorOf(await undo(alex, token))).toMatchObject({
        status: 410,
        code: 'gone',
      });
      expect((await getConversation(alex, conversationId)).status).toBe('closed');
    });

    it('holds a close out of reports until its window has passed, then counts it', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      const closedBefore = await closedInReports(alex);
      const byStatus = async () =>
        (
          await ok(
            await alex.get(
              `/api/reports/summary?from=${ctx().now() - 30 * DAY}&to=${ctx().now() + 1}`,
            ),
            reportSummarySchema,
          )
        ).byStatus;
      const statusBefore = await byStatus();
      await ok(await patch(alex, conversationId, { status: 'closed' }), conversationDetailSchema);
      ctx().advance(UNDO_WINDOW_MS);
      // Still inside the window: the report is as it was.
      expect(await closedInReports(alex)).toBe(closedBefore);
      expect(await byStatus()).toEqual(statusBefore);
      ctx().advance(1);
      expect(await closedInReports(alex)).toBe(closedBefore + 1);
      expect((await byStatus()).closed).toBe(statusBefore.closed + 1);
    });

    it('the clock releases held figures, and a later move makes them final at once', async () => {
      const alex = await ctx().as('alex');
      const sam = await ctx().as('sam');
      const { conversationId } = await ctx().inbound();
      const closed = await ok(
        await patch(alex, conversationId, { status: 'closed' }),
        conversationDetailSchema,
      );
      const stored = () => ctx().store.transaction((tx) => tx.getMetrics(orgId(), conversationId));
      expect(await stored()).toMatchObject({ status: 'open', closedAt: null });
      ctx().advance(1_000);
      // Sam reopens: Alex's close can no longer be undone, so it counts from now on; Sam's own
      // reopen is held in its turn.
      await ok(await patch(sam, conversationId, { status: 'open' }), conversationDetailSchema);
      expect(await stored()).toMatchObject({ status: 'closed', closedAt: closed.updatedAt });
      expect(await errorOf(await undo(alex, closed.undo?.token ?? ''))).toMatchObject({
        status: 409,
      });
      ctx().advance(UNDO_WINDOW_MS + 1);
      await ctx().tick();
      expect(await stored()).toMatchObject({ status: 'open', closedAt: closed.updatedAt });
    });

    it('prunes undo records with the change feed, a day on', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      const closed = await ok(
        await patch(alex, conversationId, { status: 'closed' }),
        conversationDetailSchema,
      );
      const token = closed.undo?.token ?? '';
      const record = () => ctx().store.transaction((tx) => tx.getUndo(token));
      expect(await record()).not.toBeNull();
      ctx().advance(DAY + HOUR);
      await ctx().tick();
      expect(await record()).toBeNull();
    });

    it('offers no undo for what it would not put back (a priority, a tag)', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      const changed = await ok(
        await patch(alex, conversationId, { priority: 'high' }),
        conversationDetailSchema,
      );
      expect(changed.undo).toBeUndefined();
      const tagged = await ok(
        await alex.send('POST', '/api/conversations/bulk', {
          action: 'tag',
          name: 'undo-free',
          ids: [conversationId],
        }),
        bulkResultSchema,
      );
      expect(tagged.undo).toBeUndefined();
    });
  });
}
