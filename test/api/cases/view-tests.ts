// Saved views (SPEC 7.3): private or shared by admins, each with its live count, and the counts
// of the navigation's shortcuts (Mine, Unassigned, Mentions).
import { describe, expect, it } from 'vitest';
import { savedViewSchema, viewListSchema } from '../../../src/api';
import type { Client } from '../harness';
import { errorOf, ok, patch, type Ctx } from './helpers';

const listViews = async (client: Client) => ok(await client.get('/api/views'), viewListSchema);

export function viewTests(ctx: Ctx) {
  describe('saved views', () => {
    it('saves "Urgent billing" and counts it live as a matching conversation arrives', async () => {
      const alex = await ctx().as('alex');
      const created = await ok(
        await alex.send('POST', '/api/views', {
          name: '  Urgent billing ',
          filter: { view: 'all', priority: 'urgent', tag: 'billingview' },
        }),
        savedViewSchema,
        201,
      );
      expect(created).toMatchObject({
        name: 'Urgent billing',
        shared: false,
        count: 0,
        filter: { view: 'all', priority: 'urgent', tag: 'billingview' },
      });
      const { conversationId } = await ctx().inbound({ body: 'My invoice is wrong' });
      await alex.send('POST', `/api/conversations/${conversationId}/tags`, { name: 'billingview' });
      const countOf = async () =>
        (await listViews(alex)).data.find((v) => v.id === created.id)?.count;
      expect(await countOf()).toBe(0);
      await patch(alex, conversationId, { priority: 'urgent' });
      expect(await countOf()).toBe(1);

      const renamed = await ok(
        await alex.send('PATCH', `/api/views/${created.id}`, { name: 'Billing, urgent' }),
        savedViewSchema,
      );
      expect(renamed).toMatchObject({ name: 'Billing, urgent', count: 1 });
      expect((await alex.send('DELETE', `/api/views/${created.id}`)).status).toBe(204);
      expect((await listViews(alex)).data.map((v) => v.id)).not.toContain(created.id);
    });

    it('keeps a private view its author’s, and lets only admins share or change shared ones', async () => {
      const alex = await ctx().as('alex');
      const sam = await ctx().as('sam');
      const admin = await ctx().as('admin');
      const gina = await ctx().as('gina');
      const mine = await ok(
        await alex.send('POST', '/api/views', { name: 'Alex only', filter: { view: 'open' } }),
        savedViewSchema,
        201,
      );
      expect((await listViews(sam)).data.map((v) => v.id)).not.toContain(mine.id);
      expect(await errorOf(await sam.send('DELETE', `/api/views/${mine.id}`))).toMatchObject({
        status: 404,
      });
      expect(
        await errorOf(await gina.send('PATCH', `/api/views/${mine.id}`, { name: 'x' })),
      ).toMatchObject({ status: 404 });

      expect(
        await errorOf(
          await alex.send('POST', '/api/views', {
            name: 'Team',
            filter: { view: 'open' },
            shared: true,
          }),
        ),
      ).toMatchObject({ status: 403, code: 'forbidden' });
      const shared = await ok(
        await admin.send('POST', '/api/views', {
          name: 'Everyone: unassigned',
          filter: { view: 'open', assignee: 'none' },
          shared: true,
        }),
        savedViewSchema,
        201,
      );
      expect((await listViews(sam)).data.map((v) => v.id)).toContain(shared.id);
      expect((await listViews(gina)).data.map((v) => v.id)).not.toContain(shared.id);
      expect(
        await errorOf(await sam.send('PATCH', `/api/views/${shared.id}`, { name: 'Mine' })),
      ).toMatchObject({ status: 403 });
      expect((await listViews(sam)).data.find((v) => v.id === shared.id)?.name).toBe(
        'Everyone: unassigned',
      );
      expect((await admin.send('DELETE', `/api/views/${shared.id}`)).status).toBe(204);
    });

    it('refuses a bad name or filter and stores nothing', async () => {
      const alex = await ctx().as('alex');
      const before = (await listViews(alex)).data.length;
      for (const body of [
        { name: '', filter: { view: 'open' } },
        { name: 'x'.repeat(61), filter: { view: 'open' } },
        { name: 'Bad view', filter: { view: 'trash' } },
        { name: 'Bad key', filter: { view: 'open', colour: 'red' } },
        { name: 'Bad sort', filter: { view: 'open', sort: 'sideways' } },
        { name: 'No filter' },
        { name: 'Extra', filter: { view: 'open' }, owner: 3 },
      ]) {
        expect(await errorOf(await alex.send('POST', '/api/views', body))).toMatchObject({
          status: 400,
          code: 'bad_request',
        });
      }
      expect((await listViews(alex)).data.length).toBe(before);
    });

    it('counts Mine, Unassigned and Mentions for the agent asking', async () => {
      const alex = await ctx().as('alex');
      const sam = await ctx().as('sam');
      const before = (await listViews(alex)).shortcuts;
      const samBefore = (await listViews(sam)).shortcuts;
      const { conversationId } = await ctx().inbound();
      const afterArrival = (await listViews(alex)).shortcuts;
      expect(afterArrival).toEqual({ ...before, unassigned: before.unassigned + 1 });
      await patch(alex, conversationId, { assigneeId: ctx().demo.acme.agents['alex']?.id });
      await sam.send('POST', `/api/conversations/${conversationId}/messages`, {
        type: 'note',
        body: 'Over to you, @Alex',
      });
      expect((await listViews(alex)).shortcuts).toEqual({
        mine: before.mine + 1,
        unassigned: before.unassigned,
        mentions: before.mentions + 1,
      });
      // Sam wrote the note: it mentions Alex, not Sam.
      expect((await listViews(sam)).shortcuts.mentions).toBe(samBefore.mentions);
    });
  });
}
