// Bulk changes: 1 to 25 ids, atomic, the exact limit message, ids named when they fail.
import { describe, expect, it } from 'vitest';
import { bulkResultSchema } from '../../../src/api';
import { BULK_LIMIT_MESSAGE } from '../../../src/domain';
import type { Client } from '../harness';
import { errorOf, getConversation, getThread, HOUR, ok, patch, type Ctx } from './helpers';

const bulk = (client: Client, body: unknown) =>
  client.send('POST', '/api/conversations/bulk', body);

export function bulkTests(ctx: Ctx) {
  const fresh = async (n: number) => {
    const ids: number[] = [];
    for (let i = 0; i < n; i += 1) ids.push((await ctx().inbound()).conversationId);
    return ids;
  };
  const versions = async (client: Client, ids: number[]) =>
    Promise.all(
      ids.map(async (id) => {
        const c = await getConversation(client, id);
        return [c.status, c.version] as const;
      }),
    );

  /** The org's change feed after `afterId`. */
  const feedAfter = (afterId: number) =>
    ctx().store.transaction((tx) => tx.listChangesSince(ctx().demo.acme.orgId, afterId, 1000));
  const lastChangeId = async () => {
    let last = 0;
    for (;;) {
      const page = await feedAfter(last);
      const tail = page.at(-1);
      if (!tail) return last;
      last = tail.id;
    }
  };
  /** Everything a bulk request could have touched, to show that it touched nothing. */
  const stateOf = async (client: Client, ids: number[]) => ({
    conversations: await Promise.all(ids.map((id) => getConversation(client, id))),
    threads: await Promise.all(ids.map((id) => getThread(client, id))),
    outbox: (await ctx().outbox(ctx().demo.acme.orgId)).length,
    feed: await lastChangeId(),
  });

  describe('bulk with versions', () => {
    it('refuses the whole request with 409 when one version is stale, naming it and changing nothing', async () => {
      const alex = await ctx().as('alex');
      const sam = await ctx().as('sam');
      const ids = await fresh(3);
      const staleId = ids[1] ?? 0;
      const seen = Object.fromEntries(
        (await Promise.all(ids.map((id) => getConversation(alex, id)))).map((c) => [
          String(c.id),
          c.version,
        ]),
      );
      // Someone else moves one of them after alex loaded the list.
      expect((await patch(sam, staleId, { status: 'pending' })).status).toBe(200);
      const before = await stateOf(alex, ids);
      const body = await errorOf(await bulk(alex, { action: 'close', ids, versions: seen }));
      expect(body).toMatchObject({ status: 409, code: 'conflict' });
      const named = async (id: number | undefined) =>
        `${(await getConversation(alex, id ?? 0)).contact.name}'s conversation`;
      expect(body.message).toContain(await named(staleId));
      expect(body.message).toContain('pending');
      expect(body.message).not.toContain(await named(ids[0]));
      expect(body.failed?.map((f) => f.id)).toEqual([staleId]);
      expect(body.failed?.[0]?.reason).toMatch(/version 1.*now pending.*version 2/);
      expect(await stateOf(alex, ids)).toEqual(before);
      expect(before.conversations.map((c) => c.status)).toEqual(['open', 'pending', 'open']);
    });

    it('names every stale conversation, and changes nothing when all are stale', async () => {
      const alex = await ctx().as('alex');
      const ids = await fresh(2);
      for (const id of ids) await patch(alex, id, { priority: 'high' });
      const before = await stateOf(alex, ids);
      const versions = Object.fromEntries(ids.map((id) => [String(id), 1]));
      const body = await errorOf(await bulk(alex, { action: 'spam', ids, versions }));
      expect(body).toMatchObject({ status: 409, code: 'conflict' });
      expect(body.failed?.map((f) => f.id)).toEqual(ids);
      for (const id of ids) {
        const { contact } = await getConversation(alex, id);
        expect(body.message).toContain(`${contact.name}'s conversation`);
      }
      expect(await stateOf(alex, ids)).toEqual(before);
    });

    it('goes through with fresh versions (some ids without one), each change in the feed in id order', async () => {
      const alex = await ctx().as('alex');
      const ids = await fresh(3);
      const first = ids[0] ?? 0;
      await patch(alex, first, { priority: 'low' });
      const mark = await lastChangeId();
      const outboxBefore = (await ctx().outbox(ctx().demo.acme.orgId)).length;
      const { data } = await ok(
        await bulk(alex, {
          action: 'close',
          ids: [...ids].reverse(),
          versions: { [String(first)]: 2, [String(ids[2])]: 1 },
        }),
        bulkResultSchema,
      );
      expect(data.map((c) => [c.id, c.status])).toEqual(
        [...ids].reverse().map((id) => [id, 'closed']),
      );
      // Exactly as if each had been closed in turn: per conversation its thread line, its new
      // state, then the counts, conversations in id order.
      const feed = await feedAfter(mark);
      expect(feed.map((e) => [e.type, e.conversationId])).toEqual(
        ids.flatMap((id) => [
          ['message.added', id],
          ['conversation.changed', id],
          ['counts.changed', id],
        ]),
      );
      for (const id of ids) {
        const events = (await getThread(alex, id)).filter((m) => m.type === 'event');
        expect(events.at(-1)?.body).toMatch(/closed/i);
      }
      const outbox = (await ctx().outbox(ctx().demo.acme.orgId)).slice(outboxBefore);
      expect(outbox.length).toBeGreaterThanOrEqual(ids.length);
      expect(outbox.map((e) => e.conversationId)).toEqual(
        outbox.map((e) => e.conversationId).sort((a, b) => a - b),
      );
      expect(new Set(outbox.map((e) => e.conversationId))).toEqual(new Set(ids));
    });

    it('answers 400 for versions of ids the request does not name, or malformed versions', async () => {
      const alex = await ctx().as('alex');
      const ids = await fresh(1);
      const id = ids[0] ?? 0;
      for (const versions of [
        { [String(id + 1)]: 1 },
        { abc: 1 },
        { [String(id)]: 0 },
        { [String(id)]: '1' },
        [1],
      ]) {
        expect(await errorOf(await bulk(alex, { action: 'close', ids, versions }))).toMatchObject({
          status: 400,
          code: 'bad_request',
        });
      }
      expect((await getConversation(alex, id)).status).toBe('open');
    });
  });

  describe('bulk', () => {
    it('closes several at once, an already closed one included, in the order asked', async () => {
      const alex = await ctx().as('alex');
      const ids = await fresh(3);
      await alex.send('PATCH', `/api/conversations/${ids[1]}`, { status: 'closed' });
      const { data } = await ok(await bulk(alex, { action: 'close', ids }), bulkResultSchema);
      expect(data.map((c) => [c.id, c.status])).toEqual(ids.map((id) => [id, 'closed']));
      expect(data[1]?.version).toBe(2);
    });

    it('applies two requests over the same conversations, sent at once, one after the other', async () => {
      const alex = await ctx().as('alex');
      const sam = await ctx().as('sam');
      const ids = await fresh(6);
      const [closing, moving] = await Promise.all([
        bulk(alex, { action: 'close', ids: ids.slice(0, 4) }),
        bulk(sam, { action: 'pending', ids: ids.slice(2) }),
      ]);
      const closed = await ok(closing, bulkResultSchema);
      const moved = await ok(moving, bulkResultSchema);
      expect(closed.data.map((c) => c.status)).toEqual(['closed', 'closed', 'closed', 'closed']);
      expect(moved.data.map((c) => c.status)).toEqual(['pending', 'pending', 'pending', 'pending']);
      const after = await versions(alex, ids);
      expect([...after.slice(0, 2), ...after.slice(4)]).toEqual([
        ['closed', 2],
        ['closed', 2],
        ['pending', 2],
        ['pending', 2],
      ]);
      // The two in both were changed twice, in the same order: the later request's status stands.
      const last = after[2]?.[0];
      expect(after.slice(2, 4)).toEqual([
        [last, 3],
        [last, 3],
      ]);
      const lastAnswer = last === 'closed' ? closed : moved;
      expect(
        lastAnswer.data.filter((c) => ids.slice(2, 4).includes(c.id)).map((c) => c.version),
      ).toEqual([3, 3]);
    });

    it('takes 25 and refuses 26 whole with the exact message, changing nothing', async () => {
      const alex = await ctx().as('alex');
      const ids = await fresh(26);
      const res = await bulk(alex, { action: 'close', ids });
      const body = await errorOf(res);
      expect(body).toMatchObject({ status: 422, code: 'rejected' });
      expect(body.message).toBe(BULK_LIMIT_MESSAGE);
      expect(BULK_LIMIT_MESSAGE).toBe('You can close up to 25 conversations at a time');
      expect(
        (await versions(alex, ids)).every(
          ([status, version]) => status === 'open' && version === 1,
        ),
      ).toBe(true);
      const { data } = await ok(
        await bulk(alex, { action: 'close', ids: ids.slice(0, 25) }),
        bulkResultSchema,
      );
      expect(data).toHaveLength(25);
    });

    it('counts duplicate ids once', async () => {
      const alex = await ctx().as('alex');
      const [id] = await fresh(1);
      const { data } = await ok(
        await bulk(alex, { action: 'pending', ids: [id, id, id] }),
        bulkResultSchema,
      );
      expect(data).toHaveLength(1);
    });

    it('is atomic: one spam among three rejects all (422 naming it), none changes', async () => {
      const alex = await ctx().as('alex');
      const ids = await fresh(3);
      const spamId = ids[2] ?? 0;
      await alex.send('POST', `/api/conversations/${spamId}/spam`);
      const before = await versions(alex, ids);
      const body = await errorOf(await bulk(alex, { action: 'close', ids }));
      expect(body).toMatchObject({
        status: 422,
        code: 'rejected',
        message: expect.stringContaining(`#${spamId}`),
      });
      expect(body.failed?.map((f) => f.id)).toEqual([spamId]);
      expect(await versions(alex, ids)).toEqual(before);
    });

    it("fails whole with 404 naming unknown or another org's ids", async () => {
      const alex = await ctx().as('alex');
      const ids = await fresh(2);
      const foreign = (await ctx().inbound({ token: 'globex-demo-inbox-token' })).conversationId;
      const body = await errorOf(
        await bulk(alex, { action: 'close', ids: [...ids, foreign, 999_999] }),
      );
      expect(body).toMatchObject({ status: 404, code: 'not_found' });
      expect(body.failed?.map((f) => f.id).sort()).toEqual([foreign, 999_999].sort());
      expect(body.message).toContain(`#${foreign}`);
      expect((await versions(alex, ids)).every(([status]) => status === 'open')).toBe(true);
    });

    it('snoozes, tags, marks spam and restores in bulk', async () => {
      const alex = await ctx().as('alex');
      const ids = await fresh(2);
      const until = ctx().now() + HOUR;
      expect(
        (await ok(await bulk(alex, { action: 'snooze', until, ids }), bulkResultSchema)).data.every(
          (c) => c.snoozedUntil === until,
        ),
      ).toBe(true);
      const tagged = await ok(
        await bulk(alex, { action: 'tag', name: 'Bulk-Tag', color: '#123456', ids }),
        bulkResultSchema,
      );
      expect(
        tagged.data.every((c) =>
          c.conversationTags.some((t) => t.name === 'Bulk-Tag' && t.color === '#123456'),
        ),
      ).toBe(true);
      expect(
        (await ok(await bulk(alex, { action: 'spam', ids }), bulkResultSchema)).data.every(
          (c) => c.status === 'spam',
        ),
      ).toBe(true);
      expect(
        (await ok(await bulk(alex, { action: 'restore', ids }), bulkResultSchema)).data.every(
          (c) => c.status === 'open',
        ),
      ).toBe(true);
      expect(
        await errorOf(await bulk(alex, { action: 'snooze', until: ctx().now() - 1, ids })),
      ).toMatchObject({ status: 422, code: 'rejected' });
    });

    it('answers 400 for no ids, bad ids, an unknown action or a missing until', async () => {
      const alex = await ctx().as('alex');
      for (const body of [
        { action: 'close', ids: [] },
        { action: 'close', ids: ['abc'] },
        { action: 'close', ids: [1.5] },
        { action: 'close', ids: [-1] },
        { action: 'close' },
        { action: 'explode', ids: [1] },
        { action: 'snooze', ids: [1] },
        { action: 'close', ids: [1], extra: true },
      ]) {
        expect(await errorOf(await bulk(alex, body))).toMatchObject({
          status: 400,
          code: 'bad_request',
        });
      }
    });
  });
}
