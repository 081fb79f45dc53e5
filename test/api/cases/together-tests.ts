// SPEC 7.5: presence in a conversation (a signal, never a write) and each agent's notifications.
import { describe, expect, it } from 'vitest';
import { notificationListSchema, presenceEventSchema } from '../../../src/api';
import type { Client } from '../harness';
import { errorOf, getConversation, ok, patch, readSse, walkList, type Ctx } from './helpers';

const notificationsOf = async (client: Client) =>
  ok(await client.get('/api/notifications'), notificationListSchema);

const note = (client: Client, id: number, body: string) =>
  client.send('POST', `/api/conversations/${id}/messages`, { type: 'note', body });

const presence = (client: Client, id: number, state: unknown) =>
  client.send('POST', `/api/conversations/${id}/presence`, { state });

export function togetherTests(ctx: Ctx) {
  const agentId = (who: 'alex' | 'sam') => ctx().demo.acme.agents[who]?.id ?? 0;

  describe('presence', () => {
    it('lists the other agents in a conversation, typing or viewing, and leaves the caller out', async () => {
      const [alex, sam] = [await ctx().as('alex'), await ctx().as('sam')];
      const { conversationId } = await ctx().inbound();
      const before = await getConversation(alex, conversationId);
      expect(before.viewers).toEqual([]);

      expect((await presence(sam, conversationId, 'viewing')).status).toBe(204);
      expect((await presence(alex, conversationId, 'viewing')).status).toBe(204);
      expect((await getConversation(alex, conversationId)).viewers).toEqual([
        { agentId: agentId('sam'), name: 'Sam', typing: false },
      ]);
      expect((await getConversation(sam, conversationId)).viewers?.map((v) => v.agentId)).toEqual([
        agentId('alex'),
      ]);

      await presence(sam, conversationId, 'typing');
      expect((await getConversation(alex, conversationId)).viewers).toEqual([
        { agentId: agentId('sam'), name: 'Sam', typing: true },
      ]);

      // Neither the conversation's version nor the change feed moved.
      const after = await getConversation(alex, conversationId);
      expect(after.version).toBe(before.version);
      expect(after.updatedAt).toBe(before.updatedAt);
    });

    it('forgets a viewer 15 seconds after the last report, and at once when they leave', async () => {
      const [alex, sam] = [await ctx().as('alex'), await ctx().as('sam')];
      const { conversationId } = await ctx().inbound();
      await presence(sam, conversationId, 'viewing');
      ctx().advance(14_000);
      expect((await getConversation(alex, conversationId)).viewers).toHaveLength(1);
      ctx().advance(1_000);
      expect((await getConversation(alex, conversationId)).viewers).toEqual([]);

      await presence(sam, conversationId, 'viewing');
      expect((await getConversation(alex, conversationId)).viewers).toHaveLength(1);
      expect(
        (await sam.send('DELETE', `/api/conversations/${conversationId}/presence`)).status,
      ).toBe(204);
      expect((await getConversation(alex, conversationId)).viewers).toEqual([]);
    });

    it('forgets an agent who signs out, in every conversation they were in', async () => {
      const [alex, sam] = [await ctx().as('alex'), await ctx().as('sam')];
      const [one, two] = [
        (await ctx().inbound()).conversationId,
        (await ctx().inbound()).conversationId,
      ];
      await presence(sam, one, 'viewing');
      await presence(sam, two, 'typing');
      expect((await getConversation(alex, two)).viewers).toHaveLength(1);
      expect((await sam.send('DELETE', '/api/session')).status).toBe(204);
      expect((await getConversation(alex, one)).viewers).toEqual([]);
      expect((await getConversation(alex, two)).viewers).toEqual([]);
      // Signing out also made Sam unavailable; the suite's other cases route to Sam as before.
      await (await ctx().as('sam')).send('PATCH', '/api/me', { available: true });
    });

    it('sends `presence` on the event stream, without an id and without a feed entry', async () => {
      const [alex, sam] = [await ctx().as('alex'), await ctx().as('sam')];
      const { conversationId } = await ctx().inbound();
      const feedBefore = await ctx().store.read((tx) => tx.changeFeedBounds(ctx().demo.acme.orgId));
      const res = await alex.get('/api/events');
      const later = (async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        await presence(sam, conversationId, 'typing');
      })();
      const events = await readSse(res, (es) => es.some((e) => e.event === 'presence'));
      await later;
      const sent = events.find((e) => e.event === 'presence');
      expect(sent?.id).toBeUndefined();
      expect(presenceEventSchema.parse(JSON.parse(sent?.data ?? ''))).toEqual({
        conversationId,
        agentId: agentId('sam'),
        name: 'Sam',
        state: 'typing',
        expiresAt: ctx().now() + 15_000,
      });
      const feedAfter = await ctx().store.read((tx) => tx.changeFeedBounds(ctx().demo.acme.orgId));
      expect(feedAfter.latest).toBe(feedBefore.latest);
    });

    it('refuses a bad state (400) and a conversation of another org (404)', async () => {
      const [alex, gina] = [await ctx().as('alex'), await ctx().as('gina')];
      const { conversationId } = await ctx().inbound();
      const bad = await errorOf(await presence(alex, conversationId, 'dancing'));
      expect(bad).toMatchObject({ status: 400, code: 'bad_request' });
      expect((await errorOf(await presence(gina, conversationId, 'viewing'))).status).toBe(404);
      expect((await getConversation(alex, conversationId)).viewers).toEqual([]);
    });
  });

  describe('notifications', () => {
    it('tells an agent @mentioned in a note, lists the conversation under Mentions, and not the author', async () => {
      const [alex, sam] = [await ctx().as('alex'), await ctx().as('sam')];
      const { conversationId } = await ctx().inbound({ name: 'Ivy Notified' });
      const alexBefore = await notificationsOf(alex);
      const samBefore = await notificationsOf(sam);
      ctx().advance(1_000);
      expect((await note(sam, conversationId, '@Alex can you take this one? cc @Sam')).status).toBe(
        201,
      );
      const alexAfter = await notificationsOf(alex);
      expect(alexAfter.unreadCount).toBe(alexBefore.unreadCount + 1);
      expect(alexAfter.data[0]).toMatchObject({
        kind: 'mention',
        conversationId,
        // Named in the answer: the list needs no request per conversation.
        contactName: 'Ivy Notified',
        createdAt: ctx().now(),
        unread: true,
      });
      expect((await notificationsOf(sam)).unreadCount).toBe(samBefore.unreadCount);
      const rows = await walkList(alex, 'view=all&mentions=me&limit=100');
      expect(rows.map((r) => r.id)).toContain(conversationId);
    });

    it('tells an agent assigned by someone else, and a follower or assignee of a contact message', async () => {
      const [alex, sam] = [await ctx().as('alex'), await ctx().as('sam')];
      const { conversationId, email } = await ctx().inbound();
      await patch(sam, conversationId, { assigneeId: agentId('sam') });
      const before = await notificationsOf(alex);
      ctx().advance(1_000);
      expect((await patch(sam, conversationId, { assigneeId: agentId('alex') })).status).toBe(200);
      const assigned = await notificationsOf(alex);
      expect(assigned.data[0]).toMatchObject({ kind: 'assignment', conversationId, unread: true });
      expect(assigned.unreadCount).toBe(before.unreadCount + 1);

      // Sam follows; the contact writes again: Sam (follower) and Alex (assignee) hear of it.
      expect(
        (await sam.send('POST', `/api/conversations/${conversationId}/followers`)).status,
      ).toBe(200);
      const samBefore = await notificationsOf(sam);
      ctx().advance(1_000);
      await ctx().inbound({ email, conversationId, body: 'Any news?' });
      expect((await notificationsOf(sam)).data[0]).toMatchObject({
        kind: 'message',
        conversationId,
      });
      expect((await notificationsOf(sam)).unreadCount).toBe(samBefore.unreadCount + 1);
      expect((await notificationsOf(alex)).data[0]).toMatchObject({
        kind: 'message',
        conversationId,
      });

      // Assigning oneself tells nobody.
      const samNow = await notificationsOf(sam);
      await patch(sam, conversationId, { assigneeId: agentId('sam') });
      expect((await notificationsOf(sam)).unreadCount).toBe(samNow.unreadCount);
    });

    it('marks some or all read, leaves other agents alone, and refuses a bad body', async () => {
      const [alex, sam] = [await ctx().as('alex'), await ctx().as('sam')];
      const { conversationId } = await ctx().inbound();
      await note(sam, conversationId, '@Alex first');
      await note(sam, conversationId, '@Alex second');
      const list = await notificationsOf(alex);
      const [newest, older] = list.data;
      if (!newest || !older) throw new Error('two notifications expected');
      expect(newest.id).toBeGreaterThan(older.id);

      const samList = await notificationsOf(sam);
      const samsOwn = samList.data.find((n) => n.unread);
      const one = await ok(
        await alex.send('POST', '/api/notifications/read', {
          ids: [newest.id, ...(samsOwn ? [samsOwn.id] : [])],
        }),
        notificationListSchema,
      );
      expect(one.unreadCount).toBe(list.unreadCount - 1);
      expect(one.data.find((n) => n.id === newest.id)?.unread).toBe(false);
      expect(one.data.find((n) => n.id === older.id)?.unread).toBe(true);
      // Alex cannot read Sam's.
      expect((await notificationsOf(sam)).unreadCount).toBe(samList.unreadCount);

      for (const body of [
        {},
        { ids: [] },
        { all: false },
        { ids: ['x'] },
        { all: true, ids: [1] },
      ]) {
        const refused = await errorOf(await alex.send('POST', '/api/notifications/read', body));
        expect(refused).toMatchObject({ status: 400, code: 'bad_request' });
      }
      expect((await notificationsOf(alex)).unreadCount).toBe(list.unreadCount - 1);

      const all = await ok(
        await alex.send('POST', '/api/notifications/read', { all: true }),
        notificationListSchema,
      );
      expect(all.unreadCount).toBe(0);
      expect(all.data.every((n) => !n.unread)).toBe(true);
    });

    it("sends `notifications` to the agent's own streams only: a new one, and one read elsewhere", async () => {
      const [alex, sam] = [await ctx().as('alex'), await ctx().as('sam')];
      const { conversationId } = await ctx().inbound();
      await alex.send('POST', '/api/notifications/read', { all: true });
      const alexStream = await alex.get('/api/events');
      const samStream = await sam.get('/api/events');
      const later = (async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        await note(sam, conversationId, 'Over to you @alex');
        await new Promise((resolve) => setTimeout(resolve, 20));
        await alex.send('POST', '/api/notifications/read', { all: true });
      })();
      const [alexEvents, samEvents] = await Promise.all([
        readSse(alexStream, (es) => es.filter((e) => e.event === 'notifications').length >= 2),
        // Long enough for both of Alex's; Sam must hear neither.
        readSse(samStream, () => false, 1_000),
      ]);
      await later;
      const counts = alexEvents
        .filter((e) => e.event === 'notifications')
        .map((e) => JSON.parse(e.data ?? '') as unknown);
      expect(counts).toEqual([{ unreadCount: 1 }, { unreadCount: 0 }]);
      expect(samEvents.some((e) => e.event === 'notifications')).toBe(false);
    });
  });
}
