// Bad input answers 4xx with the error shape, never 500.
import { describe, expect, it } from 'vitest';
import { mintToken } from './api-token-tests';
import { errorOf, type Ctx } from './helpers';

export function badInputTests(ctx: Ctx) {
  describe('bad input', () => {
    it('answers 400 for malformed JSON on every route with a body', async () => {
      const admin = await ctx().as('admin');
      const { conversationId: id } = await ctx().inbound();
      // A bearer credential skips the origin check; the inbox's own token on its route.
      const { token } = await mintToken(admin, ['conversations:write', 'webhooks', 'settings']);
      const routes: [string, string][] = [
        ['POST', '/api/session'],
        ['POST', '/api/inbound'],
        ['PATCH', `/api/conversations/${id}`],
        ['POST', `/api/conversations/${id}/messages`],
        ['POST', `/api/conversations/${id}/snooze`],
        ['POST', `/api/conversations/${id}/tags`],
        ['POST', `/api/conversations/${id}/links`],
        ['POST', '/api/conversations/bulk'],
        ['POST', '/api/webhooks'],
        ['PATCH', '/api/org/settings'],
      ];
      for (const [method, path] of routes) {
        for (const body of [
          '{"status": ',
          'not json',
          '',
          '[1,2',
          '"just a string"',
          'null',
          '[]',
        ]) {
          const res = await admin.fetch(path, {
            method,
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${path === '/api/inbound' ? 'acme-demo-inbox-token' : token}`,
            },
            body,
          });
          expect({ at: `${method} ${path} ${body}`, status: res.status }).toEqual({
            at: `${method} ${path} ${body}`,
            status: 400,
          });
          expect(await errorOf(res)).toMatchObject({ status: 400, code: 'bad_request' });
        }
      }
    });

    it('answers 413 for a body over 1 MB, declared or streamed', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      const huge = JSON.stringify({ type: 'chat', body: 'x'.repeat(1_100_000) });
      const declared = await alex.fetch(`/api/conversations/${conversationId}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(huge.length) },
        body: huge,
      });
      expect(await errorOf(declared)).toMatchObject({ status: 413, code: 'too_large' });
      const bytes = new TextEncoder().encode(huge);
      const streamed = await alex.fetch(`/api/conversations/${conversationId}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: new ReadableStream<Uint8Array>({
          start(controller) {
            for (let at = 0; at < bytes.length; at += 65_536)
              controller.enqueue(bytes.slice(at, at + 65_536));
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit);
      expect(await errorOf(streamed)).toMatchObject({ status: 413, code: 'too_large' });
      // Just under the limit is fine as JSON, then the schema's own limit applies.
      expect(
        await errorOf(
          await alex.send('POST', `/api/conversations/${conversationId}/messages`, {
            type: 'chat',
            body: 'y'.repeat(900_000),
          }),
        ),
      ).toMatchObject({ status: 400, code: 'bad_request' });
    });

    it('answers 404 for ids that are not positive integers, on every conversation route', async () => {
      const alex = await ctx().as('alex');
      for (const bad of ['abc', '-1', '1.5', '0', '%2e%2e', '1e3', '99999999999', '0x10', ' 1']) {
        for (const [method, suffix, body] of [
          ['GET', '', undefined],
          ['PATCH', '', { status: 'closed' }],
          ['DELETE', '', undefined],
          ['GET', '/messages', undefined],
          ['POST', '/messages', { type: 'chat', body: 'x' }],
          ['POST', '/snooze', { until: ctx().now() + 60_000 }],
          ['POST', '/spam', undefined],
          ['POST', '/sync', undefined],
        ] as const) {
          const res = await alex.send(method, `/api/conversations/${bad}${suffix}`, body);
          expect({ at: `${method} ${bad}${suffix}`, status: res.status }).toEqual({
            at: `${method} ${bad}${suffix}`,
            status: 404,
          });
          expect(await errorOf(res)).toMatchObject({ status: 404, code: 'not_found' });
        }
      }
    });

    it('answers 400 for wrong types, and 404 with the error shape for unknown routes', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      for (const body of [
        { status: 1 },
        { priority: null },
        { assigneeId: 1.5 },
        { assigneeId: -3 },
        { teamId: '2' },
      ]) {
        expect(
          await errorOf(await alex.send('PATCH', `/api/conversations/${conversationId}`, body)),
        ).toMatchObject({ status: 400, code: 'bad_request' });
      }
      expect(await errorOf(await alex.get('/api/nothing-here'))).toMatchObject({
        status: 404,
        code: 'not_found',
      });
      expect(
        await errorOf(
          await alex.send('PUT', `/api/conversations/${conversationId}`, { status: 'closed' }),
        ),
      ).toMatchObject({ status: 404, code: 'not_found' });
    });

    it('never answers 500 to junk on any route', async () => {
      const admin = await ctx().as('admin');
      const { conversationId: id } = await ctx().inbound();
      const junk: unknown[] = [
        {},
        { a: { b: [1, { c: null }] } },
        'x'.repeat(5000),
        12,
        true,
        { ids: Array.from({ length: 2000 }, (_, i) => i) },
      ];
      const paths = [
        '/api/session',
        '/api/inbound',
        `/api/conversations/${id}`,
        `/api/conversations/${id}/messages`,
        `/api/conversations/${id}/links`,
        '/api/conversations/bulk',
        '/api/webhooks',
        '/api/org/settings',
      ];
      for (const path of paths) {
        for (const method of ['POST', 'PATCH', 'DELETE']) {
          for (const body of junk) {
            const res = await admin.send(method, path, body);
            expect({ at: `${method} ${path}`, status: res.status }).toMatchObject({
              at: `${method} ${path}`,
              status: expect.any(Number),
            });
            expect(res.status).toBeLessThan(500);
          }
        }
      }
      // A fresh session: `DELETE /api/session` above signed `admin` out, which would turn every
      // check below into a 401.
      const reader = await ctx().as('admin');
      const answered: { q: string; status: number }[] = [];
      for (const q of [
        'view[]=x',
        'limit=1e2',
        'cursor=%FF%FE',
        'q=%00',
        'tag=' + 'x'.repeat(500),
      ]) {
        answered.push({ q, status: (await reader.get(`/api/conversations?${q}`)).status });
      }
      expect(answered.filter((a) => a.status === 401 || a.status >= 500)).toEqual([]);
    });
  });
}
