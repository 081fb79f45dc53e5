// Settings, webhooks, agents and inboxes; roles and org isolation.
import { describe, expect, it } from 'vitest';
import {
  conversationPageSchema,
  countsSchema,
  directorySchema,
  inboxListSchema,
  settingsSchema,
  webhookListSchema,
  webhookSchema,
} from '../../../src/api';
import { DEFAULT_SETTINGS } from '../../../src/domain';
import { errorOf, getConversation, ok, type Ctx } from './helpers';

/** The demo's settings: the clock's defaults, Acme on round robin (SPEC 7.1). */
const ACME_SETTINGS = { ...DEFAULT_SETTINGS, autoAssign: 'round_robin' };
const GLOBEX_SETTINGS = { ...DEFAULT_SETTINGS, autoAssign: 'off' };

export function adminTests(ctx: Ctx) {
  describe('org settings', () => {
    it('reads the defaults; an admin changes them within range; an agent cannot (403)', async () => {
      const admin = await ctx().as('admin');
      const alex = await ctx().as('alex');
      expect(await ok(await alex.get('/api/org/settings'), settingsSchema)).toEqual(ACME_SETTINGS);
      expect(
        await errorOf(await alex.send('PATCH', '/api/org/settings', { inactivitySeconds: 900 })),
      ).toMatchObject({ status: 403, code: 'forbidden' });
      const next = await ok(
        await admin.send('PATCH', '/api/org/settings', { inactivitySeconds: 900 }),
        settingsSchema,
      );
      expect(next).toEqual({ ...ACME_SETTINGS, inactivitySeconds: 900 });
      expect(await ok(await alex.get('/api/org/settings'), settingsSchema)).toEqual(next);
      // Globex keeps its own.
      expect(
        await ok(await (await ctx().as('gina')).get('/api/org/settings'), settingsSchema),
      ).toEqual(GLOBEX_SETTINGS);
      await admin.send('PATCH', '/api/org/settings', {
        inactivitySeconds: DEFAULT_SETTINGS.inactivitySeconds,
      });
    });

    it('answers 400 for values out of range, wrong types and unknown fields', async () => {
      const admin = await ctx().as('admin');
      for (const body of [
        { inactivitySeconds: 0 },
        { inactivitySeconds: 10_000_000 },
        { emailAutoResolveDays: 0 },
        { emailAutoResolveDays: 1.5 },
        { chatNewConversationAfterHours: -1 },
        { chatNewConversationAfterHours: '24' },
        { timezone: 'UTC' },
        {},
      ]) {
        expect(await errorOf(await admin.send('PATCH', '/api/org/settings', body))).toMatchObject({
          status: 400,
          code: 'bad_request',
        });
      }
      expect(await ok(await admin.get('/api/org/settings'), settingsSchema)).toEqual(ACME_SETTINGS);
    });
  });

  describe('webhooks', () => {
    it('creates (201, secret shown once), lists without the secret, deletes (204, then 404)', async () => {
      const admin = await ctx().as('admin');
      const created = await ok(
        await admin.send('POST', '/api/webhooks', {
          url: 'https://hooks.example.com/parley',
          events: ['conversation_push', 'conversation_inactive'],
        }),
        webhookSchema,
        201,
      );
      expect(created.secret?.length).toBeGreaterThanOrEqual(16);
      const own = await ok(
        await admin.send('POST', '/api/webhooks', {
          url: 'https://receiver.example.net:9999/hook',
          events: ['conversation_manual_push'],
          secret: 'a-secret-of-20-chars',
        }),
        webhookSchema,
        201,
      );
      expect(own.secret).toBe('a-secret-of-20-chars');
      const list = await ok(await admin.get('/api/webhooks'), webhookListSchema);
      expect(list.data.map((w) => w.id)).toEqual(expect.arrayContaining([created.id, own.id]));
      expect(list.data.every((w) => w.secret === undefined)).toBe(true);
      const gina = await ctx().as('gina');
      expect((await ok(await gina.get('/api/webhooks'), webhookListSchema)).data).toEqual([]);
      expect((await admin.send('DELETE', `/api/webhooks/${created.id}`)).status).toBe(204);
      expect(
        await errorOf(await admin.send('DELETE', `/api/webhooks/${created.id}`)),
      ).toMatchObject({ status: 404, code: 'not_found' });
      expect(await errorOf(await admin.send('DELETE', '/api/webhooks/abc'))).toMatchObject({
        status: 404,
        code: 'not_found',
      });
    });

    it('refuses the legacy conversation_status_updated to new subscriptions (422 with a reason)', async () => {
      const admin = await ctx().as('admin');
      const res = await admin.send('POST', '/api/webhooks', {
        url: 'https://hooks.example.com/x',
        events: ['conversation_push', 'conversation_status_updated'],
      });
      expect(await errorOf(res)).toMatchObject({
        status: 422,
        code: 'rejected',
        message: expect.stringContaining('conversation_status_updated'),
      });
    });

    it('answers 400 for a non-http URL, a short secret or no events; 403 for agents', async () => {
      const admin = await ctx().as('admin');
      for (const body of [
        { url: 'ftp://hooks.example.com', events: ['conversation_push'] },
        { url: 'javascript:alert(1)', events: ['conversation_push'] },
        { url: 'https://hooks.example.com', events: ['conversation_push'], secret: 'short' },
        { url: 'https://hooks.example.com', events: [] },
        { url: 'https://hooks.example.com', events: ['conversation_exploded'] },
      ]) {
        expect(await errorOf(await admin.send('POST', '/api/webhooks', body))).toMatchObject({
          status: 400,
          code: 'bad_request',
        });
      }
      const alex = await ctx().as('alex');
      expect(
        await errorOf(
          await alex.send('POST', '/api/webhooks', {
            url: 'https://hooks.example.com',
            events: ['conversation_push'],
          }),
        ),
      ).toMatchObject({ status: 403, code: 'forbidden' });
    });
  });

  describe('people and inboxes', () => {
    it("lists the org's agents (no password hashes) and teams", async () => {
      const alex = await ctx().as('alex');
      const res = await alex.get('/api/agents');
      const text = await res.clone().text();
      expect(text).not.toContain('passwordHash');
      const { agents, teams } = await ok(res, directorySchema);
      expect(agents.map((a) => a.email)).toEqual(
        expect.arrayContaining(['admin@acme.test', 'alex@acme.test', 'sam@acme.test']),
      );
      expect(agents.every((a) => a.orgId === ctx().demo.acme.orgId)).toBe(true);
      expect(teams.map((t) => t.name)).toEqual(['Support', 'Billing']);
    });

    it('shows inbox tokens to admins only', async () => {
      const admin = await ctx().as('admin');
      const alex = await ctx().as('alex');
      expect((await ok(await admin.get('/api/inboxes'), inboxListSchema)).data).toEqual([
        {
          id: ctx().demo.acme.inboxId,
          orgId: ctx().demo.acme.orgId,
          name: 'Acme Support',
          token: 'acme-demo-inbox-token',
        },
      ]);
      expect(
        (await ok(await alex.get('/api/inboxes'), inboxListSchema)).data[0]?.token,
      ).toBeUndefined();
    });
  });

  describe('org isolation', () => {
    it("answers 404 to every route on another org's conversation", async () => {
      const gina = await ctx().as('gina');
      const { conversationId: id } = await ctx().inbound();
      const calls: [string, string, unknown?][] = [
        ['GET', `/api/conversations/${id}`],
        ['GET', `/api/conversations/${id}/messages`],
        ['POST', `/api/conversations/${id}/messages`, { type: 'chat', body: 'hi' }],
        ['PATCH', `/api/conversations/${id}`, { status: 'closed' }],
        ['POST', `/api/conversations/${id}/snooze`, { until: ctx().now() + 60_000 }],
        ['DELETE', `/api/conversations/${id}/snooze`],
        ['POST', `/api/conversations/${id}/spam`],
        ['DELETE', `/api/conversations/${id}/spam`],
        ['POST', `/api/conversations/${id}/tags`, { name: 'x' }],
        ['DELETE', `/api/conversations/${id}/tags/x`],
        ['POST', `/api/conversations/${id}/followers`],
        ['DELETE', `/api/conversations/${id}/followers/me`],
        ['POST', `/api/conversations/${id}/links`, { type: 'ticket', title: 'x' }],
        ['POST', `/api/conversations/${id}/sync`],
      ];
      for (const [method, path, body] of calls) {
        expect(await errorOf(await gina.send(method, path, body))).toMatchObject({
          status: 404,
          code: 'not_found',
        });
      }
      expect((await getConversation(await ctx().as('alex'), id)).version).toBe(1);
    });

    it('lists and counts only its own org', async () => {
      const gina = await ctx().as('gina');
      const list = await ok(
        await gina.get('/api/conversations?view=all&limit=100'),
        conversationPageSchema,
      );
      expect(list.data.length).toBeGreaterThan(0);
      expect(list.data.every((c) => c.orgId === ctx().demo.globex.orgId)).toBe(true);
      const counts = await ok(await gina.get('/api/conversations/counts'), countsSchema);
      expect(counts.all).toBe(list.data.length);
    });
  });
}
