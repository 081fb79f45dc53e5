// Sessions, the 401s, sign-in rate limiting and the CSRF defence.
import { describe, expect, it } from 'vitest';
import { meSchema } from '../../../src/api';
import { DEMO_EMAILS } from '../../../src/backend/demo-data';
import { DAY, errorOf, getConversation, ok, type Ctx } from './helpers';

const signInBody = (email: string, password: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email, password }),
});

const PROTECTED: [method: string, path: string][] = [
  ['GET', '/api/me'],
  ['GET', '/api/conversations'],
  ['GET', '/api/conversations/counts'],
  ['GET', '/api/conversations/1'],
  ['GET', '/api/conversations/1/messages'],
  ['POST', '/api/conversations/1/messages'],
  ['PATCH', '/api/conversations/1'],
  ['DELETE', '/api/conversations/1'],
  ['POST', '/api/conversations/1/snooze'],
  ['DELETE', '/api/conversations/1/snooze'],
  ['POST', '/api/conversations/1/spam'],
  ['DELETE', '/api/conversations/1/spam'],
  ['POST', '/api/conversations/1/tags'],
  ['DELETE', '/api/conversations/1/tags/vip'],
  ['POST', '/api/conversations/1/followers'],
  ['DELETE', '/api/conversations/1/followers/me'],
  ['POST', '/api/conversations/1/links'],
  ['POST', '/api/conversations/1/sync'],
  ['POST', '/api/conversations/bulk'],
  ['GET', '/api/webhooks'],
  ['POST', '/api/webhooks'],
  ['DELETE', '/api/webhooks/1'],
  ['GET', '/api/org/settings'],
  ['PATCH', '/api/org/settings'],
  ['GET', '/api/events'],
  ['GET', '/api/reports/summary'],
  ['GET', '/api/agents'],
  ['GET', '/api/inboxes'],
];

export function authTests(ctx: Ctx) {
  describe('sessions', () => {
    it('signs in with the demo password and sets an httpOnly, SameSite=Lax session cookie', async () => {
      const res = await ctx().fetch('/api/session', signInBody(DEMO_EMAILS.alex, 'demo-password'));
      const cookie = res.headers.get('set-cookie') ?? '';
      const body = await ok(res, meSchema);
      expect(body.agent).toMatchObject({
        email: DEMO_EMAILS.alex,
        role: 'agent',
        orgId: ctx().demo.acme.orgId,
      });
      expect(cookie).toMatch(/^parley_session=[\w-]{20,};/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      expect(cookie).toMatch(/Path=\//);
      expect(cookie).not.toMatch(/Secure/i);
      expect(body.agent).not.toHaveProperty('passwordHash');
    });

    it('marks the cookie Secure when the request came over https', async () => {
      const res = await ctx().fetch(
        'https://parley.test/api/session',
        signInBody(DEMO_EMAILS.sam, 'demo-password'),
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('set-cookie')).toMatch(/Secure/i);
    });

    it('accepts the email in any case', async () => {
      const res = await ctx().fetch(
        '/api/session',
        signInBody('  ALEX@Acme.test ', 'demo-password'),
      );
      expect(res.status).toBe(200);
    });

    it('answers 401 with the error shape for a wrong password or an unknown email', async () => {
      expect(
        await errorOf(await ctx().fetch('/api/session', signInBody(DEMO_EMAILS.sam, 'nope'))),
      ).toMatchObject({ status: 401, code: 'unauthorized' });
      expect(
        await errorOf(
          await ctx().fetch('/api/session', signInBody('who@acme.test', 'demo-password')),
        ),
      ).toMatchObject({ status: 401, code: 'unauthorized' });
    });

    it('GET /api/me names the signed-in agent and its org', async () => {
      const gina = await ctx().as('gina');
      const { agent } = await ok(await gina.get('/api/me'), meSchema);
      expect(agent).toEqual({
        id: agent.id,
        name: 'Gina',
        email: DEMO_EMAILS.gina,
        role: 'agent',
        orgId: ctx().demo.globex.orgId,
      });
    });

    it('answers 401 on every route but sign-in and inbound without a session', async () => {
      for (const [method, path] of PROTECTED) {
        const res = await ctx().fetch(path, { method });
        expect({ at: `${method} ${path}`, status: res.status }).toEqual({
          at: `${method} ${path}`,
          status: 401,
        });
        expect(await errorOf(res)).toMatchObject({ status: 401, code: 'unauthorized' });
      }
    });

    it('answers 401 for a forged session token', async () => {
      expect(
        await errorOf(
          await ctx().fetch('/api/me', { headers: { cookie: 'parley_session=forged' } }),
        ),
      ).toMatchObject({ status: 401, code: 'unauthorized' });
    });

    it('signs out with 204, after which the session is gone', async () => {
      const alex = await ctx().as('alex');
      const res = await alex.send('DELETE', '/api/session');
      expect(res.status).toBe(204);
      expect(res.headers.get('set-cookie')).toMatch(/parley_session=;|Max-Age=0/);
      expect(await errorOf(await alex.get('/api/me'))).toMatchObject({
        status: 401,
        code: 'unauthorized',
      });
    });

    it('expires a session after 7 days', async () => {
      const sam = await ctx().as('sam');
      ctx().advance(7 * DAY - 1000);
      expect((await sam.get('/api/me')).status).toBe(200);
      ctx().advance(2000);
      expect(await errorOf(await sam.get('/api/me'))).toMatchObject({
        status: 401,
        code: 'unauthorized',
      });
    });

    it('answers 429 after 10 failed sign-ins for one email in 15 minutes, then lets it in again', async () => {
      const email = DEMO_EMAILS.admin;
      for (let i = 0; i < 10; i += 1) {
        expect((await ctx().fetch('/api/session', signInBody(email, `wrong-${i}`))).status).toBe(
          401,
        );
      }
      expect(
        await errorOf(await ctx().fetch('/api/session', signInBody(email, 'demo-password'))),
      ).toMatchObject({ status: 429, code: 'rate_limited' });
      // Other emails are not affected.
      expect(
        (await ctx().fetch('/api/session', signInBody(DEMO_EMAILS.alex, 'demo-password'))).status,
      ).toBe(200);
      ctx().advance(15 * 60 * 1000 + 1);
      expect((await ctx().fetch('/api/session', signInBody(email, 'demo-password'))).status).toBe(
        200,
      );
    });
  });

  describe('CSRF defence', () => {
    it('refuses a state-changing body that is not JSON (400) and changes nothing', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      const form = await alex.fetch(`/api/conversations/${conversationId}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'status=closed',
      });
      expect(await errorOf(form)).toMatchObject({
        status: 400,
        code: 'bad_request',
        message: expect.stringContaining('application/json'),
      });
      const text = await alex.fetch(`/api/conversations/${conversationId}/messages`, {
        method: 'POST',
        body: JSON.stringify({ type: 'chat', body: 'x' }),
      });
      expect(await errorOf(text)).toMatchObject({ status: 400, code: 'bad_request' });
      expect((await getConversation(alex, conversationId)).status).toBe('open');
    });

    it('refuses requests a browser marks as cross-site (403)', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      const res = await alex.send('POST', `/api/conversations/${conversationId}/spam`, undefined, {
        'sec-fetch-site': 'cross-site',
      });
      expect(await errorOf(res)).toMatchObject({ status: 403, code: 'forbidden' });
    });
  });
}
