import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS, withSecurityHeaders } from './security-headers';

const sent = (res: Response) =>
  Object.fromEntries(Object.keys(SECURITY_HEADERS).map((name) => [name, res.headers.get(name)]));

describe('withSecurityHeaders', () => {
  it('sets the headers on the response itself, keeping its body', async () => {
    const res = new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } });
    const out = withSecurityHeaders(res);
    expect(out).toBe(res);
    expect(sent(out)).toEqual(SECURITY_HEADERS);
    expect(await out.json()).toEqual({ ok: true });
  });

  it('copies a response whose headers cannot change', () => {
    const redirect = Response.redirect('http://localhost/inbox', 302);
    const out = withSecurityHeaders(redirect);
    expect(out.status).toBe(302);
    expect(out.headers.get('location')).toBe('http://localhost/inbox');
    expect(sent(out)).toEqual(SECURITY_HEADERS);
  });
});
