// API tokens (SPEC 7.7): minted by admins, shown once, scoped, revocable, rate limited per token.
import { describe, expect, it } from 'vitest';
import {
  apiTokenListSchema,
  conversationDetailSchema,
  conversationPageSchema,
  createdTokenSchema,
  meSchema,
  type ApiScope,
} from '../../../src/api';
import type { Client } from '../harness';
import { errorOf, getConversation, ok, type Ctx } from './helpers';

export async function mintToken(admin: Client, scopes: ApiScope[], name = 'CRM sync') {
  return ok(await admin.send('POST', '/api/tokens', { name, scopes }), createdTokenSchema, 201);
}

export function apiTokenTests(ctx: Ctx) {
  const bearer = (token: string, path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${token}`);
    if (init.body !== undefined) headers.set('content-type', 'application/json');
    return ctx().fetch(path, { ...init, headers });
  };

  describe('API tokens', () => {
    it('an admin mints a token shown once; it reads within its scope and is refused writes', async () => {
      const admin = await ctx().as('admin');
      const minted = await mintToken(admin, ['conversations:read']);
      expect(minted.token).toMatch(/^pat_[\w-]{40,}$/);
      expect(minted).toMatchObject({ name: 'CRM sync', scopes: ['conversations:read'] });
      // Listed without the token itself, and the store holds only a hash.
      const list = await ok(await admin.get('/api/tokens'), apiTokenListSchema);
      const listed = list.data.find((t) => t.id === minted.id);
      expect(listed).toMatchObject({ lastUsedAt: null, revokedAt: null });
      expect(JSON.stringify(list)).not.toContain(minted.token);
      const stored = await ctx().store.read((tx) => tx.listApiTokens(ctx().demo.acme.orgId));
      expect(JSON.stringify(stored)).not.toContain(minted.token);

      const { conversationId: id } = await ctx().inbound();
      const read = await ok(
        await bearer(minted.token, `/api/conversations/${id}`),
        conversationDetailSchema,
      );
      expect(read.id).toBe(id);
      const page = await ok(
        await bearer(minted.token, '/api/conversations?limit=2'),
        conversationPageSchema,
      );
      expect(page.data).toHaveLength(2);
      expect((await ok(await bearer(minted.token, '/api/me'), meSchema)).agent.email).toBe(
        admin.email,
      );
      const before = await getConversation(admin, id);
      const write = await bearer(minted.token, `/api/conversations/${id}`, {
        method: 'PATCH',
        body: JSON.stringify({ priority: 'urgent' }),
      });
      expect(await errorOf(write)).toMatchObject({ status: 403, code: 'forbidden' });
      expect((await getConversation(admin, id)).version).toBe(before.version);
      // Reports, webhooks and token management are out of this token's reach.
      for (const path of ['/api/reports/summary', '/api/webhooks', '/api/tokens'])
        expect((await bearer(minted.token, path)).status).toBe(403);

      const used = await ok(await admin.get('/api/tokens'), apiTokenListSchema);
      expect(used.data.find((t) => t.id === minted.id)?.lastUsedAt).toBe(ctx().now());
    });

    it('a write token changes a conversation, from any origin, and answers RateLimit headers', async () => {
      const admin = await ctx().as('admin');
      const { token } = await mintToken(admin, ['conversations:read', 'conversations:write']);
      const { conversationId: id } = await ctx().inbound();
      const res = await bearer(token, `/api/conversations/${id}`, {
        method: 'PATCH',
        body: JSON.stringify({ priority: 'high' }),
        headers: { origin: 'https://crm.example.com' },
      });
      expect((await ok(res, conversationDetailSchema)).priority).toBe('high');
      expect(res.headers.get('ratelimit-limit')).toBe('1200');
      expect((await getConversation(admin, id)).priority).toBe('high');
    });

    it('a revoked token answers 401; an unknown one 401; another org cannot revoke it (404)', async () => {
      const admin = await ctx().as('admin');
      const { id, token } = await mintToken(admin, ['conversations:read']);
      const globex = ctx().demo.globex.orgId;
      expect(await ctx().store.transaction((tx) => tx.revokeApiToken(globex, id, 1))).toBeNull();
      expect((await admin.send('DELETE', '/api/tokens/999999')).status).toBe(404);
      expect((await bearer(token, '/api/conversations/counts')).status).toBe(200);
      expect((await admin.send('DELETE', `/api/tokens/${id}`)).status).toBe(204);
      expect(await errorOf(await bearer(token, '/api/conversations/counts'))).toMatchObject({
        status: 401,
        message: 'This API token was revoked.',
      });
      expect((await bearer(`${token.slice(0, -2)}xx`, '/api/conversations/counts')).status).toBe(
        401,
      );
      const list = await ok(await admin.get('/api/tokens'), apiTokenListSchema);
      expect(list.data.find((t) => t.id === id)?.revokedAt).toBe(ctx().now());
    });

    it('only admins mint tokens; a bad request is 400 and makes none', async () => {
      const admin = await ctx().as('admin');
      const alex = await ctx().as('alex');
      expect(
        (await alex.send('POST', '/api/tokens', { name: 'x', scopes: ['webhooks'] })).status,
      ).toBe(403);
      const count = async () =>
        (await ok(await admin.get('/api/tokens'), apiTokenListSchema)).data.length;
      const before = await count();
      for (const body of [
        { name: '', scopes: ['webhooks'] },
        { name: 'x', scopes: [] },
        { name: 'x', scopes: ['admin'] },
      ])
        expect((await admin.send('POST', '/api/tokens', body)).status).toBe(400);
      expect(await count()).toBe(before);
    });

    it('deleting with metrics needs the delete_conversations_and_metrics scope', async () => {
      const admin = await ctx().as('admin');
      const { token } = await mintToken(admin, ['conversations:write']);
      const { conversationId: id } = await ctx().inbound();
      const res = await bearer(token, `/api/conversations/${id}?retain_metrics=false`, {
        method: 'DELETE',
      });
      expect(await errorOf(res)).toMatchObject({ status: 403 });
      expect((await getConversation(admin, id)).id).toBe(id);
    });
  });
}
