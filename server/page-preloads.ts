// Addresses whose first screen needs code the entry loads on demand. The build writes, for each, a
// copy of index.html that also names that code (`pages/<name>.html`: a modulepreload for each
// chunk, a preload for each stylesheet), and the host answers a navigation to such an address with
// it (server/static-files.ts): the browser then fetches the code alongside the entry, instead of
// once the entry has run, rendered, and asked for it. A build without the copy (the mock API's,
// an older one) answers with index.html, which loads the same code a little later.
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { PAGES, type PageName } from '../src/domain/pages.ts';

interface PagePreload {
  /** The page of PAGES (src/domain/pages.ts) whose addresses it answers; names its file too. */
  name: PageName;
  /** The module the app imports on demand there, from the project's root. */
  module: string;
}

export const PAGE_PRELOADS: readonly PagePreload[] = [
  // The pane (src/app/conversation-slot.tsx imports it on demand).
  { name: 'conversation', module: 'src/features/conversation/index.ts' },
];

/** The built page for `pathname`, relative to the build's directory, if it has one of its own. */
export function pageFileFor(pathname: string): string | undefined {
  const page = PAGE_PRELOADS.find((p) => PAGES[p.name].match(pathname) !== null);
  return page ? join('pages', `${page.name}.html`) : undefined;
}

/**
 * The links that name a chunk's code, for the head of its page. At low priority: the code is needed
 * once the entry has run, not for the first paint, so it must not hold back the entry or the
 * page's style sheet (which is also why the style sheet is preloaded, not linked).
 */
export function preloadLinks(files: { js: readonly string[]; css: readonly string[] }): string {
  return [
    ...files.js.map(
      (f) => `<link rel="modulepreload" crossorigin fetchpriority="low" href="/${f}">`,
    ),
    ...files.css.map(
      (f) => `<link rel="preload" as="style" crossorigin fetchpriority="low" href="/${f}">`,
    ),
  ].join('');
}

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  isEntry: boolean;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/** The Vite plugin: writes each page of PAGE_PRELOADS from the built index.html. */
export function pagePreloads(): Plugin {
  let root = '';
  return {
    name: 'parley:page-preloads',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (html?.type !== 'asset' || typeof html.source !== 'string') return;
      const chunks = Object.values(bundle).filter(
        (c): c is typeof c & ChunkLike => c.type === 'chunk',
      );
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      // What the entry brings is in index.html already.
      const initial = new Set(
        chunks.filter((c) => c.isEntry).flatMap((c) => [c.fileName, ...c.imports]),
      );
      for (const page of PAGE_PRELOADS) {
        const chunk = chunks.find((c) => c.facadeModuleId === resolve(root, page.module));
        if (!chunk) this.error(`page-preloads: no chunk for ${page.module}`);
        const js: string[] = [];
        const css: string[] = [];
        const visit = (file: string) => {
          const c = byFile.get(file);
          if (!c || initial.has(file) || js.includes(file)) return;
          js.push(file);
          for (const sheet of c.viteMetadata?.importedCss ?? [])
            if (!css.includes(sheet)) css.push(sheet);
          c.imports.forEach(visit);
        };
        visit(chunk.fileName);
        this.emitFile({
          type: 'asset',
          fileName: join('pages', `${page.name}.html`),
          source: html.source.replace('</head>', `${preloadLinks({ js, css })}</head>`),
        });
      }
    },
  };
}
