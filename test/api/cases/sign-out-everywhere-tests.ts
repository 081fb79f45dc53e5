// `DELETE /api/sessions`: "sign out everywhere" ends every session of the caller's agent, and no
// one else's.
import { describe, expect, it } from 'vitest';
import { errorOf, type Ctx } from './helpers';

export function signOutEverywhereTests(ctx: Ctx) {
  describe('signing out everywhere', () => {
    it("ends every session of the caller (204), the cookie too, and nobody else's", async () => {
      const laptop = await ctx().as('alex');
      const phone = await ctx().as('alex');
      const sam = await ctx().as('sam');
      const res = await laptop.send('DELETE', '/api/sessions');
      expect(res.status).toBe(204);
      expect(res.headers.get('set-cookie')).toMatch(/parley_session=;|Max-Age=0/);
      for (const client of [laptop, phone])
        expect(await errorOf(await client.get('/api/me'))).toMatchObject({ status: 401 });
      expect((await sam.get('/api/me')).status).toBe(200);
      // Signing in again works as ever.
      expect((await (await ctx().as('alex')).get('/api/me')).status).toBe(200);
    });

    it('needs a session (401) and refuses another origin (403)', async () => {
      expect(await errorOf(await ctx().fetch('/api/sessions', { method: 'DELETE' }))).toMatchObject(
        { status: 401 },
      );
      const sam = await ctx().as('sam');
      const res = await sam.send('DELETE', '/api/sessions', undefined, {
        origin: 'http://parley.test:5173',
      });
      expect(res.status).toBe(403);
      expect((await sam.get('/api/me')).status).toBe(200);
    });
  });
}
