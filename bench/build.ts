// The bench's builds: the production app (for the bundle figures), the app with the mock API
// (VITE_API_MODE=mock) for the UI ops, and the vanilla baseline. All under bench/.build.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export const ROOT = resolve(import.meta.dirname, '..');
/** Outside the source tree, so tsc, oxlint, prettier and git leave the built files alone. */
export const BUILD = join(ROOT, 'node_modules/.cache/parley-bench/build');

async function buildApp(outDir: string, mode: 'prod' | 'mock') {
  const before = process.env.VITE_API_MODE;
  if (mode === 'mock') process.env.VITE_API_MODE = 'mock';
  else delete process.env.VITE_API_MODE;
  try {
    await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (before === undefined) delete process.env.VITE_API_MODE;
    else process.env.VITE_API_MODE = before;
  }
}

export async function buildAll(): Promise<void> {
  await buildApp(join(BUILD, 'prod'), 'prod');
  await buildApp(join(BUILD, 'app'), 'mock');
  await build({
    root: join(ROOT, 'bench/baseline'),
    base: '/baseline/',
    configFile: false,
    logLevel: 'warn',
    build: { outDir: join(BUILD, 'baseline'), emptyOutDir: true },
  });
  // The baseline wears the app's built stylesheets, as they are.
  const page = join(BUILD, 'baseline/index.html');
  const links = appCss()
    .map((href) => `<link rel="stylesheet" href="${href}" />`)
    .join('');
  writeFileSync(page, readFileSync(page, 'utf8').replace('</head>', `${links}</head>`));
}

/**
 * What the first screen downloads before it can run: the entry script, every chunk it imports
 * statically (the modulepreload links) and the stylesheets in index.html, gzipped one by one.
 */
export function initialBundle(dir = join(BUILD, 'prod')): {
  initialJsGzipKb: number;
  initialCssGzipKb: number;
  files: string[];
} {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const js = [
    ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g),
  ];
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+\.css)"/g)];
  const gz = (href: string) => gzipSync(readFileSync(join(dir, href.replace(/^\//, '')))).length;
  const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
  const jsFiles = js.map((m) => m[1] ?? '');
  const cssFiles = css.map((m) => m[1] ?? '');
  return {
    initialJsGzipKb: kb(jsFiles.reduce((sum, f) => sum + gz(f), 0)),
    initialCssGzipKb: kb(cssFiles.reduce((sum, f) => sum + gz(f), 0)),
    files: [...jsFiles, ...cssFiles],
  };
}

/** The app's built stylesheets, for the baseline to use as they are. */
export function appCss(dir = join(BUILD, 'app')): string[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  return [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+\.css)"/g)].map(
    (m) => m[1] ?? '',
  );
}
