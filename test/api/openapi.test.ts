// The OpenAPI document: valid by a standard validator, and holding every route the app registers.
import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/backend/app';
import { createMemoryStore } from '../../src/backend/memory-store/memory-store';
import { plainPasswords } from '../../src/backend/plain-passwords';
import { buildOpenApi, openApiPath } from '../../src/api/openapi';

const app = createApp({ store: createMemoryStore(), now: () => 0, passwords: plainPasswords });

describe('OpenAPI document', () => {
  it('is valid OpenAPI 3.1 by @apidevtools/swagger-parser', async () => {
    const doc = buildOpenApi();
    expect(doc['openapi']).toBe('3.1.0');
    // validate() dereferences in place: give it a copy.
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });

  it('describes every route the app registers, and nothing it does not', async () => {
    const res = await app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { paths: Record<string, Record<string, unknown>> };
    const registered = new Set(
      app.routes
        .filter((r) => r.method !== 'ALL')
        .map((r) => `${r.method.toLowerCase()} ${openApiPath(r.path)}`),
    );
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((method) => `${method} ${path}`),
      ),
    );
    expect([...registered].filter((r) => !documented.has(r))).toEqual([]);
    expect([...documented].filter((r) => !registered.has(r))).toEqual([]);
  });

  it('gives each operation its schemas, security and scope', () => {
    const doc = buildOpenApi() as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    const patch = doc.paths['/api/conversations/{id}']?.['patch'];
    expect(patch?.['security']).toEqual([{ session: [] }, { bearer: ['conversations:write'] }]);
    expect(JSON.stringify(patch?.['requestBody'])).toContain('"priority"');
    const list = doc.paths['/api/conversations']?.['get'];
    expect(list?.['parameters']).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'view', in: 'query' })]),
    );
    expect(doc.paths['/api/session']?.['post']?.['security']).toEqual([]);
    expect(doc.paths['/api/tokens']?.['post']?.['security']).toEqual([{ session: [] }]);
  });
});
