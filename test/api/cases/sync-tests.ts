// What a CRM sync reads: contacts, `updatedSince`, ETags on a conversation, inbox token rotation.
import { describe, expect, it } from 'vitest';
import {
  bulkResultSchema,
  contactDetailSchema,
  contactPageSchema,
  conversationDetailSchema,
  conversationPageSchema,
  inboxSchema,
} from '../../../src/api';
import { errorOf, getConversation, getThread, ok, patch, type Ctx } from './helpers';

export function syncTests(ctx: Ctx) {
  describe('sync data', () => {
    it('lists contacts page by page, and one contact with their conversations and status', async () => {
      const alex = await ctx().as('alex');
      const email = `sync-${ctx().now()}@customers.test`;
      const first = await ctx().inbound({ email, name: 'Sync Person', channel: 'email' });
      await patch(alex, first.conversationId, { status: 'closed' });
      const page = await ok(await alex.get('/api/contacts?limit=2'), contactPageSchema);
      expect(page.data).toHaveLength(2);
      expect(page.next).toBe(String(page.data[1]?.id));
      const next = await ok(
        await alex.get(`/api/contacts?limit=2&cursor=${page.next}`),
        contactPageSchema,
      );
      expect(next.data[0]?.id).toBeGreaterThan(page.data[1]?.id ?? 0);

      const c = await ok(
        await alex.get(`/api/conversations/${first.conversationId}`),
        conversationDetailSchema,
      );
      const detail = await ok(await alex.get(`/api/contacts/${c.contactId}`), contactDetailSchema);
      expect(detail).toMatchObject({
        id: c.contactId,
        name: 'Sync Person',
        email,
        firstSeenAt: c.createdAt,
        conversations: [{ id: first.conversationId, status: 'closed', channel: 'email' }],
      });
      // Another org's contact is 404, like a missing one.
      const gina = await ctx().as('gina');
      expect((await gina.get(`/api/contacts/${c.contactId}`)).status).toBe(404);
      expect(await errorOf(await alex.get('/api/contacts/abc'))).toMatchObject({ status: 404 });
    });

    it('updatedSince lists only what changed at or after that time', async () => {
      const alex = await ctx().as('alex');
      ctx().advance(60_000);
      const since = ctx().now();
      const { conversationId } = await ctx().inbound();
      const page = await ok(
        await alex.get(`/api/conversations?view=all&updatedSince=${since}&limit=100`),
        conversationPageSchema,
      );
      expect(page.data.map((r) => r.id)).toEqual([conversationId]);
      expect(page.data.every((r) => r.updatedAt >= since)).toBe(true);
      expect((await alex.get('/api/conversations?updatedSince=yesterday')).status).toBe(400);
    });

    it('answers 304 to If-None-Match until the conversation changes', async () => {
      const alex = await ctx().as('alex');
      const { conversationId: id } = await ctx().inbound();
      const first = await alex.get(`/api/conversations/${id}`);
      const tag = first.headers.get('etag') ?? '';
      expect(tag).toMatch(/^W\/"/);
      const same = await alex.get(`/api/conversations/${id}`, { 'if-none-match': tag });
      expect(same.status).toBe(304);
      expect(await same.text()).toBe('');
      await patch(alex, id, { priority: 'high' });
      const changed = await alex.get(`/api/conversations/${id}`, { 'if-none-match': tag });
      expect(changed.status).toBe(200);
      expect((await ok(changed, conversationDetailSchema)).priority).toBe('high');
    });

    it('a PATCH or bulk request sent again with its idempotencyKey answers as before and changes nothing more', async () => {
      const alex = await ctx().as('alex');
      const { conversationId: id } = await ctx().inbound();
      const body = { status: 'pending', idempotencyKey: `retry-${id}` };
      const first = await ok(await patch(alex, id, body), conversationDetailSchema);
      const again = await patch(alex, id, body);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(await ok(again, conversationDetailSchema)).toEqual(first);
      expect((await getConversation(alex, id)).version).toBe(first.version);
      const events = (await getThread(alex, id)).filter((m) => m.type === 'event');
      expect(events).toHaveLength(1);
      // The key belongs to that request: another conversation with it is refused (422).
      const other = (await ctx().inbound()).conversationId;
      expect(await errorOf(await patch(alex, other, { ...body }))).toMatchObject({ status: 422 });
      expect((await getConversation(alex, other)).status).toBe('open');
      // Another agent's key of the same name is theirs.
      const sam = await ctx().as('sam');
      expect((await patch(sam, other, body)).headers.get('idempotent-replayed')).toBeNull();

      const { conversationId: a } = await ctx().inbound();
      const bulk = { action: 'close', ids: [a], idempotencyKey: `bulk-${a}` };
      const closed = await ok(
        await alex.send('POST', '/api/conversations/bulk', bulk),
        bulkResultSchema,
      );
      await patch(alex, a, { status: 'open' });
      const replay = await alex.send('POST', '/api/conversations/bulk', bulk);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(await ok(replay, bulkResultSchema)).toEqual(closed);
      // The replay changed nothing: the reopen stands.
      expect((await getConversation(alex, a)).status).toBe('open');
    });

    it('an admin rotates an inbox token: the old one stops working, the new one works', async () => {
      const admin = await ctx().as('admin');
      const alex = await ctx().as('alex');
      const inboxId = ctx().demo.acme.inboxId;
      expect((await alex.send('POST', `/api/inboxes/${inboxId}/token`)).status).toBe(403);
      expect(
        (await admin.send('POST', `/api/inboxes/${ctx().demo.globex.inboxId}/token`)).status,
      ).toBe(404);
      const rotated = await ok(
        await admin.send('POST', `/api/inboxes/${inboxId}/token`),
        inboxSchema,
      );
      const token = rotated.token ?? '';
      expect(token).not.toBe(ctx().demo.acme.token);
      try {
        await expect(ctx().inbound()).rejects.toThrow(/inbound answered 401/);
        expect((await ctx().inbound({ token })).created).toBe(true);
      } finally {
        // Later cases send with the demo token.
        await ctx().store.transaction((tx) =>
          tx.setInboxToken(rotated.orgId, inboxId, ctx().demo.acme.token),
        );
      }
    });
  });
}
