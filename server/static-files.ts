// Serves the built app from dist/ with @hono/node-server's serveStatic: the precompressed copy a
// browser accepts (server/precompress.ts writes them at build time), hashed assets cached for a
// year, and index.html, revalidated, for any other page a person may open or share.
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';
import { join, resolve, sep } from 'node:path';
import { pageFileFor } from './page-preloads';
import { PRECOMPRESSED } from './precompress';

/** Vite names what it emits into assets/ after a content hash, so a name never changes meaning. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current assets: a browser asks each time whether it changed (ETag). */
export const REVALIDATE = 'no-cache';

const NOT_BUILT =
  'Parley has not been built yet: run `npm run build` (or `npm start`, which builds it), then reload.\n' +
  'The API under /api works without it.\n';

interface StaticEnv {
  /** Set by serveStatic's onFound: the file that answers, perhaps its .br or .gz copy. */
  Variables: { servedFile: string };
}

export function staticFiles(distDir: string): Hono<StaticEnv> {
  const root = resolve(distDir);
  const assets = join(root, 'assets') + sep;
  const files = (path?: string) =>
    serveStatic<StaticEnv>({
      root,
      ...(path === undefined ? {} : { path }),
      precompressed: true,
      onFound: (served, c) => c.set('servedFile', served),
    });

  /** Cache-Control by what was served; Vary wherever a compressed copy may be chosen. */
  const cacheHeaders: MiddlewareHandler<StaticEnv> = async (c, next) => {
    await next();
    const file = c.get('servedFile');
    if (file === undefined) return;
    c.res.headers.set('cache-control', file.startsWith(assets) ? IMMUTABLE : REVALIDATE);
    // serveStatic says Vary only on a compressed copy; the plain file varies just as much.
    if (PRECOMPRESSED.test(file)) c.res.headers.append('vary', 'Accept-Encoding');
  };

  return (
    new Hono<StaticEnv>()
      .use(etag(), cacheHeaders)
      .use(files())
      // Not a file: the app's page for a navigation (client routing), else a plain 404.
      .use(async (c, next) => {
        if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
          return c.text('Method Not Allowed\n', 405, { allow: 'GET, HEAD' });
        }
        return isPageRequest(c.req.raw, c.req.path) ? next() : c.text('Not Found\n', 404);
      })
      // An address whose first screen needs more code has a page that names it, if built.
      .use(async (c, next) => {
        const page = pageFileFor(c.req.path);
        return page === undefined ? next() : files(page)(c, next);
      })
      .use(files('index.html'))
      .all('*', (c) => c.text(NOT_BUILT, 503))
  );
}

/**
 * A page someone may open or share: a navigation (`Accept: text/html`), or the app's root, which
 * curl and link checkers ask for with any type. Anything else missing stays a 404.
 */
function isPageRequest(request: Request, pathname: string): boolean {
  return (request.headers.get('accept') ?? '').includes('text/html') || pathname === '/';
}
