// Snooze and unsnooze, spam and restore, and sync, through their one-click routes.
import { describe, expect, it } from 'vitest';
import { conversationDetailSchema, conversationPageSchema } from '../../../src/api';
import { DAY, errorOf, getConversation, getThread, HOUR, ok, patch, type Ctx } from './helpers';

export function snoozeSpamTests(ctx: Ctx) {
  describe('snooze', () => {
    it('snoozes until a future time; the conversation leaves the open view', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      const until = ctx().now() + 2 * HOUR;
      const c = await ok(
        await alex.send('POST', `/api/conversations/${conversationId}/snooze`, { until }),
        conversationDetailSchema,
      );
      expect(c).toMatchObject({ status: 'snoozed', snoozedUntil: until });
      const open = await ok(
        await alex.get('/api/conversations?view=open&limit=100'),
        conversationPageSchema,
      );
      expect(open.data.map((r) => r.id)).not.toContain(conversationId);
      const snoozed = await ok(
        await alex.get('/api/conversations?view=snoozed&limit=100'),
        conversationPageSchema,
      );
      expect(snoozed.data.map((r) => r.id)).toContain(conversationId);
    });

    it('refuses a time in the past (422) and a closed conversation (422)', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      expect(
        await errorOf(
          await alex.send('POST', `/api/conversations/${conversationId}/snooze`, {
            until: ctx().now() - 1,
          }),
        ),
      ).toMatchObject({
        status: 422,
        code: 'rejected',
        message: expect.stringContaining('future'),
      });
      expect(
        await errorOf(
          await alex.send('POST', `/api/conversations/${conversationId}/snooze`, {
            until: ctx().now(),
          }),
        ),
      ).toMatchObject({ status: 422, code: 'rejected' });
      await patch(alex, conversationId, { status: 'closed' });
      expect(
        await errorOf(
          await alex.send('POST', `/api/conversations/${conversationId}/snooze`, {
            until: ctx().now() + HOUR,
          }),
        ),
      ).toMatchObject({ status: 422, code: 'rejected' });
      expect(
        await errorOf(
          await alex.send('POST', `/api/conversations/${conversationId}/snooze`, {
            until: 'tomorrow',
          }),
        ),
      ).toMatchObject({ status: 400, code: 'bad_request' });
    });

    it('unsnoozes (DELETE) and setting a status both clear snoozedUntil', async () => {
      const alex = await ctx().as('alex');
      const a = (await ctx().inbound()).conversationId;
      const b = (await ctx().inbound()).conversationId;
      for (const id of [a, b])
        await alex.send('POST', `/api/conversations/${id}/snooze`, { until: ctx().now() + DAY });
      const woken = await ok(
        await alex.send('DELETE', `/api/conversations/${a}/snooze`),
        conversationDetailSchema,
      );
      expect(woken).toMatchObject({ status: 'open', snoozedUntil: null });
      const pending = await ok(
        await patch(alex, b, { status: 'pending' }),
        conversationDetailSchema,
      );
      expect(pending).toMatchObject({ status: 'pending', snoozedUntil: null });
      // Unsnoozing what is not snoozed leaves it as it is.
      expect(
        (
          await ok(
            await alex.send('DELETE', `/api/conversations/${b}/snooze`),
            conversationDetailSchema,
          )
        ).version,
      ).toBe(pending.version);
    });

    it('wakes up when the clock reaches snoozedUntil ("Snooze ended")', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      await alex.send('POST', `/api/conversations/${conversationId}/snooze`, {
        until: ctx().now() + HOUR,
      });
      const inView = async (view: string) =>
        (
          await ok(
            await alex.get(`/api/conversations?view=${view}&limit=100`),
            conversationPageSchema,
          )
        ).data.some((row) => row.id === conversationId);
      await ctx().tick();
      expect((await getConversation(alex, conversationId)).status).toBe('snoozed');
      // Asked before the wake-up, so a page kept from then must not answer after it.
      expect(await inView('snoozed')).toBe(true);
      expect(await inView('snoozed')).toBe(true);
      ctx().advance(HOUR);
      await ctx().tick();
      expect(await getConversation(alex, conversationId)).toMatchObject({
        status: 'open',
        snoozedUntil: null,
      });
      expect(await inView('snoozed')).toBe(false);
      expect(await inView('open')).toBe(true);
      expect((await getThread(alex, conversationId)).map((m) => m.body)).toContain('Snooze ended');
    });
  });

  describe('spam', () => {
    it('marks spam from any status, refuses status changes ("restore it first"), restores the remembered status', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      await patch(alex, conversationId, { status: 'pending' });
      const spam = await ok(
        await alex.send('POST', `/api/conversations/${conversationId}/spam`),
        conversationDetailSchema,
      );
      expect(spam).toMatchObject({ status: 'spam', statusBeforeSpam: 'pending' });
      expect(await errorOf(await patch(alex, conversationId, { status: 'open' }))).toMatchObject({
        status: 422,
        code: 'rejected',
        message: expect.stringContaining('restore it first'),
      });
      expect(
        await errorOf(
          await alex.send('POST', `/api/conversations/${conversationId}/snooze`, {
            until: ctx().now() + HOUR,
          }),
        ),
      ).toMatchObject({
        status: 422,
        code: 'rejected',
        message: expect.stringContaining('restore it first'),
      });
      const back = await ok(
        await alex.send('DELETE', `/api/conversations/${conversationId}/spam`),
        conversationDetailSchema,
      );
      expect(back).toMatchObject({ status: 'pending', statusBeforeSpam: null });
    });

    it('refuses to restore a conversation that is not spam (422)', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      expect(
        await errorOf(await alex.send('DELETE', `/api/conversations/${conversationId}/spam`)),
      ).toMatchObject({ status: 422, code: 'rejected' });
    });
  });

  describe('sync', () => {
    it('answers 202, changes nothing and queues manual push, push and the legacy closed', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      const before = await ctx().outbox(ctx().demo.acme.orgId);
      const res = await alex.send('POST', `/api/conversations/${conversationId}/sync`);
      expect(res.status).toBe(202);
      expect(await getConversation(alex, conversationId)).toMatchObject({
        status: 'open',
        version: 1,
      });
      const added = (await ctx().outbox(ctx().demo.acme.orgId))
        .slice(before.length)
        .map((e) => e.payload);
      expect(added).toEqual([
        {
          orgId: ctx().demo.acme.orgId,
          type: 'conversation_manual_push',
          data: { conversationId, lastUpdated: expect.any(Number) },
        },
        {
          orgId: ctx().demo.acme.orgId,
          type: 'conversation_push',
          data: { conversationId, lastUpdated: expect.any(Number) },
        },
        {
          orgId: ctx().demo.acme.orgId,
          type: 'conversation_status_updated',
          data: { conversationId, status: 'closed', changedAt: ctx().now() },
        },
      ]);
    });
  });
}
