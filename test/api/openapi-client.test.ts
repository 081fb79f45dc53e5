// An integrator's client, generated from the OpenAPI document: openapi-typescript writes the types,
// openapi-fetch calls the API with them. The generated client must compile, refuse a call the
// document does not allow, and read a page of conversations with a read-only API token.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApi } from '../../src/api/openapi';
import { createApp } from '../../src/backend/app';
import { ensureDemoData } from '../../src/backend/demo-data';
import { createMemoryStore } from '../../src/backend/memory-store/memory-store';
import { plainPasswords } from '../../src/backend/plain-passwords';

/** What client.ts exports, as this file sees it (the generated types live only in the temp dir). */
interface GeneratedClient {
  parley(token: string, fetch: (request: Request) => Promise<Response>): unknown;
  oldestOpen(client: unknown): Promise<number[]>;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
let dir = '';

const CLIENT = `import createClient from 'openapi-fetch';
import type { paths } from './parley-api';

export function parley(token: string, fetch: (request: Request) => Promise<Response>) {
  return createClient<paths>({
    baseUrl: 'http://parley.test',
    headers: { authorization: \`Bearer \${token}\` },
    fetch,
  });
}

export async function oldestOpen(client: ReturnType<typeof parley>): Promise<number[]> {
  const { data, error } = await client.GET('/api/conversations', {
    params: { query: { view: 'open', sort: 'oldest', limit: '5' } },
  });
  if (error || !data) throw new Error('the list was refused');
  return data.data.map((c) => c.id);
}

export async function notAView(client: ReturnType<typeof parley>) {
  // @ts-expect-error: the document knows no such view
  return client.GET('/api/conversations', { params: { query: { view: 'everything' } } });
}
`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parley-openapi-client-'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'parley-api.d.ts'), await openapiTS(buildOpenApi() as never));
  writeFileSync(join(dir, 'client.ts'), CLIENT);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2023', 'DOM'],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
      },
      files: ['client.ts', 'parley-api.d.ts'],
    }),
  );
}, 60_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a client generated from the OpenAPI document', () => {
  it('compiles, and refuses a call the document does not allow', () => {
    const tsc = join(root, 'node_modules', '.bin', 'tsc');
    const result = spawnSync(tsc, ['-p', dir], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('reads the oldest open conversations with a read-only API token', async () => {
    const store = createMemoryStore();
    const now = () => Date.UTC(2025, 0, 15, 12);
    await ensureDemoData(store, { passwords: plainPasswords, now });
    const app = createApp({ store, now, passwords: plainPasswords });
    const signIn = await app.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@acme.test', password: 'demo-password' }),
    });
    const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
    const minted = await app.request('/api/tokens', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ name: 'CRM sync', scopes: ['conversations:read'] }),
    });
    expect(minted.status).toBe(201);
    const { token } = (await minted.json()) as { token: string };

    const generated = (await import(join(dir, 'client.ts'))) as GeneratedClient;
    const client = generated.parley(token, (request) => Promise.resolve(app.fetch(request)));
    const ids = await generated.oldestOpen(client);
    const direct = await app.request('/api/conversations?view=open&sort=oldest&limit=5', {
      headers: { authorization: `Bearer ${token}` },
    });
    const expected = ((await direct.json()) as { data: { id: number }[] }).data.map((c) => c.id);
    expect(ids).toHaveLength(5);
    expect(ids).toEqual(expected);
  });
});
