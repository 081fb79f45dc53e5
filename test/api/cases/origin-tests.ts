// Cross-site and cross-origin requests: every state-changing request, body or not, must come from
// the app's own origin; a request without Origin or Sec-Fetch-Site is not a browser's and passes,
// as does a bearer-token request. Also when the session cookie is Secure.
import { describe, expect, it } from 'vitest';
import { DEMO_EMAILS, DEMO_TOKENS } from '../../../src/backend/demo-data';
import { ORIGIN } from '../harness';
import { errorOf, getConversation, type Ctx } from './helpers';
import { cookieOf, ownApp } from './own-app';

const ANOTHER_PORT = 'http://parley.test:5173';

export function originTests(ctx: Ctx) {
  describe('state changes from another origin', () => {
    it('refuses body-less POSTs from another port or site (403) and changes nothing', async () => {
      const alex = await ctx().as('alex');
      const { conversationId: id } = await ctx().inbound();
      const outbox = (await ctx().outbox(ctx().demo.acme.orgId)).length;
      const attempts: Record<string, string>[] = [
        { origin: ANOTHER_PORT },
        { origin: ANOTHER_PORT, 'sec-fetch-site': 'same-site' },
        { 'sec-fetch-site': 'same-site' },
        { 'sec-fetch-site': 'cross-site' },
        { origin: 'null' },
        { origin: 'https://parley.test' },
      ];
      for (const headers of attempts) {
        for (const action of ['spam', 'followers', 'sync']) {
          const res = await alex.send(
            'POST',
            `/api/conversations/${id}/${action}`,
            undefined,
            headers,
          );
          expect({ action, headers, status: res.status }).toEqual({ action, headers, status: 403 });
          expect(await errorOf(res)).toMatchObject({ code: 'forbidden' });
        }
      }
      const after = await getConversation(alex, id);
      expect(after).toMatchObject({ status: 'open', followers: [] });
      expect((await ctx().outbox(ctx().demo.acme.orgId)).slice(outbox)).toEqual([]);
    });

    it("lets the app's own origin, same-origin fetches and non-browser clients through", async () => {
      const alex = await ctx().as('alex');
      const { conversationId: id } = await ctx().inbound();
      const follow = (headers: Record<string, string>) =>
        alex.send('POST', `/api/conversations/${id}/followers`, undefined, headers);
      expect((await follow({ origin: ORIGIN })).status).toBe(200);
      expect((await follow({ 'sec-fetch-site': 'same-origin', origin: ORIGIN })).status).toBe(200);
      expect((await follow({ 'sec-fetch-site': 'same-origin' })).status).toBe(200);
      expect((await follow({})).status).toBe(200);
    });

    it('refuses a sign-in and a sign-out from another origin', async () => {
      const signIn = await ctx().fetch('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: ANOTHER_PORT },
        body: JSON.stringify({ email: DEMO_EMAILS.alex, password: 'demo-password' }),
      });
      expect(signIn.status).toBe(403);
      expect(signIn.headers.get('set-cookie')).toBeNull();
      const alex = await ctx().as('alex');
      const out = await alex.send('DELETE', '/api/session', undefined, { origin: ANOTHER_PORT });
      expect(out.status).toBe(403);
      expect((await alex.get('/api/me')).status).toBe(200);
    });

    it('takes a contact message with the inbox token from any origin', async () => {
      const res = await ctx().fetch('/api/inbound', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${DEMO_TOKENS.acme}`,
          origin: 'https://shop.example',
          'sec-fetch-site': 'cross-site',
        },
        body: JSON.stringify({
          channel: 'chat',
          contact: { email: 'w@customers.test' },
          body: 'hi',
        }),
      });
      expect(res.status).toBe(201);
    });

    it('accepts the origins an operator trusts (a UI served from another origin)', async () => {
      const app = ownApp(ctx, { trustedOrigins: ['http://ui.parley.test'] });
      const signIn = (origin: string) =>
        app.fetch('/api/session', {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin, 'sec-fetch-site': 'same-site' },
          body: JSON.stringify({ email: DEMO_EMAILS.alex, password: 'demo-password' }),
        });
      expect((await signIn('http://ui.parley.test')).status).toBe(200);
      expect((await signIn('http://ui.parley.test:8080')).status).toBe(403);
    });
  });

  describe('the Secure cookie', () => {
    const secureOf = async (app: ReturnType<typeof ownApp>, headers: Record<string, string>) => {
      const res = await app.fetch('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ email: DEMO_EMAILS.alex, password: 'demo-password' }),
      });
      expect(cookieOf(res)).toMatch(/^parley_session=/);
      return /;\s*Secure/i.test(res.headers.get('set-cookie') ?? '');
    };

    it('is Secure behind a trusted proxy that says https, not when anyone says it', async () => {
      const https = { 'x-forwarded-proto': 'https' };
      expect(await secureOf(ownApp(ctx), https)).toBe(false);
      expect(await secureOf(ownApp(ctx, { trustProxyHops: 1 }), https)).toBe(true);
      expect(await secureOf(ownApp(ctx, { trustProxyHops: 1 }), {})).toBe(false);
      // The nearest proxy's word is the right-most one.
      expect(
        await secureOf(ownApp(ctx, { trustProxyHops: 1 }), { 'x-forwarded-proto': 'https, http' }),
      ).toBe(false);
    });

    it('is always Secure when the operator says so (PARLEY_COOKIE_SECURE)', async () => {
      expect(await secureOf(ownApp(ctx, { cookieSecure: true }), {})).toBe(true);
    });
  });
}
