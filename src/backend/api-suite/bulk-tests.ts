// Bulk changes: 1 to 25 ids, atomic, the exact limit message, ids named when they fail.
import { describe, expect, it } from 'vitest';
import { bulkResultSchema } from '../../api';
import { BULK_LIMIT_MESSAGE } from '../../domain';
import type { Client } from '../api-harness';
import { errorOf, getConversation, HOUR, ok, type Ctx } from './helpers';

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

  describe('bulk', () => {
    it('closes several at once, an already closed one included, in the order asked', async () => {
      const alex = await ctx().as('alex');
      const ids = await fresh(3);
      await alex.send('PATCH', `/api/conversations/${ids[1]}`, { status: 'closed' });
      const { data } = await ok(await bulk(alex, { action: 'close', ids }), bulkResultSchema);
      expect(data.map((c) => [c.id, c.status])).toEqual(ids.map((id) => [id, 'closed']));
      expect(data[1]?.version).toBe(2);
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
