// Failed sign-ins are counted per email and client address together, and per client address:
// guessing from one address locks that email there only, never the person from elsewhere.
import { describe, expect, it } from 'vitest';
import { DEMO_EMAILS } from '../../../src/backend/demo-data';
import { errorOf, type Ctx } from './helpers';
import { ADDRESS, ownApp } from './own-app';

const ELSEWHERE = '198.51.100.20';
const WINDOW_MS = 15 * 60 * 1000;

const limitHeaders = (res: Response) => ({
  limit: res.headers.get('ratelimit-limit'),
  remaining: res.headers.get('ratelimit-remaining'),
  reset: res.headers.get('ratelimit-reset'),
});

export function loginLimitTests(ctx: Ctx) {
  describe('failed sign-ins, per email and address', () => {
    it('locks an email from the guessing address only: the person still signs in from elsewhere', async () => {
      const app = ownApp(ctx);
      for (let i = 1; i <= 10; i += 1) {
        const res = await app.signIn(DEMO_EMAILS.sam, `guess-${i}`);
        expect(res.status).toBe(401);
        expect(limitHeaders(res)).toMatchObject({ limit: '10', remaining: String(10 - i) });
      }
      const locked = await app.signIn(DEMO_EMAILS.sam);
      expect(locked.headers.get('retry-after')).toBe(String(WINDOW_MS / 1000));
      expect(limitHeaders(locked)).toEqual({ limit: '10', remaining: '0', reset: '900' });
      expect(await errorOf(locked)).toMatchObject({
        status: 429,
        code: 'rate_limited',
        message: expect.stringContaining('15 minutes'),
      });
      const elsewhere = await app.signIn(DEMO_EMAILS.sam, undefined, ELSEWHERE);
      expect(elsewhere.status).toBe(200);
      expect(limitHeaders(elsewhere)).toMatchObject({ limit: '10', remaining: '10' });
      app.advance(WINDOW_MS);
      expect((await app.signIn(DEMO_EMAILS.sam)).status).toBe(200);
    });

    it('limits one address across emails (password spraying), not the others', async () => {
      const app = ownApp(ctx, { loginFailuresPerAddress: 3 });
      const spray = ['a@acme.test', 'b@acme.test', 'c@acme.test'];
      for (const email of spray) expect((await app.signIn(email, 'x')).status).toBe(401);
      const refused = await app.signIn(DEMO_EMAILS.alex);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('900');
      expect(limitHeaders(refused)).toMatchObject({ limit: '3', remaining: '0' });
      expect((await app.signIn(DEMO_EMAILS.alex, undefined, ELSEWHERE)).status).toBe(200);
    });

    it('ignores X-Forwarded-For unless a proxy is trusted, then takes its right-most entry', async () => {
      const direct = ownApp(ctx, { loginFailuresPerEmail: 1 });
      expect((await direct.signIn(DEMO_EMAILS.gina, 'x')).status).toBe(401);
      const spoofed = await direct.fetch('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': ELSEWHERE },
        body: JSON.stringify({ email: DEMO_EMAILS.gina, password: 'demo-password' }),
      });
      expect(spoofed.status).toBe(429);

      const proxied = ownApp(ctx, { loginFailuresPerEmail: 1, trustProxyHops: 1 });
      const via = (forwardedFor: string, password: string) =>
        proxied.fetch(
          '/api/session',
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
            body: JSON.stringify({ email: DEMO_EMAILS.gina, password }),
          },
          '10.0.0.2',
        );
      expect((await via(ADDRESS, 'x')).status).toBe(401);
      // What the client wrote to the left of the proxy's entry does not change who it is.
      expect((await via(`${ELSEWHERE}, ${ADDRESS}`, 'demo-password')).status).toBe(429);
      expect((await via(ELSEWHERE, 'demo-password')).status).toBe(200);
    });
  });
}
