import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS, securityHeaders } from './security-headers';

const sent = (res: Response) =>
  Object.fromEntries(Object.keys(SECURITY_HEADERS).map((name) => [name, res.headers.get(name)]));

/** The answer `res` after the middleware, as the host's chain passes it on. */
const through = (res: Response) =>
  new Hono()
    .use(securityHeaders)
    .get('/', () => res)
    .request('http://localhost/');

describe('securityHeaders', () => {
  it('sets the headers on the response itself, keeping its body', async () => {
    const res = new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } });
    const out = await through(res);
    expect(out).toBe(res);
    expect(sent(out)).toEqual(SECURITY_HEADERS);
    expect(await out.json()).toEqual({ ok: true });
  });

  it('copies a response whose headers cannot change', async () => {
    const redirect = Response.redirect('http://localhost/inbox', 302);
    const out = await through(redirect);
    expect(out.status).toBe(302);
    expect(out.headers.get('location')).toBe('http://localhost/inbox');
    expect(sent(out)).toEqual(SECURITY_HEADERS);
  });

  it('sends nothing else of secureHeaders', async () => {
    const out = await through(new Response('ok'));
    const names = [...out.headers.keys()].filter((name) => name !== 'content-type');
    expect(names.sort()).toEqual(Object.keys(SECURITY_HEADERS).sort());
  });
});
