// The real host in this process: PGlite on disk, the built app, headers, cookies, and a restart
// that finds what the first run wrote.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { Readable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer } from './host';
import type { HostOptions, RunningHost } from './host';
import { createPasswords } from './passwords';
import { SECURITY_HEADERS } from './security-headers';
import { freshPostgres, TEST_DATABASE_URL } from '../test/server/databases';

// Cheap scrypt: the test is about the host, and the cost travels inside each hash anyway.
const passwords = createPasswords({ N: 2 ** 10, r: 8, p: 1 });
const ADMIN = { email: 'admin@acme.test', password: 'demo-password' };
const SLOW = 120_000;

let root: string;
let dist: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'parley-host-'));
  dist = join(root, 'dist');
  await mkdir(join(dist, 'assets'), { recursive: true });
  await writeFile(
    join(dist, 'index.html'),
    '<!doctype html><title>Parley</title><div id="root"></div>',
  );
  await writeFile(join(dist, 'assets', 'index-AbC123.js'), 'console.log("parley")');
});
afterAll(() => rm(root, { recursive: true, force: true }));

// Every host in this file opens the same DATA_DIR, one after another: only the first pays for
// PGlite's initdb, and each later start is one more restart on data that must still be there.
const start = (o: Partial<HostOptions> = {}) =>
  startServer({
    port: 0,
    dataDir: join(root, 'data'),
    distDir: dist,
    passwords,
    log: () => undefined,
    clockIntervalMs: 200,
    ...o,
  });

