// `GET /api/docs`: a reference page of the OpenAPI document, rendered by Scalar's standalone
// bundle served from node_modules (no CDN). Its policy differs from the app's in one respect:
// Scalar injects <style> elements, so this page alone allows inline styles. Its default fonts
// come from a CDN and are turned off.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Hono, type MiddlewareHandler } from 'hono';

const BUNDLE = createRequire(import.meta.url).resolve(
  '@scalar/api-reference/browser/standalone.js',
);

const CONFIG = JSON.stringify({
  withDefaultFonts: false,
  hideClientButton: false,
  // No AI agent and no developer tools: both reach Scalar's hosted services, which the CSP refuses.
  agent: { disabled: true },
  showDeveloperTools: 'never',
});

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Parley API reference</title>
</head>
<body>
<script id="api-reference" data-url="/api/openapi.json" data-configuration='${CONFIG}'></script>
<script src="/api/docs/scalar.js"></script>
</body>
</html>`;

export const DOCS_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Outside the security headers' middleware, so it has the last word on this page's policy. */
export const docsPolicy: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.res.headers.get('content-type')?.startsWith('text/html'))
    c.res.headers.set('Content-Security-Policy', DOCS_CSP);
};

export function apiDocs() {
  let bundle: Promise<Buffer> | null = null;
  return new Hono()
    .get('/api/docs', (c) => c.html(PAGE))
    .get('/api/docs/scalar.js', async (c) => {
      bundle ??= readFile(BUNDLE);
      return c.body(new Uint8Array(await bundle), 200, {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'public, max-age=3600',
      });
    });
}
