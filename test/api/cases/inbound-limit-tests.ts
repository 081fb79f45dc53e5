// `POST /api/inbound`: the token is checked before the body, and messages are limited per inbox
// token and client address (a minute's window), with RateLimit-* headers on every answer.
import { describe, expect, it } from 'vitest';
import { DEMO_TOKENS } from '../../../src/backend/demo-data';
import { errorOf, type Ctx } from './helpers';
import { ownApp } from './own-app';

const message = (email: string) =>
  JSON.stringify({ channel: 'chat', contact: { email, name: 'Limited' }, body: 'hi' });

export function inboundLimitTests(ctx: Ctx) {
  describe('inbound messages: the token first, then the limit', () => {
    it('answers 401 to a missing or wrong token whatever the body, 400 only with the token', async () => {
      const post = (body: string, authorization?: string) =>
        ctx().fetch('/api/inbound', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(authorization ? { authorization } : {}),
          },
          body,
        });
      for (const body of ['{', '{"channel":"sms"}', '[]', '{"__proto__":{}}']) {
        expect(await errorOf(await post(body))).toMatchObject({
          status: 401,
          code: 'unauthorized',
        });
        expect(await errorOf(await post(body, 'Bearer wrong-token'))).toMatchObject({
          status: 401,
        });
        expect((await post(body, `Bearer ${DEMO_TOKENS.acme}`)).status).toBe(400);
      }
    });

    it('refuses messages over the limit per token and address (429), creating nothing', async () => {
      const app = ownApp(ctx, { inboundPerMinute: 3 });
      const stamp = ctx().now();
      const send = (n: number, from?: string, token: string = DEMO_TOKENS.acme) =>
        app.fetch(
          '/api/inbound',
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: message(`limited-${stamp}-${n}@customers.test`),
          },
          from,
        );
      for (let n = 1; n <= 3; n += 1) {
        const res = await send(n);
        expect(res.status).toBe(201);
        expect(res.headers.get('ratelimit-limit')).toBe('3');
        expect(res.headers.get('ratelimit-remaining')).toBe(String(3 - n));
        expect(res.headers.get('ratelimit-reset')).toBe('60');
      }
      const refused = await send(4);
      expect(refused.headers.get('retry-after')).toBe('60');
      expect(refused.headers.get('ratelimit-remaining')).toBe('0');
      expect(await errorOf(refused)).toMatchObject({ status: 429, code: 'rate_limited' });
      const contact = await ctx().store.transaction((tx) =>
        tx.findContactByEmail(ctx().demo.acme.orgId, `limited-${stamp}-4@customers.test`),
      );
      expect(contact).toBeNull();

      expect((await send(5, '198.51.100.30')).status).toBe(201);
      expect((await send(6, undefined, DEMO_TOKENS.globex)).status).toBe(201);
      app.advance(60_000);
      expect((await send(7)).status).toBe(201);
    });
  });
}
