// Deletion: admins only, metrics kept (marked) or dropped with the permission, child tickets go.
import { describe, expect, it } from 'vitest';
import {
  conversationDetailSchema,
  conversationPageSchema,
  reportSummarySchema,
} from '../../../src/api';
import type { Client } from '../harness';
import { plainPasswords } from '../../../src/backend/plain-passwords';
import { errorOf, ok, patch, type Ctx } from './helpers';

const summary = async (client: Client, from: number, to: number) =>
  ok(await client.get(`/api/reports/summary?from=${from}&to=${to}`), reportSummarySchema);

export function deleteTests(ctx: Ctx) {
  describe('deleting conversations', () => {
    it('is for admins: an agent gets 403 and the conversation stays', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      expect(
        await errorOf(await alex.send('DELETE', `/api/conversations/${conversationId}`)),
      ).toMatchObject({ status: 403, code: 'forbidden' });
      expect((await alex.get(`/api/conversations/${conversationId}`)).status).toBe(200);
    });

    it('removes the conversation and its messages (204, then 404), keeping its metrics marked deleted', async () => {
      const admin = await ctx().as('admin');
      ctx().advance(1000);
      const from = ctx().now();
      const { conversationId } = await ctx().inbound();
      await admin.send('POST', `/api/conversations/${conversationId}/messages`, {
        type: 'chat',
        body: 'Answer',
      });
      await patch(admin, conversationId, { status: 'closed' });
      const to = ctx().now() + 1;
      const res = await admin.send('DELETE', `/api/conversations/${conversationId}`);
      expect(res.status).toBe(204);
      expect(await errorOf(await admin.get(`/api/conversations/${conversationId}`))).toMatchObject({
        status: 404,
        code: 'not_found',
      });
      expect(
        await errorOf(await admin.get(`/api/conversations/${conversationId}/messages`)),
      ).toMatchObject({ status: 404, code: 'not_found' });
      const list = await ok(
        await admin.get('/api/conversations?view=all&limit=100'),
        conversationPageSchema,
      );
      expect(list.data.map((c) => c.id)).not.toContain(conversationId);
      const report = await summary(admin, from, to);
      expect(report).toMatchObject({ created: 1, closed: 1, deletedWithMetrics: 1 });
      expect(
        await errorOf(await admin.send('DELETE', `/api/conversations/${conversationId}`)),
      ).toMatchObject({ status: 404, code: 'not_found' });
    });

    it('drops the metrics too with retain_metrics=false, given the permission', async () => {
      const admin = await ctx().as('admin');
      ctx().advance(1000);
      const from = ctx().now();
      const { conversationId } = await ctx().inbound();
      const res = await admin.send(
        'DELETE',
        `/api/conversations/${conversationId}?retain_metrics=false`,
      );
      expect(res.status).toBe(204);
      expect(await summary(admin, from, ctx().now() + 1)).toMatchObject({
        created: 0,
        deletedWithMetrics: 0,
      });
    });

    it('refuses retain_metrics=false to an admin without the permission (403), and bad values (400)', async () => {
      const email = `admin-no-metrics-${ctx().now()}@acme.test`;
      await ctx().store.transaction(async (tx) =>
        tx.insertAgent({
          orgId: ctx().demo.acme.orgId,
          name: 'Robin',
          email,
          role: 'admin',
          passwordHash: await plainPasswords.hash('pw-robin'),
          canDeleteMetrics: false,
        }),
      );
      const robin = await ctx().signIn(email, 'pw-robin');
      const { conversationId } = await ctx().inbound();
      expect(
        await errorOf(
          await robin.send('DELETE', `/api/conversations/${conversationId}?retain_metrics=false`),
        ),
      ).toMatchObject({
        status: 403,
        code: 'forbidden',
        message: expect.stringContaining('delete_conversations_and_metrics'),
      });
      expect(
        await errorOf(
          await robin.send('DELETE', `/api/conversations/${conversationId}?retain_metrics=maybe`),
        ),
      ).toMatchObject({ status: 400, code: 'bad_request' });
      expect(
        (await robin.send('DELETE', `/api/conversations/${conversationId}?retain_metrics=true`))
          .status,
      ).toBe(204);
    });

    it('deletes the tickets linked as children with their parent', async () => {
      const admin = await ctx().as('admin');
      const parent = (await ctx().inbound()).conversationId;
      const other = (await ctx().inbound()).conversationId;
      const linked = await admin.send('POST', `/api/conversations/${parent}/links`, {
        type: 'ticket',
        title: 'Refund',
      });
      const ticketId = (await ok(linked, conversationDetailSchema)).links[0]?.id ?? 0;
      expect(
        (
          await admin.send('POST', `/api/conversations/${other}/links`, {
            type: 'ticket',
            id: ticketId,
          })
        ).status,
      ).toBe(200);
      expect((await admin.send('DELETE', `/api/conversations/${parent}`)).status).toBe(204);
      expect(
        await errorOf(
          await admin.send('POST', `/api/conversations/${other}/links`, {
            type: 'ticket',
            id: ticketId,
          }),
        ),
      ).toMatchObject({ status: 422, code: 'rejected' });
      // A ticket cannot be deleted on its own: there is no such route.
      expect((await admin.send('DELETE', `/api/tickets/${ticketId}`)).status).toBe(404);
    });
  });
}
