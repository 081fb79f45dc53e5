// An agent holds a bounded number of event streams at once (each is a held connection); a stream
// that ends, however it ends, frees its place.
import { describe, expect, it } from 'vitest';
import { DEMO_EMAILS } from '../../../src/backend/demo-data';
import { errorOf, type Ctx } from './helpers';
import { cookieOf, ownApp } from './own-app';

export function streamLimitTests(ctx: Ctx) {
  describe('event streams per agent', () => {
    it('refuses a stream beyond the cap (429) until one of them ends; others are not affected', async () => {
      const app = ownApp(ctx, { streamsPerAgent: 2 });
      const sam = cookieOf(await app.signIn(DEMO_EMAILS.sam));
      const alex = cookieOf(await app.signIn(DEMO_EMAILS.alex));
      const open = (cookie: string) => app.fetch('/api/events', { headers: { cookie } });

      const first = await open(sam);
      expect(first.status).toBe(200);
      expect(first.headers.get('ratelimit-limit')).toBe('2');
      expect(first.headers.get('ratelimit-remaining')).toBe('1');
      const second = await open(sam);
      expect(second.headers.get('ratelimit-remaining')).toBe('0');
      const refused = await open(sam);
      expect(refused.headers.get('retry-after')).toBe('5');
      expect(await errorOf(refused)).toMatchObject({ status: 429, code: 'rate_limited' });

      const other = await open(alex);
      expect(other.status).toBe(200);
      await first.body?.cancel();
      const again = await open(sam);
      expect(again.status).toBe(200);
      await Promise.all([second, other, again].map((res) => res.body?.cancel()));
      const last = await open(sam);
      expect(last.status).toBe(200);
      await last.body?.cancel();
    });
  });
}
