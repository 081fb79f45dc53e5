// Side conversations (#15, defect 2; SPEC section 2, Deletion): a conversation linked from
// another is its child: it cannot be deleted on its own, goes with its parent, and no deleted
// conversation or ticket stays in anyone's `links`.
import { describe, expect, it } from 'vitest';
import { conversationDetailSchema } from '../../../src/api';
import type { Client } from '../harness';
import { errorOf, getConversation, ok, type Ctx } from './helpers';

const link = async (admin: Client, from: number, body: object) =>
  admin.send('POST', `/api/conversations/${from}/links`, body);

export function sideConversationTests(ctx: Ctx) {
  describe('side conversations linked as children', () => {
    it('refuses to delete a side conversation on its own (422) and keeps it', async () => {
      const admin = await ctx().as('admin');
      const parent = (await ctx().inbound({ name: 'Dana Scully' })).conversationId;
      const side = (await ctx().inbound()).conversationId;
      expect((await link(admin, parent, { type: 'conversation', id: side })).status).toBe(200);
      expect(await errorOf(await admin.send('DELETE', `/api/conversations/${side}`))).toMatchObject(
        {
          status: 422,
          code: 'rejected',
          message: expect.stringContaining('Dana Scully'),
        },
      );
      expect((await getConversation(admin, side)).id).toBe(side);
    });

    it('deletes side conversations (and theirs) with their parent', async () => {
      const admin = await ctx().as('admin');
      const parent = (await ctx().inbound()).conversationId;
      const side = (await ctx().inbound()).conversationId;
      const grandchild = (await ctx().inbound()).conversationId;
      await link(admin, parent, { type: 'conversation', id: side });
      await link(admin, side, { type: 'conversation', id: grandchild });
      expect((await admin.send('DELETE', `/api/conversations/${parent}`)).status).toBe(204);
      for (const id of [parent, side, grandchild]) {
        expect(await errorOf(await admin.get(`/api/conversations/${id}`))).toMatchObject({
          status: 404,
        });
      }
    });

    it('leaves no link to a deleted conversation or its ticket in other conversations', async () => {
      const admin = await ctx().as('admin');
      const doomed = (await ctx().inbound()).conversationId;
      const other = (await ctx().inbound()).conversationId;
      const withTicket = await ok(
        await link(admin, doomed, { type: 'ticket', title: 'Refund' }),
        conversationDetailSchema,
      );
      const ticketId = withTicket.links[0]?.id ?? 0;
      await link(admin, other, { type: 'ticket', id: ticketId });
      const before = await getConversation(admin, other);
      expect(before.links).toEqual([{ type: 'ticket', id: ticketId }]);
      expect((await admin.send('DELETE', `/api/conversations/${doomed}`)).status).toBe(204);
      const after = await getConversation(admin, other);
      expect(after.links).toEqual([]);
      expect(after.version).toBe(before.version + 1);
    });

    it('refuses a second parent and a link that would make a cycle (422)', async () => {
      const admin = await ctx().as('admin');
      const a = (await ctx().inbound()).conversationId;
      const b = (await ctx().inbound()).conversationId;
      const c = (await ctx().inbound()).conversationId;
      await link(admin, a, { type: 'conversation', id: b });
      await link(admin, b, { type: 'conversation', id: c });
      expect(await errorOf(await link(admin, c, { type: 'conversation', id: a }))).toMatchObject({
        status: 422,
        code: 'rejected',
      });
      expect(await errorOf(await link(admin, a, { type: 'conversation', id: c }))).toMatchObject({
        status: 422,
        code: 'rejected',
      });
      expect((await getConversation(admin, c)).links).toEqual([]);
      expect((await getConversation(admin, a)).links).toEqual([{ type: 'conversation', id: b }]);
    });
  });
}
