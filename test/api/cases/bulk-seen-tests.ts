// Bulk changes based on what the agent saw (#15, defect 6): only a change of status or a new
// message conflicts with a status action, and the 409 names the contact and what changed.
import { describe, expect, it } from 'vitest';
import { bulkResultSchema } from '../../../src/api';
import { seenOf } from '../../../src/domain';
import type { Client } from '../harness';
import { errorOf, getConversation, ok, patch, type Ctx } from './helpers';

const bulk = (client: Client, body: unknown) =>
  client.send('POST', '/api/conversations/bulk', body);

export function bulkSeenTests(ctx: Ctx) {
  const seenBy = async (client: Client, ids: number[]) =>
    Object.fromEntries(
      await Promise.all(
        ids.map(async (id) => [String(id), seenOf(await getConversation(client, id))] as const),
      ),
    );

  describe('bulk based on what was seen', () => {
    it('closes although a teammate set a priority meanwhile', async () => {
      const alex = await ctx().as('alex');
      const sam = await ctx().as('sam');
      const ids = [(await ctx().inbound()).conversationId, (await ctx().inbound()).conversationId];
      const seen = await seenBy(alex, ids);
      expect((await patch(sam, ids[0] ?? 0, { priority: 'high' })).status).toBe(200);
      const { data } = await ok(await bulk(alex, { action: 'close', ids, seen }), bulkResultSchema);
      expect(data.map((c) => [c.status, c.priority])).toEqual([
        ['closed', 'high'],
        ['closed', 'none'],
      ]);
    });

    it('refuses (409) when a teammate changed the status, naming the contact and the new status', async () => {
      const alex = await ctx().as('alex');
      const sam = await ctx().as('sam');
      const ids = [
        (await ctx().inbound({ name: 'Walter Skinner' })).conversationId,
        (await ctx().inbound()).conversationId,
      ];
      const seen = await seenBy(alex, ids);
      await patch(sam, ids[0] ?? 0, { status: 'pending' });
      const body = await errorOf(await bulk(alex, { action: 'close', ids, seen }));
      expect(body).toMatchObject({ status: 409, code: 'conflict' });
      expect(body.message).toBe(
        "Nothing was changed: Walter Skinner's conversation is now pending.",
      );
      expect(body.failed?.map((f) => f.id)).toEqual([ids[0]]);
      expect((await getConversation(alex, ids[1] ?? 0)).status).toBe('open');
    });

    it('refuses (409) when the contact wrote meanwhile, saying so', async () => {
      const alex = await ctx().as('alex');
      const first = await ctx().inbound({ name: 'Monica Reyes' });
      const seen = await seenBy(alex, [first.conversationId]);
      ctx().advance(1000);
      await ctx().inbound({ email: first.email, body: 'One more thing' });
      const body = await errorOf(
        await bulk(alex, { action: 'close', ids: [first.conversationId], seen }),
      );
      expect(body).toMatchObject({ status: 409, code: 'conflict' });
      expect(body.message).toBe(
        "Nothing was changed: there is a new message in Monica Reyes's conversation.",
      );
    });

    it('names the contact, not an id, when a stale version refuses it', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound({ name: 'John Doggett' });
      const body = await errorOf(
        await bulk(alex, {
          action: 'close',
          ids: [conversationId],
          versions: { [String(conversationId)]: 7 },
        }),
      );
      expect(body.message).toContain("John Doggett's conversation");
      expect(body.message).not.toContain(`#${conversationId}`);
    });
  });
}
