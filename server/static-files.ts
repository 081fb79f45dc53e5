// Serves the built app from dist/: exact files with their content type, hashed assets cached
// for a year, and index.html for any other page a person may open or share (client routing).
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Vite names what it emits into assets/ after a content hash, so a name never changes meaning. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

const NOT_BUILT =
  'Parley has not been built yet: run `npm run build` (or `npm start`, which builds it), then reload.\n' +
  'The API under /api works without it.\n';

export function createStaticHandler(distDir: string): (request: Request) => Promise<Response> {
  const root = resolve(distDir);
  const indexFile = join(root, 'index.html');

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method Not Allowed\n', {
        status: 405,
        headers: { allow: 'GET, HEAD', ...TEXT },
      });
    }
    const { pathname } = new URL(request.url);
    const path = safePath(root, pathname);
    if (path === null) return new Response('Bad Request\n', { status: 400, headers: TEXT });

    const file = path === root ? null : await fileAt(path);
    if (file !== null)
      return send(
        request,
        file,
        path.startsWith(join(root, 'assets') + sep) ? IMMUTABLE : REVALIDATE,
      );

    if (!isPageRequest(request, pathname)) {
      return new Response('Not Found\n', { status: 404, headers: TEXT });
    }
    const index = await fileAt(indexFile);
    if (index === null) return new Response(NOT_BUILT, { status: 503, headers: TEXT });
    return send(request, index, REVALIDATE);
  };
}

const TEXT = { 'content-type': 'text/plain; charset=utf-8' };

interface FoundFile {
  path: string;
  size: number;
  mtimeMs: number;
}

/** The file under `root` that a URL path names, or null if it escapes `root` or is malformed. */
function safePath(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const path = resolve(root, `.${decoded}`);
  return path === root || path.startsWith(root + sep) ? path : null;
}

async function fileAt(path: string): Promise<FoundFile | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? { path, size: info.size, mtimeMs: info.mtimeMs } : null;
  } catch {
    return null;
  }
}

/**
 * A page someone may open or share: a navigation (`Accept: text/html`), or the app's root, which
 * curl and link checkers ask for with any type. Anything else missing stays a 404.
 */
function isPageRequest(request: Request, pathname: string): boolean {
  return (request.headers.get('accept') ?? '').includes('text/html') || pathname === '/';
}

async function send(request: Request, file: FoundFile, cacheControl: string): Promise<Response> {
  const etag = `W/"${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}"`;
  const headers = {
    'content-type': CONTENT_TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream',
    'cache-control': cacheControl,
    etag,
  };
  if (request.headers.get('if-none-match') === etag)
    return new Response(null, { status: 304, headers });
  if (request.method === 'HEAD') {
    return new Response(null, {
      status: 200,
      headers: { ...headers, 'content-length': String(file.size) },
    });
  }
  return new Response(new Uint8Array(await readFile(file.path)), { status: 200, headers });
}
