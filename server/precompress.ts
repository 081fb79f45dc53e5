// Brotli and gzip copies of the built app's text files, written next to each at build time
// (dist/assets/index-abc.js.br and .gz): the host's serveStatic sends the one a browser accepts,
// so assets travel compressed at the best ratio without any work per request.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

/** The files that get compressed copies; images and fonts are compressed already. */
export const PRECOMPRESSED = /\.(?:html|js|mjs|css|svg|json|map|txt|webmanifest|wasm)$/i;

/** Below this, a compressed copy saves less than its headers cost. */
const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Writes `file.br` and `file.gz` beside every compressible file under `dir`, when smaller. */
export async function precompressDir(dir: string): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && PRECOMPRESSED.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  await Promise.all(files.map(precompressFile));
}

async function precompressFile(path: string): Promise<void> {
  if ((await stat(path)).size < MIN_BYTES) return;
  const body = await readFile(path);
  const [br, gz] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gzipped(body, { level: 9 }),
  ]);
  await Promise.all([
    br.length < body.length ? writeFile(`${path}.br`, br) : undefined,
    gz.length < body.length ? writeFile(`${path}.gz`, gz) : undefined,
  ]);
}

/** The Vite plugin: precompresses the output directory once the build has written it. */
export function precompress(): Plugin {
  let outDir: string | null = null;
  return {
    name: 'parley:precompress',
    apply: 'build',
    configResolved(config) {
      // Storybook builds with this config too; its static site is not what the host serves.
      const storybook = config.plugins.some((p) => p.name.startsWith('storybook:'));
      outDir = storybook ? null : resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      if (outDir !== null) await precompressDir(outDir);
    },
  };
}
