// `npm start`: builds the app when dist/ is missing or older than its sources, then runs the
// server (server/main.ts, through tsx). Until that server exists it serves dist/ itself.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { constants } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const SOURCES = ['index.html', 'vite.config.ts', 'package.json', 'tsconfig.json', 'src', 'public'];
const NOT_IN_BUNDLE = /\.(test|stories)\.[cm]?[jt]sx?$/;

/** Newest modification time under `path`, skipping tests and stories. @param {string} path */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return NOT_IN_BUNDLE.test(path) ? 0 : stat.mtimeMs;
  let newest = 0; // the directory's own time is left out: adding a test should not rebuild
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

async function buildIfNeeded() {
  const built = join(dist, 'index.html');
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  const sourcesAt = Math.max(...SOURCES.map((s) => newestMtime(join(root, s))));
  if (builtAt > sourcesAt) return;
  console.log(builtAt ? 'Sources changed; rebuilding the app.' : 'Building the app.');
  const { build } = await import('vite');
  await build({ root, logLevel: 'warn' });
}

/** @param {NodeJS.Signals} signal */
function signalExitCode(signal) {
  return 128 + (constants.signals[signal] ?? 0);
}

/** Runs server/main.ts and mirrors its life: signals go in, its exit code comes out. */
function runServer() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? signalExitCode(signal) : 1));
  });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Serves dist/ with a fallback to index.html for client-side routes. */
function serveStatic() {
  const port = Number(process.env.PORT ?? 3000);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/')) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ error: { code: 'not_found', message: 'This build has no API server.' } }),
      );
      return;
    }
    let file = normalize(join(dist, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dist + sep)) file = join(dist, 'index.html');
    const isFile = existsSync(file) && statSync(file).isFile();
    if (!isFile) file = join(dist, 'index.html');
    const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(file))];
    const immutable = file.startsWith(join(dist, 'assets') + sep);
    res.writeHead(200, {
      'content-type': type ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  server.listen(port, () => console.log(`Parley listening on http://localhost:${port}`));
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

try {
  await buildIfNeeded();
} catch (error) {
  console.error('The build failed:', error instanceof Error ? error.message : error);
  process.exit(1);
}
if (existsSync(resolve(root, 'server', 'main.ts'))) runServer();
else serveStatic();
