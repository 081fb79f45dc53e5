// Merging conversations (SPEC 7.8): `POST /api/conversations/:id/merge { intoId }` moves the
// thread into the target in time order and joins tags and followers; the source answers reads
// with `mergedInto` and refuses writes; undo splits them back exactly.
import { describe, expect, it } from 'vitest';
import { UNDO_WINDOW_MS } from '../../../src/domain';
import {
  conversationDetailSchema,
  countsSchema,
  messagePageSchema,
  reportSummarySchema,
  undoResultSchema,
} from '../../../src/api';
import { DEMO_TOKENS } from '../../../src/backend/demo-data';
import type { Client } from '../harness';
import { DAY, errorOf, getConversation, getThread, ok, patch, walkList, type Ctx } from './helpers';

const merge = (client: Client, id: number, intoId: number) =>
  client.send('POST', `/api/conversations/${id}/merge`, { intoId });

export function mergeTests(ctx: Ctx) {
  const orgId = () => ctx().demo.acme.orgId;
  const counts = async (client: Client) =>
    ok(await client.get('/api/conversations/counts'), countsSchema);
  const created = async (client: Client) =>
    (
      await ok(
        await client.get(
          `/api/reports/summary?from=${ctx().now() - 2 * DAY}&to=${ctx().now() + 1}`,
        ),
        reportSummarySchema,
      )
    ).created;

  /**
   * One customer's chat and email conversations, their messages interleaved in time, each with
   * its own tags; Alex follows the chat.
   */
  async function pair(alex: Client) {
    const chat = await ctx().inbound({ channel: 'chat', body: 'chat 1: my order is late' });
    ctx().advance(60_000);
    const email = await ctx().inbound({
      channel: 'email',
      email: chat.email,
      body: 'email 1: order late',
    });
    ctx().advance(60_000);
    await ctx().inbound({ conversationId: chat.conversationId, email: chat.email, body: 'chat 2' });
    ctx().advance(60_000);
    await ctx().inbound({
      channel: 'email',
      conversationId: email.conversationId,
      email: chat.email,
      body: 'email 2',
    });
    ctx().advance(60_000);
    for (const name of ['billing', 'refund']) {
      await alex.send('POST', `/api/conversations/${chat.conversationId}/tags`, { name });
    }
    for (const name of ['vip', 'billing']) {
      await alex.send('POST', `/api/conversations/${email.conversationId}/tags`, { name });
    }
    await alex.send('POST', `/api/conversations/${chat.conversationId}/followers`);
    ctx().advance(1_000);
    return { source: chat.conversationId, target: email.conversationId };
  }

  describe('merge', () => {
    it('moves the thread in time order, joins tags and followers, and leaves the source behind', async () => {
      const alex = await ctx().as('alex');
      const { source, target } = await pair(alex);
      const beforeCounts = await counts(alex);
      const beforeCreated = await created(alex);
      const sourceThread = await getThread(alex, source);
      const targetThread = await getThread(alex, target);

      const merged = await ok(await merge(alex, source, target), conversationDetailSchema);
      expect(merged.id).toBe(target);
      expect(merged.undo?.token).toEqual(expect.any(String));
      expect(merged.conversationTags.map((t) => t.name)).toEqual(['vip', 'billing', 'refund']);
      expect(merged.followers).toContain(ctx().demo.acme.agents['alex']?.id);

      const thread = await getThread(alex, target);
      expect(thread.filter((m) => m.type === 'chat').map((m) => m.body)).toEqual([
        'chat 1: my order is late',
        'email 1: order late',
        'chat 2',
        'email 2',
      ]);
      const times = thread.map((m) => m.createdAt);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(thread).toHaveLength(sourceThread.length + targetThread.length + 1);
      expect(thread.at(-1)?.body).toBe(`Alex merged #${source} into this conversation`);
      expect(await getThread(alex, source)).toEqual([]);

      // The old address answers, naming where it went; it is in no view and no count.
      const old = await getConversation(alex, source);
      expect(old).toMatchObject({ status: 'merged', mergedInto: target });
      const all = await walkList(alex, '/api/conversations?view=all&limit=100');
      expect(all.some((c) => c.id === source)).toBe(false);
      expect(all.some((c) => c.id === target)).toBe(true);
      const search = await walkList(alex, '/api/conversations?view=all&q=late');
      expect(search.map((c) => c.id)).toContain(target);
      expect(search.map((c) => c.id)).not.toContain(source);
      const afterCounts = await counts(alex);
      expect(afterCounts.all).toBe(beforeCounts.all - 1);
      expect(afterCounts.open).toBe(beforeCounts.open - 1);
      // Reports count the pair once, from when the merge can no longer be undone.
      expect(await created(alex)).toBe(beforeCreated);
      ctx().advance(UNDO_WINDOW_MS + 1);
      expect(await created(alex)).toBe(beforeCreated - 1);
    });

    it('reads the merged thread in time order, even where the older messages have the higher ids, on every page', async () => {
      const alex = await ctx().as('alex');
      const start = ctx().now();
      // The target is written first (lower ids) but later in time; the source after it (higher
      // ids), back-dated, as imported or demo history is.
      ctx().advance(60 * 60_000);
      const later = await ctx().inbound({ channel: 'email', body: 'target at 1:00' });
      ctx().advance(60_000);
      await ctx().inbound({
        channel: 'email',
        conversationId: later.conversationId,
        email: later.email,
        body: 'target at 1:01',
      });
      ctx().setNow(start);
      const earlier = await ctx().inbound({
        channel: 'chat',
        email: later.email,
        body: 'source at 0:00',
      });
      ctx().advance(30 * 60_000);
      await ctx().inbound({
        channel: 'email',
        conversationId: earlier.conversationId,
        email: later.email,
        body: 'source at 0:30',
      });
      ctx().setNow(start + 2 * 60 * 60_000);
      const targetBefore = await getThread(alex, later.conversationId);
      const sourceBefore = await getThread(alex, earlier.conversationId);

      const merged = await ok(
        await merge(alex, earlier.conversationId, later.conversationId),
        conversationDetailSchema,
      );
      const order = ['source at 0:00', 'source at 0:30', 'target at 1:00', 'target at 1:01'];
      const thread = await getThread(alex, later.conversationId);
      expect(thread.filter((m) => m.type === 'chat').map((m) => m.body)).toEqual(order);
      const times = thread.map((m) => m.createdAt);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      // The inbox row's last message and the contact's last are the newest in time too.
      const row = (await walkList(alex, '/api/conversations?view=all&limit=100')).find(
        (c) => c.id === later.conversationId,
      );
      expect(row?.lastMessage?.body).toBe('target at 1:01');
      expect(row?.contactMessage?.body).toBe('target at 1:01');

      // Page by page, from either end, one message a page: the same order, nothing twice.
      for (const order of ['oldest', 'newest'] as const) {
        const read: number[] = [];
        let cursor: string | null = null;
        do {
          const query: string = cursor === null ? '' : `&cursor=${cursor}`;
          const page = await ok(
            await alex.get(
              `/api/conversations/${later.conversationId}/messages?limit=1&order=${order}${query}`,
            ),
            messagePageSchema,
          );
          read.push(...page.data.map((m) => m.id));
          cursor = page.next;
        } while (cursor !== null);
        expect(read).toEqual(
          (order === 'oldest' ? thread : [...thread].reverse()).map((m) => m.id),
        );
      }

      // Undo splits them back exactly, each thread in its own order again.
      await ok(
        await alex.send('POST', '/api/undo', { token: merged.undo?.token }),
        undoResultSchema,
      );
      expect(await getThread(alex, later.conversationId)).toEqual(targetBefore);
      expect(await getThread(alex, earlier.conversationId)).toEqual(sourceBefore);
    });

    it('refuses every write to the merged conversation with 409, and a contact message goes on to the target', async () => {
      const alex = await ctx().as('alex');
      const { source, target } = await pair(alex);
      await ok(await merge(alex, source, target), conversationDetailSchema);
      const before = await getConversation(alex, source);
      const writes = [
        patch(alex, source, { status: 'closed' }),
        alex.send('POST', `/api/conversations/${source}/messages`, { type: 'chat', body: 'hi' }),
        alex.send('POST', `/api/conversations/${source}/tags`, { name: 'late' }),
        alex.send('POST', `/api/conversations/${source}/spam`),
        merge(alex, source, target),
      ];
      for (const res of await Promise.all(writes)) {
        expect(await errorOf(res)).toMatchObject({
          status: 409,
          code: 'conflict',
          message: `This conversation was merged into #${target}: change that one instead.`,
        });
      }
      expect(await getConversation(alex, source)).toEqual(before);

      const email = (await getConversation(alex, source)).contact.email;
      const reply = await ctx().inbound({ conversationId: source, email, body: 'any news?' });
      expect(reply.conversationId).toBe(target);
      expect((await getThread(alex, target)).at(-1)?.body).toBe('any news?');
      expect(await getThread(alex, source)).toEqual([]);
    });

    it("answers 404 for another org's conversation, and 422 for spam or itself, changing nothing", async () => {
      const alex = await ctx().as('alex');
      const gina = await ctx().as('gina');
      const { source, target } = await pair(alex);
      const globex = await ctx().inbound({ token: DEMO_TOKENS.globex });
      const sourceBefore = await getConversation(alex, source);
      const targetBefore = await getConversation(alex, target);

      expect((await errorOf(await merge(alex, source, globex.conversationId))).status).toBe(404);
      expect((await errorOf(await merge(gina, globex.conversationId, target))).status).toBe(404);
      expect((await errorOf(await merge(gina, source, target))).status).toBe(404);
      expect(await errorOf(await merge(alex, source, source))).toMatchObject({
        status: 422,
        message: 'A conversation cannot be merged into itself.',
      });
      const spam = await ctx().inbound();
      await alex.send('POST', `/api/conversations/${spam.conversationId}/spam`);
      for (const res of [
        await merge(alex, spam.conversationId, target),
        await merge(alex, source, spam.conversationId),
      ]) {
        expect(await errorOf(res)).toMatchObject({
          status: 422,
          message: 'A conversation marked as spam cannot be merged: restore it first.',
        });
      }
      expect((await errorOf(await merge(alex, source, 99_999_999))).status).toBe(404);
      expect((await errorOf(await merge(alex, source, -1 as number))).status).toBe(400);
      expect(await getConversation(alex, source)).toEqual(sourceBefore);
      expect(await getConversation(alex, target)).toEqual(targetBefore);
      expect(await getThread(alex, source)).toHaveLength(4);
    });

    it('undo splits them back exactly: threads, tags, followers, lists and counts', async () => {
      const alex = await ctx().as('alex');
      const { source, target } = await pair(alex);
      const snapshot = async () => ({
        source: await getConversation(alex, source),
        target: await getConversation(alex, target),
        sourceThread: await getThread(alex, source),
        targetThread: await getThread(alex, target),
        counts: await counts(alex),
        open: (await walkList(alex, '/api/conversations?view=open&limit=100')).map((c) => c.id),
      });
      const before = await snapshot();
      ctx().advance(1_000);
      const merged = await ok(await merge(alex, source, target), conversationDetailSchema);
      ctx().advance(5_000);
      const undone = await ok(
        await alex.send('POST', '/api/undo', { token: merged.undo?.token }),
        undoResultSchema,
      );
      expect(undone.data.map((c) => c.id).sort()).toEqual([source, target].sort());
      const after = await snapshot();
      // Everything as before but the version, which moves on with every change.
      const unversioned = (c: { version: number }) => ({ ...c, version: 0 });
      expect(unversioned(after.source)).toEqual(unversioned(before.source));
      expect(unversioned(after.target)).toEqual(unversioned(before.target));
      expect(after.sourceThread).toEqual(before.sourceThread);
      expect(after.targetThread).toEqual(before.targetThread);
      expect(after.counts).toEqual(before.counts);
      expect(after.open).toEqual(before.open);
    });

    it('reports the target to webhooks, held for the undo window', async () => {
      const alex = await ctx().as('alex');
      const { source, target } = await pair(alex);
      const sub = await ctx().store.transaction((tx) =>
        tx.insertWebhook({
          orgId: orgId(),
          url: 'https://hooks.example.test/merge',
          events: ['conversation_push', 'conversation_status_updated'],
          secret: 'merge-secret',
          createdAt: ctx().now(),
          legacy: true,
        }),
      );
      const seen = (await ctx().outbox(orgId())).length;
      const merged = await ok(await merge(alex, source, target), conversationDetailSchema);
      const added = (await ctx().outbox(orgId())).slice(seen);
      expect(added.map((e) => [e.conversationId, e.payload.type, e.payload.data])).toEqual([
        [target, 'conversation_push', { conversationId: target, lastUpdated: ctx().now() }],
      ]);
      const deliveries = await ctx().store.transaction((tx) =>
        tx.listDeliveries(orgId(), sub.id, 10),
      );
      expect(deliveries.map((d) => [d.conversationId, d.nextAttemptAt])).toEqual([
        [target, merged.undo?.expiresAt],
      ]);
      await ctx().store.transaction((tx) => tx.deleteWebhook(orgId(), sub.id));
    });
  });
}
