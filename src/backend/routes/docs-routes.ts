// `GET /api/openapi.json`: the API's OpenAPI 3.1 document, built once from API_ROUTES.
import { Hono } from 'hono';
import { buildOpenApi } from '../../api/openapi';
import type { AppEnv } from '../http/env';

export function docsRoutes() {
  let doc: string | null = null;
  return new Hono<AppEnv>().get('/openapi.json', (c) => {
    doc ??= JSON.stringify(buildOpenApi());
    return c.body(doc, 200, { 'Content-Type': 'application/json' });
  });
}
