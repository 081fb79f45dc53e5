// `GET /api/session` (#15, defect 11): the app's first question, "who is signed in?", answers 200
// with `{ agent: null }` when no one is, so a signed-out start logs no failed request.
import { describe, expect, it } from 'vitest';
import { sessionSchema } from '../../../src/api';
import { errorOf, ok, type Ctx } from './helpers';

export function sessionStateTests(ctx: Ctx) {
  describe('GET /api/session', () => {
    it('answers { agent: null } without a session, and the agent with one', async () => {
      expect(await ok(await ctx().fetch('/api/session'), sessionSchema)).toEqual({ agent: null });
      const alex = await ctx().as('alex');
      const { agent } = await ok(await alex.get('/api/session'), sessionSchema);
      expect(agent).toMatchObject({ name: 'Alex', email: 'alex@acme.test', role: 'agent' });
    });

    it('answers { agent: null } for a session that ended, while /api/me stays 401', async () => {
      const alex = await ctx().signIn('alex@acme.test', 'demo-password');
      expect((await alex.send('DELETE', '/api/session')).status).toBe(204);
      expect(await ok(await alex.get('/api/session'), sessionSchema)).toEqual({ agent: null });
      expect(await errorOf(await alex.get('/api/me'))).toMatchObject({ status: 401 });
    });
  });
}
