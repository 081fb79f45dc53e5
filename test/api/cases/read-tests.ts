// The inbox: views, sort, filters, keyset pages, counts, one conversation and its thread.
import { describe, expect, it } from 'vitest';
import {
  conversationDetailSchema as getConversationSchema,
  countsSchema,
  messagePageSchema,
  type ConversationRow,
} from '../../../src/api';
import { inView, VIEWS } from '../../../src/domain';
import {
  errorOf,
  getConversation,
  ok,
  patch,
  listPage as page,
  walkList as walk,
  type Ctx,
} from './helpers';

export function readTests(ctx: Ctx) {
  describe('listing conversations', () => {
    it('defaults to the open view, newest first, 50 a page, rows with contact and last message', async () => {
      const alex = await ctx().as('alex');
      const open = (await ok(await alex.get('/api/conversations/counts'), countsSchema)).open;
      for (let i = open; i < 55; i += 1) await ctx().inbound();
      const p = await page(alex, '');
      expect(p.data).toHaveLength(50);
      expect(p.next).toEqual(expect.any(String));
      expect(p.data.every((c) => c.status === 'open' && c.orgId === ctx().demo.acme.orgId)).toBe(
        true,
      );
      const times = p.data.map((c) => c.updatedAt);
      expect(times).toEqual([...times].sort((a, b) => b - a));
      const row = p.data[0];
      expect(row?.contact.email).toMatch(/@/);
      expect(row?.lastMessage?.type === 'chat' || row?.lastMessage?.type === 'note').toBe(true);
    });

    it('answers a page asked again after a change with the change, whoever made it', async () => {
      const alex = await ctx().as('alex');
      const sam = await ctx().as('sam');
      const { conversationId: id, email } = await ctx().inbound({ body: 'First words' });
      const openPage = () => page(alex, 'view=open&sort=newest&limit=100');
      const row = async () => (await openPage()).data.find((c) => c.id === id);
      // Asked twice, so the second may be answered from what the first read.
      expect((await row())?.lastMessage?.body).toBe('First words');
      expect((await row())?.lastMessage?.body).toBe('First words');
      // Another agent's change.
      await ok(await patch(sam, id, { priority: 'urgent' }), getConversationSchema);
      expect((await row())?.priority).toBe('urgent');
      // The contact writes again.
      await ctx().inbound({ conversationId: id, email, body: 'Second words' });
      expect((await row())?.lastMessage?.body).toBe('Second words');
      // Snoozed, then woken (the clock's wake-up goes through the same feed; its tick here would
      // also wake the demo data's snoozes, which the next tests count on).
      const until = ctx().now() + 60_000;
      await ok(
        await sam.send('POST', `/api/conversations/${id}/snooze`, { until }),
        getConversationSchema,
      );
      expect(await row()).toBeUndefined();
      await ok(await sam.send('DELETE', `/api/conversations/${id}/snooze`), getConversationSchema);
      expect((await row())?.status).toBe('open');
    });

    it('each view holds only its statuses; all is everything but spam', async () => {
      const alex = await ctx().as('alex');
      for (const view of VIEWS) {
        const rows = await walk(alex, `view=${view}&limit=100`);
        expect({
          view,
          some: rows.length > 0,
          allInView: rows.every((c) => inView(c.status, view)),
        }).toEqual({ view, some: true, allInView: true });
      }
    });

    it('sorts oldest first as the exact reverse of newest first', async () => {
      const alex = await ctx().as('alex');
      const newest = await walk(alex, 'view=closed&limit=100');
      const oldest = await walk(alex, 'view=closed&sort=oldest&limit=100');
      expect(oldest.map((c) => c.id)).toEqual(newest.map((c) => c.id).reverse());
    });

    it('walks every page of a view once, with no row twice', async () => {
      const alex = await ctx().as('alex');
      const counts = await ok(await alex.get('/api/conversations/counts'), countsSchema);
      const rows = await walk(alex, 'view=all&limit=7');
      expect(new Set(rows.map((c) => c.id)).size).toBe(rows.length);
      expect(rows.length).toBe(counts.all);
    });

    it('keeps pages stable when rows change between them: no duplicates, no unchanged row missed', async () => {
      const alex = await ctx().as('alex');
      const ids: number[] = [];
      for (let i = 0; i < 6; i += 1)
        ids.push((await ctx().inbound({ body: `page test ${i}` })).conversationId);
      for (const id of ids) {
        ctx().advance(1000);
        expect(
          (await alex.send('POST', `/api/conversations/${id}/tags`, { name: 'pagetest' })).status,
        ).toBe(200);
        // Tagging does not move updatedAt; a reply does, and gives each row its own time.
        expect(
          (
            await alex.send('POST', `/api/conversations/${id}/messages`, {
              type: 'chat',
              body: 'ok',
            })
          ).status,
        ).toBe(201);
      }
      const first = await page(alex, 'view=open&tag=pagetest&limit=3');
      expect(first.data.map((c) => c.id)).toEqual([...ids].reverse().slice(0, 3));
      // One row of page 1 and one of page 2 jump to the top.
      ctx().advance(1000);
      await alex.send('POST', `/api/conversations/${ids[5]}/messages`, {
        type: 'chat',
        body: 'bump 1',
      });
      await alex.send('POST', `/api/conversations/${ids[1]}/messages`, {
        type: 'chat',
        body: 'bump 2',
      });
      const second = await page(alex, `view=open&tag=pagetest&limit=3&cursor=${first.next}`);
      const seen = [...first.data, ...second.data].map((c) => c.id);
      expect(new Set(seen).size).toBe(seen.length);
      expect(second.data.map((c) => c.id)).toEqual([ids[2], ids[0]]);
      expect(second.next).toBeNull();
    });

    it('filters by tag, assignee (me, none, an id) and text', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound({
        name: 'Zebulon Quartz',
        body: 'my flux capacitor is broken',
      });
      const alexId = ctx().demo.acme.agents['alex']?.id;
      await patch(alex, conversationId, { assigneeId: alexId });
      await alex.send('POST', `/api/conversations/${conversationId}/tags`, { name: 'Quartz-Tag' });
      const ids = (rows: ConversationRow[]) => rows.map((c) => c.id);
      expect(ids((await page(alex, 'view=all&tag=quartz-tag')).data)).toEqual([conversationId]);
      expect(ids((await page(alex, 'view=all&q=zebulon')).data)).toEqual([conversationId]);
      expect(ids((await page(alex, 'view=all&q=FLUX%20capacitor')).data)).toEqual([conversationId]);
      const mine = await walk(alex, 'view=all&assignee=me&limit=100');
      expect(mine.every((c) => c.assigneeId === alexId)).toBe(true);
      expect(ids(mine)).toContain(conversationId);
      expect(ids(await walk(alex, `view=all&assignee=${alexId}&limit=100`))).toEqual(ids(mine));
      const none = await walk(alex, 'view=all&assignee=none&limit=100');
      expect(none.length).toBeGreaterThan(0);
      expect(none.every((c) => c.assigneeId === null)).toBe(true);
    });

    it('answers 400 for a bad view, sort, limit or cursor', async () => {
      const alex = await ctx().as('alex');
      for (const query of [
        'view=trash',
        'sort=sideways',
        'limit=101',
        'limit=0',
        'limit=abc',
        'limit=1.5',
        'cursor=not-a-cursor',
        'assignee=someone',
      ]) {
        expect(await errorOf(await alex.get(`/api/conversations?${query}`))).toMatchObject({
          status: 400,
          code: 'bad_request',
        });
      }
      expect((await alex.get('/api/conversations?limit=100')).status).toBe(200);
    });
  });

  describe('counts', () => {
    it('counts every view, and follows a status change', async () => {
      const alex = await ctx().as('alex');
      const before = await ok(await alex.get('/api/conversations/counts'), countsSchema);
      expect(before.all).toBeGreaterThanOrEqual(
        before.open + before.pending + before.snoozed + before.closed,
      );
      expect(before.open).toBeGreaterThanOrEqual(30);
      const { conversationId } = await ctx().inbound();
      await patch(alex, conversationId, { status: 'pending' });
      const after = await ok(await alex.get('/api/conversations/counts'), countsSchema);
      expect(after).toEqual({ ...before, pending: before.pending + 1, all: before.all + 1 });
    });
  });

  describe('one conversation', () => {
    it('answers the conversation with its contact', async () => {
      const alex = await ctx().as('alex');
      const { conversationId, email } = await ctx().inbound({ name: 'Dana Scully' });
      const c = await getConversation(alex, conversationId);
      expect(c).toMatchObject({
        id: conversationId,
        status: 'open',
        version: 1,
        contact: { name: 'Dana Scully', email },
      });
    });

    it('pages the thread oldest first with a cursor', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound({ body: 'first' });
      for (const body of ['second', 'third', 'fourth']) {
        ctx().advance(1000);
        await alex.send('POST', `/api/conversations/${conversationId}/messages`, {
          type: 'chat',
          body,
        });
      }
      const one = await ok(
        await alex.get(`/api/conversations/${conversationId}/messages?limit=3`),
        messagePageSchema,
      );
      expect(one.data.map((m) => m.body)).toEqual(['first', 'second', 'third']);
      const two = await ok(
        await alex.get(`/api/conversations/${conversationId}/messages?limit=3&cursor=${one.next}`),
        messagePageSchema,
      );
      expect(two.data.map((m) => m.body)).toEqual(['fourth']);
      expect(two.next).toBeNull();
      expect(
        await errorOf(await alex.get(`/api/conversations/${conversationId}/messages?cursor=zzz`)),
      ).toMatchObject({ status: 400, code: 'bad_request' });
    });
  });
}
