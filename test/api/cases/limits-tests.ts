// Bounded growth (SPEC section 8): at most 50 tags, 100 followers and 100 links on a
// conversation, a tag name of at most 50 characters; one more answers 422 and changes nothing.
import { describe, expect, it } from 'vitest';
import { bulkResultSchema, conversationDetailSchema } from '../../../src/api';
import { LIMIT_REASONS, type Conversation } from '../../../src/domain';
import { errorOf, getConversation, getThread, ok, type Ctx } from './helpers';

export function limitsTests(ctx: Ctx) {
  describe('limits of a conversation', () => {
    /** Puts a conversation in the given state as if many changes had led there. */
    const seed = (id: number, patch: Partial<Conversation>) =>
      ctx().store.transaction(async (tx) => {
        const c = await tx.getConversation(ctx().demo.acme.orgId, id, { forUpdate: true });
        if (!c) throw new Error(`no conversation ${id}`);
        const saved = await tx.updateConversation(
          { ...c, ...patch, version: c.version + 1 },
          c.version,
        );
        if (!saved) throw new Error('the seed lost a race');
      });

    /** The refusal, and proof that neither the conversation nor its thread changed. */
    const refusedUnchanged = async (id: number, res: Response, reason: string) => {
      const alex = await ctx().as('alex');
      const before = await getConversation(alex, id);
      const thread = await getThread(alex, id);
      expect(await errorOf(res)).toMatchObject({ status: 422, code: 'rejected', message: reason });
      expect(await getConversation(alex, id)).toEqual(before);
      expect(await getThread(alex, id)).toEqual(thread);
    };

    it('adds a 50th tag and refuses a 51st', async () => {
      const alex = await ctx().as('alex');
      const { conversationId: id } = await ctx().inbound();
      for (let i = 1; i <= 50; i += 1) {
        const res = await alex.send('POST', `/api/conversations/${id}/tags`, { name: `t${i}` });
        expect(res.status).toBe(200);
      }
      expect((await getConversation(alex, id)).conversationTags).toHaveLength(50);
      const before = await getConversation(alex, id);
      const res = await alex.send('POST', `/api/conversations/${id}/tags`, { name: 'one-more' });
      expect(await errorOf(res)).toMatchObject({
        status: 422,
        code: 'rejected',
        message: LIMIT_REASONS.tags,
      });
      expect(await getConversation(alex, id)).toEqual(before);
      // One it has already is still a no-op, not a refusal.
      const again = await alex.send('POST', `/api/conversations/${id}/tags`, { name: 'T7' });
      expect((await ok(again, conversationDetailSchema)).version).toBe(before.version);
    });

    it('refuses a tag name over 50 characters (422), alone or in bulk, and changes nothing', async () => {
      const alex = await ctx().as('alex');
      const { conversationId: id } = await ctx().inbound();
      const tag = (name: string) => alex.send('POST', `/api/conversations/${id}/tags`, { name });
      await refusedUnchanged(id, await tag('x'.repeat(51)), LIMIT_REASONS.tagName);
      await refusedUnchanged(id, await tag(` ${'y'.repeat(51)} `), LIMIT_REASONS.tagName);
      const bulk = await alex.send('POST', '/api/conversations/bulk', {
        action: 'tag',
        name: 'z'.repeat(51),
        ids: [id],
      });
      expect(await errorOf(bulk)).toMatchObject({
        status: 422,
        failed: [{ id, reason: LIMIT_REASONS.tagName }],
      });
      // At the limit: 50 characters (trimmed), 50 emoji.
      for (const name of [` ${'x'.repeat(50)} `, '😀'.repeat(50)]) {
        expect(
          (await ok(await tag(name), conversationDetailSchema)).conversationTags,
        ).toContainEqual(expect.objectContaining({ name: name.trim() }));
      }
      const tagged = await alex.send('POST', '/api/conversations/bulk', {
        action: 'tag',
        name: 'w'.repeat(50),
        ids: [id],
      });
      expect((await ok(tagged, bulkResultSchema)).data[0]?.conversationTags).toHaveLength(3);
    });

    it('refuses a 101st follower and lets one follow again once another left', async () => {
      const alex = await ctx().as('alex');
      const { conversationId: id } = await ctx().inbound();
      const others = Array.from({ length: 100 }, (_, i) => 900_000 + i);
      await seed(id, { followers: others });
      await refusedUnchanged(
        id,
        await alex.send('POST', `/api/conversations/${id}/followers`),
        LIMIT_REASONS.followers,
      );
      await seed(id, { followers: others.slice(1) });
      const followed = await ok(
        await alex.send('POST', `/api/conversations/${id}/followers`),
        conversationDetailSchema,
      );
      expect(followed.followers).toHaveLength(100);
    });

    it('adds a 100th link and refuses a 101st, creating no ticket for it', async () => {
      const alex = await ctx().as('alex');
      const { conversationId: id } = await ctx().inbound();
      const { conversationId: other } = await ctx().inbound();
      await seed(id, {
        links: Array.from({ length: 99 }, (_, i) => ({ type: 'ticket' as const, id: 800_000 + i })),
      });
      const link = (body: unknown) => alex.send('POST', `/api/conversations/${id}/links`, body);
      const hundredth = await ok(
        await link({ type: 'ticket', title: 'The 100th' }),
        conversationDetailSchema,
      );
      expect(hundredth.links).toHaveLength(100);
      const ticketId = hundredth.links.at(-1)?.id ?? 0;
      await refusedUnchanged(
        id,
        await link({ type: 'ticket', title: 'One more' }),
        LIMIT_REASONS.links,
      );
      await refusedUnchanged(
        id,
        await link({ type: 'conversation', id: other }),
        LIMIT_REASONS.links,
      );
      // The refused ticket was never made (whatever id it took, it is not there to link).
      for (const missing of [ticketId + 1, ticketId + 2]) {
        const res = await alex.send('POST', `/api/conversations/${other}/links`, {
          type: 'ticket',
          id: missing,
        });
        expect(await errorOf(res)).toMatchObject({
          status: 422,
          message: `There is no ticket #${missing}.`,
        });
      }
    });
  });
}
