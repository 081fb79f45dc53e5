// Links and tickets; tags and followers; the report summary.
import { describe, expect, it } from 'vitest';
import { conversationDetailSchema, reportSummarySchema } from '../../../src/api';
import { UNDO_WINDOW_MS } from '../../../src/domain';
import { errorOf, HOUR, ok, patch, type Ctx } from './helpers';

export function linkAndReportTests(ctx: Ctx) {
  describe('links and tickets', () => {
    it('links an existing conversation or ticket, or creates a ticket from a title', async () => {
      const alex = await ctx().as('alex');
      const a = (await ctx().inbound()).conversationId;
      const b = (await ctx().inbound()).conversationId;
      const link = (id: number, body: unknown) =>
        alex.send('POST', `/api/conversations/${id}/links`, body);
      const withConversation = await ok(
        await link(a, { type: 'conversation', id: b }),
        conversationDetailSchema,
      );
      expect(withConversation.links).toEqual([{ type: 'conversation', id: b }]);
      const withTicket = await ok(
        await link(a, { type: 'ticket', title: 'Investigate' }),
        conversationDetailSchema,
      );
      const ticket = withTicket.links.find((l) => l.type === 'ticket');
      expect(ticket?.id).toEqual(expect.any(Number));
      const onB = await ok(
        await link(b, { type: 'ticket', id: ticket?.id }),
        conversationDetailSchema,
      );
      expect(onB.links).toEqual([{ type: 'ticket', id: ticket?.id }]);
      // Linking again changes nothing.
      expect(
        (await ok(await link(b, { type: 'ticket', id: ticket?.id }), conversationDetailSchema))
          .version,
      ).toBe(onB.version);
    });

    it("refuses links to what does not exist, another org's conversation or itself (422), and bad bodies (400)", async () => {
      const alex = await ctx().as('alex');
      const a = (await ctx().inbound()).conversationId;
      const foreign = (await ctx().inbound({ token: 'globex-demo-inbox-token' })).conversationId;
      const link = (body: unknown) => alex.send('POST', `/api/conversations/${a}/links`, body);
      expect(await errorOf(await link({ type: 'conversation', id: 999_999 }))).toMatchObject({
        status: 422,
        code: 'rejected',
      });
      expect(await errorOf(await link({ type: 'conversation', id: foreign }))).toMatchObject({
        status: 422,
        code: 'rejected',
      });
      expect(await errorOf(await link({ type: 'conversation', id: a }))).toMatchObject({
        status: 422,
        code: 'rejected',
      });
      expect(await errorOf(await link({ type: 'ticket', id: 999_999 }))).toMatchObject({
        status: 422,
        code: 'rejected',
      });
      for (const body of [
        { type: 'issue', id: 1 },
        { type: 'ticket' },
        { type: 'ticket', title: '' },
        { type: 'conversation', title: 'x' },
      ]) {
        expect(await errorOf(await link(body))).toMatchObject({ status: 400, code: 'bad_request' });
      }
    });
  });

  describe('tags and followers', () => {
    it('adds a tag (with a colour when none is given), ignores a duplicate in any case, removes it by name', async () => {
      const alex = await ctx().as('alex');
      const id = (await ctx().inbound()).conversationId;
      const tagged = await ok(
        await alex.send('POST', `/api/conversations/${id}/tags`, { name: 'Needs Review' }),
        conversationDetailSchema,
      );
      expect(tagged.conversationTags).toEqual([
        { name: 'Needs Review', color: expect.stringMatching(/^#[0-9a-f]{6}$/i) },
      ]);
      const again = await ok(
        await alex.send('POST', `/api/conversations/${id}/tags`, {
          name: 'needs review',
          color: '#000000',
        }),
        conversationDetailSchema,
      );
      expect(again.version).toBe(tagged.version);
      expect(
        await errorOf(
          await alex.send('POST', `/api/conversations/${id}/tags`, { name: 'x', color: 'red' }),
        ),
      ).toMatchObject({ status: 400, code: 'bad_request' });
      const removed = await ok(
        await alex.send(
          'DELETE',
          `/api/conversations/${id}/tags/${encodeURIComponent('Needs Review')}`,
        ),
        conversationDetailSchema,
      );
      expect(removed.conversationTags).toEqual([]);
    });

    it('follows and unfollows as the signed-in agent', async () => {
      const sam = await ctx().as('sam');
      const id = (await ctx().inbound()).conversationId;
      const samId = ctx().demo.acme.agents['sam']?.id;
      expect(
        (
          await ok(
            await sam.send('POST', `/api/conversations/${id}/followers`),
            conversationDetailSchema,
          )
        ).followers,
      ).toEqual([samId]);
      expect(
        (
          await ok(
            await sam.send('DELETE', `/api/conversations/${id}/followers/me`),
            conversationDetailSchema,
          )
        ).followers,
      ).toEqual([]);
    });
  });

  describe('reports', () => {
    it('counts created and closed, by status, with median first response and time to close', async () => {
      const alex = await ctx().as('alex');
      ctx().advance(HOUR);
      const from = ctx().now();
      const ids: number[] = [];
      for (const wait of [10, 30, 50]) {
        const { conversationId } = await ctx().inbound();
        ids.push(conversationId);
        ctx().advance(wait * 60_000);
        await alex.send('POST', `/api/conversations/${conversationId}/messages`, {
          type: 'chat',
          body: 'answer',
        });
      }
      ctx().advance(60_000);
      await patch(alex, ids[0] ?? 0, { status: 'closed' });
      await alex.send('POST', `/api/conversations/${ids[2]}/spam`);
      // Reports count the close and the spam once they can no longer be undone.
      ctx().advance(UNDO_WINDOW_MS + 1);
      const report = await ok(
        await alex.get(`/api/reports/summary?from=${from}&to=${ctx().now() + 1}`),
        reportSummarySchema,
      );
      expect(report).toMatchObject({
        created: 3,
        closed: 1,
        deletedWithMetrics: 0,
        medianFirstResponseMs: 30 * 60_000,
      });
      expect(report.byStatus).toMatchObject({ open: 1, closed: 1, spam: 1 });
      expect(report.medianTimeToCloseMs).toBe((10 + 30 + 50 + 1) * 60_000);
      const gina = await ctx().as('gina');
      expect(
        (
          await ok(
            await gina.get(`/api/reports/summary?from=${from}&to=${ctx().now() + 1}`),
            reportSummarySchema,
          )
        ).created,
      ).toBe(0);
    });

    it('covers the last 30 days by default and answers 400 for a bad range', async () => {
      const alex = await ctx().as('alex');
      const report = await ok(await alex.get('/api/reports/summary'), reportSummarySchema);
      expect(report.to - report.from).toBe(30 * 24 * HOUR);
      expect(report.created).toBeGreaterThan(0);
      for (const q of ['from=abc', 'from=10&to=5', 'from=-1', 'from=0&to=99999999999999']) {
        expect(await errorOf(await alex.get(`/api/reports/summary?${q}`))).toMatchObject({
          status: 400,
          code: 'bad_request',
        });
      }
    });
  });
}