async function signIn(host: RunningHost): Promise<{ cookie: string; setCookie: string }> {
  const res = await fetch(`${host.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  expect(res.status).toBe(200);
  const setCookie = res.headers.get('set-cookie') ?? '';
  return { cookie: setCookie.split(';')[0] ?? '', setCookie };
}

/** A sign-in POST over node:http, its body in these writes (more than one: sent chunked). */
function rawSignIn(host: RunningHost, writes: string[], localAddress?: string): Promise<number> {
  const { port } = new URL(host.url);
  return new Promise<number>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/api/session', method: 'POST', localAddress },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.setHeader('content-type', 'application/json');
    for (const chunk of writes.slice(0, -1)) req.write(chunk);
    req.end(writes.at(-1));
  });
}

describe('the Node host on PGlite in DATA_DIR', () => {
  it(
    'keeps a closed conversation closed across a restart',
    async () => {
      const first = await start();
      let id: number;
      try {
        const { cookie, setCookie } = await signIn(first);
        expect(setCookie).toMatch(/;\s*HttpOnly/i);
        expect(setCookie).toMatch(/;\s*SameSite=(Lax|Strict)/i);
        const list = await fetch(`${first.url}/api/conversations?view=open&limit=1`, {
          headers: { cookie },
        });
        const [open] = ((await list.json()) as { data: { id: number; version: number }[] }).data;
        if (!open) throw new Error('the demo data has open conversations');
        id = open.id;
        const patch = await fetch(`${first.url}/api/conversations/${id}`, {
          method: 'PATCH',
          headers: { cookie, 'content-type': 'application/json' },
          body: JSON.stringify({ status: 'closed' }),
        });
        expect(patch.status).toBe(200);
      } finally {
        await first.close();
      }

      const second = await start();
      try {
        const { cookie } = await signIn(second);
        const res = await fetch(`${second.url}/api/conversations/${id}`, { headers: { cookie } });
        expect(await res.json()).toMatchObject({ id, status: 'closed' });
      } finally {
        await second.close();
      }
    },
    SLOW,
  );

  describe('serving', () => {
    let host: RunningHost;
    beforeAll(async () => {
      host = await start();
    }, SLOW);
    afterAll(() => host.close());

    it('sends the security headers on pages, assets and API answers alike', async () => {
      for (const path of ['/', '/assets/index-AbC123.js', '/api/me', '/api/no-such-route']) {
        const res = await fetch(`${host.url}${path}`, { headers: { accept: 'text/html' } });
        const sent = Object.keys(SECURITY_HEADERS).map((name) => [name, res.headers.get(name)]);
        expect({ path, ...Object.fromEntries(sent) }).toEqual({ path, ...SECURITY_HEADERS });
      }
    });

    it("reads a body of a declared length from Node's stream; a chunked one goes through bodyLimit's count", async () => {
      // A web stream over Node's (@hono/node-server's Request body) costs a bulk close 0.3-0.5 ms
      // of CPU; only a body whose length is not declared needs one, for bodyLimit to count it.
      const toWeb = vi.spyOn(Readable, 'toWeb');
      try {
        const declared = await fetch(`${host.url}/api/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(ADMIN),
        });
        expect(declared.status).toBe(200);
        expect(toWeb).not.toHaveBeenCalled();
        // Two writes before the end: sent chunked, without a Content-Length.
        const body = JSON.stringify(ADMIN);
        const chunked = await rawSignIn(host, [body.slice(0, 10), body.slice(10)]);
        expect(chunked).toBe(200);
        expect(toWeb).toHaveBeenCalled();
      } finally {
        toWeb.mockRestore();
      }
    });

    it('compresses API answers for clients that accept it, with the same JSON', async () => {
      const { cookie } = await signIn(host);
      const list = (encoding: string) =>
        fetch(`${host.url}/api/conversations?view=all&limit=50`, {
          headers: { cookie, 'accept-encoding': encoding },
        });
      const [br, gzip, plain] = await Promise.all([list('br'), list('gzip'), list('identity')]);
      expect(br.headers.get('content-encoding')).toBe('br');
      expect(gzip.headers.get('content-encoding')).toBe('gzip');
      expect(plain.headers.get('content-encoding')).toBeNull();
      for (const res of [br, gzip, plain]) {
        expect(res.headers.get('vary')).toBe('Accept-Encoding');
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      }
      const pages = (await Promise.all([br.json(), gzip.json(), plain.json()])) as {
        data: unknown[];
      }[];
      expect(pages[0]?.data.length).toBeGreaterThan(0);
      expect(pages[0]).toEqual(pages[2]);
      expect(pages[1]).toEqual(pages[2]);
    });

    it('answers client routes with index.html, but a missing file with 404', async () => {
      const page = await fetch(`${host.url}/inbox/1/conversations/7?view=open`, {
        headers: { accept: 'text/html' },
      });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(await page.text()).toContain('<div id="root">');
      const fromCurl = await fetch(`${host.url}/`, { headers: { accept: '*/*' } });
      expect(fromCurl.status).toBe(200);
      expect(await fromCurl.text()).toContain('<div id="root">');
      const script = await fetch(`${host.url}/assets/missing-123.js`, {
        headers: { accept: '*/*' },
      });
      expect(script.status).toBe(404);
    });

    it('serves hashed assets with their type, cached for good', async () => {
      const res = await fetch(`${host.url}/assets/index-AbC123.js`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const again = await fetch(`${host.url}/assets/index-AbC123.js`, {
        headers: { 'if-none-match': res.headers.get('etag') ?? '' },
      });
      expect(again.status).toBe(304);
    });

    it('answers unknown API paths with a JSON 404, never the app', async () => {
      const { cookie } = await signIn(host);
      const res = await fetch(`${host.url}/api/no-such-route`, {
        headers: { cookie, accept: 'text/html' },
      });
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
    });

    it('does not serve files outside dist/', async () => {
      const res = await fetch(`${host.url}/..%2f..%2fpackage.json`);
      expect([400, 404]).toContain(res.status);
    });
  });

  it(
    'hands the API the client address: failed sign-ins from one address lock out only that one',
    async () => {
      const host = await start();
      try {
        const signInFrom = (localAddress: string, password: string) =>
          rawSignIn(host, [JSON.stringify({ email: 'sam@acme.test', password })], localAddress);
        let last = 0;
        for (let i = 0; i < 11; i += 1) last = await signInFrom('127.0.0.1', 'wrong-password');
        expect(last).toBe(429);
        expect(await signInFrom('127.0.0.2', 'demo-password')).toBe(200);
      } finally {
        await host.close();
      }
    },
    SLOW,
  );

  it(
    'says to build the app when dist/ is missing, while the API still works',
    async () => {
      const host = await start({ distDir: join(root, 'no-dist') });
      try {
        const page = await fetch(`${host.url}/`, { headers: { accept: 'text/html' } });
        expect(page.status).toBe(503);
        expect(await page.text()).toContain('npm run build');
        expect((await signIn(host)).cookie).toMatch(/^parley_session=/);
      } finally {
        await host.close();
      }
    },
    SLOW,
  );
});

describe.skipIf(TEST_DATABASE_URL === undefined)('the Node host on PostgreSQL', () => {
  it(
    'seeds an empty database once when two processes start together',
    async () => {
      const db = await freshPostgres(TEST_DATABASE_URL ?? '', { migrate: false });
      try {
        const hosts = await Promise.all([
          start({ databaseUrl: db.url }),
          start({ databaseUrl: db.url }),
        ]);
        for (const host of hosts) await signIn(host);
        await Promise.all(hosts.map((h) => h.close()));
        const { rows } = await db.client.query(
          "SELECT count(*) AS n FROM orgs WHERE name = 'Acme'",
        );
        expect(rows).toEqual([{ n: 1 }]);
      } finally {
        await db.drop();
      }
    },
    SLOW,
  );
});
