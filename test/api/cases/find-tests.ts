// Finding conversations (SPEC 7.3): full-text search, sort=waiting, the channel, priority, team
// and mentions filters, the org's tags.
import { describe, expect, it } from 'vitest';
import { conversationDetailSchema, tagListSchema, type ConversationRow } from '../../../src/api';
import type { Client } from '../harness';
import { DAY, errorOf, ok, patch, listPage as page, walkList as walk, type Ctx } from './helpers';

const ids = (rows: readonly ConversationRow[]) => rows.map((c) => c.id);

export function findTests(ctx: Ctx) {
  describe('search', () => {
    it('finds a year-old message, a note, an email, a ticket title and #id, first', async () => {
      let alex = await ctx().as('alex');
      const old = await ctx().inbound({
        name: 'Orla Quibble',
        email: 'orla.quibble@oldcustomer.test',
        body: 'The gyroscope arrived dented',
      });
      await patch(alex, old.conversationId, { status: 'closed' });
      ctx().advance(400 * DAY);
      // A year on, the session has long expired.
      alex = await ctx().as('alex');
      const recent = await ctx().inbound({ body: 'A question about my gyroscope' });
      await alex.send('POST', `/api/conversations/${old.conversationId}/messages`, {
        type: 'note',
        body: 'Finance approved the xyzzyplugh refund',
      });
      await alex.send('POST', `/api/conversations/${old.conversationId}/links`, {
        type: 'ticket',
        title: 'Replace the hinge assembly',
      });

      // No time limit: both, whatever their age; the dented one alone for both words.
      expect(ids(await walk(alex, 'view=all&q=gyroscope')).sort()).toEqual(
        [old.conversationId, recent.conversationId].sort(),
      );
      for (const q of [
        'DENTED gyroscope',
        'xyzzyplugh',
        'orla.quibble@oldcustomer.test',
        'quibble',
        'hinge assembly',
        `#${old.conversationId}`,
      ]) {
        const found = await page(alex, `view=all&q=${encodeURIComponent(q)}`);
        expect({ q, first: found.data[0]?.id }).toEqual({ q, first: old.conversationId });
      }
      // The last word is a prefix, so results follow the typing; an earlier word is whole.
      expect(ids((await page(alex, 'view=all&q=dented%20gyro')).data)).toEqual([
        old.conversationId,
      ]);
      expect((await page(alex, 'view=all&q=dent%20gyroscope')).data).toEqual([]);
      // Combined with the view: it is closed.
      expect(ids((await page(alex, 'view=open&q=dented')).data)).toEqual([]);
      expect(ids((await page(alex, 'view=closed&q=dented')).data)).toEqual([old.conversationId]);
    });

    it('ranks the contact above a mention in a message, best first with no sort', async () => {
      const alex = await ctx().as('alex');
      const mention = await ctx().inbound({ body: 'Please ask Pemberwick about it' });
      ctx().advance(1000);
      const named = await ctx().inbound({ name: 'Lydia Pemberwick', body: 'Hello' });
      ctx().advance(1000);
      const later = await ctx().inbound({ body: 'Pemberwick said hi' });
      const best = await page(alex, 'view=all&q=pemberwick');
      expect(best.data[0]?.id).toBe(named.conversationId);
      expect(ids(best.data).sort()).toEqual(
        [mention.conversationId, named.conversationId, later.conversationId].sort(),
      );
      // With a sort, the sort decides.
      const newest = await page(alex, 'view=all&q=pemberwick&sort=newest');
      expect(ids(newest.data)).toEqual([
        later.conversationId,
        named.conversationId,
        mention.conversationId,
      ]);
    });

    it('pages best-first results by keyset: every match once, in the single page order', async () => {
      const alex = await ctx().as('alex');
      for (let i = 0; i < 7; i += 1) {
        await ctx().inbound({ body: `wombat ${'wombat '.repeat(i)}report ${i}` });
        ctx().advance(1000);
      }
      const whole = await page(alex, 'view=all&q=wombat&limit=100');
      expect(whole.data).toHaveLength(7);
      const ranks = whole.data.map((r) => r.rank ?? 0);
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
      const paged = await walk(alex, 'view=all&q=wombat&limit=2');
      expect(ids(paged)).toEqual(ids(whole.data));
    });

    it('never finds another org’s conversations', async () => {
      const gina = await ctx().as('gina');
      const alex = await ctx().as('alex');
      const globex = await ctx().inbound({
        token: ctx().demo.globex.token,
        body: 'The quasar widget is humming',
      });
      expect(ids((await page(gina, 'view=all&q=quasar')).data)).toEqual([globex.conversationId]);
      expect((await page(alex, 'view=all&q=quasar')).data).toEqual([]);
      expect((await page(alex, `view=all&q=%23${globex.conversationId}`)).data).toEqual([]);
    });

    it('refuses a cursor of another order', async () => {
      const alex = await ctx().as('alex');
      const first = await page(alex, 'view=all&sort=newest&limit=1');
      expect(
        await errorOf(
          await alex.get(`/api/conversations?view=all&sort=waiting&cursor=${first.next}`),
        ),
      ).toMatchObject({ status: 400, code: 'bad_request' });
    });
  });

  describe('sort=waiting', () => {
    it('puts the longest-waiting contact first and every answered conversation after', async () => {
      const alex = await ctx().as('alex');
      const tag = (id: number) =>
        alex.send('POST', `/api/conversations/${id}/tags`, { name: 'waittest' });
      // Answered, then the first to write: an answered conversation sorts after every waiting one.
      const answered = await ctx().inbound({ body: 'will be answered' });
      ctx().advance(60_000);
      const firstAt = ctx().now();
      const first = await ctx().inbound({ body: 'waiting since first' });
      ctx().advance(60_000);
      const second = await ctx().inbound({ body: 'waiting since second' });
      for (const c of [first, second, answered]) await tag(c.conversationId);
      await alex.send('POST', `/api/conversations/${answered.conversationId}/messages`, {
        type: 'chat',
        body: 'Here is your answer',
      });
      // A second message does not make the first contact's wait shorter.
      ctx().advance(60_000);
      await ctx().inbound({
        conversationId: first.conversationId,
        email: first.email,
        body: 'hello?',
      });
      const detailOf = async (id: number) =>
        ok(await alex.get(`/api/conversations/${id}`), conversationDetailSchema);
      expect((await detailOf(first.conversationId)).waitingSince).toBe(firstAt);

      const order = [first.conversationId, second.conversationId, answered.conversationId];
      expect(ids(await walk(alex, 'view=all&tag=waittest&sort=waiting&limit=100'))).toEqual(order);
      expect(ids(await walk(alex, 'view=all&tag=waittest&sort=waiting&limit=1'))).toEqual(order);
      expect((await detailOf(answered.conversationId)).waitingSince).toBeNull();

      // An answer to the first moves it after the one still waiting.
      await alex.send('POST', `/api/conversations/${first.conversationId}/messages`, {
        type: 'chat',
        body: 'Sorry for the wait',
      });
      expect(ids(await walk(alex, 'view=all&tag=waittest&sort=waiting&limit=100'))).toEqual([
        second.conversationId,
        answered.conversationId,
        first.conversationId,
      ]);
    });
  });

  describe('filters and tags', () => {
    it('filters by channel, priority, team and mentions', async () => {
      const alex = await ctx().as('alex');
      const sam = await ctx().as('sam');
      const team = ctx().demo.acme.teams[0];
      const email = await ctx().inbound({ channel: 'email', body: 'filtertest email' });
      const chat = await ctx().inbound({ channel: 'chat', body: 'filtertest chat' });
      await patch(alex, email.conversationId, { priority: 'urgent', teamId: team?.id ?? null });
      await sam.send('POST', `/api/conversations/${chat.conversationId}/messages`, {
        type: 'note',
        body: '@alex can you look at this filtertest?',
      });
      const q = 'view=all&q=filtertest&limit=100';
      expect(ids(await walk(alex, `${q}&channel=email`))).toEqual([email.conversationId]);
      expect(ids(await walk(alex, `${q}&channel=chat`))).toEqual([chat.conversationId]);
      expect(ids(await walk(alex, `${q}&priority=urgent`))).toEqual([email.conversationId]);
      expect(ids(await walk(alex, `${q}&team=${team?.id}`))).toEqual([email.conversationId]);
      expect(ids(await walk(alex, `${q}&team=none`))).toEqual([chat.conversationId]);
      expect(ids(await walk(alex, `${q}&mentions=me`))).toEqual([chat.conversationId]);
      expect(await walk(sam, `${q}&mentions=me`)).toEqual([]);
      for (const bad of ['channel=fax', 'priority=extreme', 'team=abc', 'mentions=none']) {
        expect(await errorOf(await alex.get(`/api/conversations?${bad}`))).toMatchObject({
          status: 400,
          code: 'bad_request',
        });
      }
    });

    it('lists every tag of the org with its color and use count', async () => {
      const alex = await ctx().as('alex');
      const gina = await ctx().as('gina');
      const count = async (client: Client, name: string) =>
        (await ok(await client.get('/api/tags'), tagListSchema)).data.find(
          (t) => t.name.toLowerCase() === name,
        );
      const a = await ctx().inbound();
      const b = await ctx().inbound();
      await alex.send('POST', `/api/conversations/${a.conversationId}/tags`, {
        name: 'tagcount',
        color: '#ef4444',
      });
      expect(await count(alex, 'tagcount')).toEqual({
        name: 'tagcount',
        color: '#ef4444',
        count: 1,
      });
      await alex.send('POST', `/api/conversations/${b.conversationId}/tags`, {
        name: 'tagcount',
        color: '#ef4444',
      });
      expect((await count(alex, 'tagcount'))?.count).toBe(2);
      expect(await count(gina, 'tagcount')).toBeUndefined();
    });
  });
}
