// The pages the build writes for addresses that load more code than the entry, and which address
// gets which.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PATHNAMES } from '../src/domain/test-fixtures';
import { PAGE_PRELOADS, pageFileFor, pagePreloads } from './page-preloads';

const ROOT = '/project';
const INDEX =
  '<!doctype html><html><head><script type="module" crossorigin src="/assets/index-E.js"></script><link rel="stylesheet" crossorigin href="/assets/index-C.css"></head><body><div id="root"></div></body></html>';

const chunk = (fileName: string, facade: string | null, more: object = {}) => ({
  type: 'chunk' as const,
  fileName,
  facadeModuleId: facade === null ? null : resolve(ROOT, facade),
  isEntry: false,
  imports: [] as string[],
  viteMetadata: { importedCss: new Set<string>() },
  ...more,
});

/** Runs the plugin's hooks over a bundle as Vite hands it over, and returns what it emitted. */
function build(bundle: Record<string, object>): Record<string, string> {
  const plugin: Plugin = pagePreloads();
  const emitted: Record<string, string> = {};
  const context = {
    emitFile: (file: { fileName: string; source: string }) => {
      emitted[file.fileName] = file.source;
      return file.fileName;
    },
    error: (message: string) => {
      throw new Error(message);
    },
  };
  const call = (hook: unknown, ...args: unknown[]) =>
    (typeof hook === 'function' ? hook : (hook as { handler: Function }).handler).apply(
      context,
      args,
    );
  call(plugin.configResolved, { root: ROOT });
  call(plugin.generateBundle, {}, bundle, false);
  return emitted;
}

describe('the pages of PAGE_PRELOADS', () => {
  it("answers a conversation's address, and no other, with the conversation's page", () => {
    expect(pageFileFor('/inbox/1/conversations/7')).toBe('pages/conversation.html');
    expect(pageFileFor('/inbox/12/conversations/345/')).toBe('pages/conversation.html');
    expect(SAMPLE_PATHNAMES.map(({ pathname }) => [pathname, pageFileFor(pathname)])).toEqual(
      SAMPLE_PATHNAMES.map(({ pathname, page }) => [
        pathname,
        page === 'conversation' ? 'pages/conversation.html' : undefined,
      ]),
    );
  });

  it("writes the conversation's page: index.html with the pane's chunks and style sheet preloaded", () => {
    const pane = PAGE_PRELOADS.find((p) => p.name === 'conversation')?.module ?? '';
    const emitted = build({
      'index.html': { type: 'asset', fileName: 'index.html', source: INDEX },
      'assets/index-E.js': chunk('assets/index-E.js', 'src/app/main.tsx', { isEntry: true }),
      'assets/conversation-P.js': chunk('assets/conversation-P.js', pane, {
        imports: ['assets/index-E.js', 'assets/shared-S.js'],
        viteMetadata: { importedCss: new Set(['assets/conversation-P.css']) },
      }),
      'assets/shared-S.js': chunk('assets/shared-S.js', null),
      'assets/reports-R.js': chunk('assets/reports-R.js', 'src/features/reports/index.ts'),
    });
    expect(Object.keys(emitted)).toEqual(['pages/conversation.html']);
    expect(emitted['pages/conversation.html']).toBe(
      INDEX.replace(
        '</head>',
        '<link rel="modulepreload" crossorigin fetchpriority="low" href="/assets/conversation-P.js">' +
          '<link rel="modulepreload" crossorigin fetchpriority="low" href="/assets/shared-S.js">' +
          '<link rel="preload" as="style" crossorigin fetchpriority="low" href="/assets/conversation-P.css"></head>',
      ),
    );
  });

  it('fails the build when a module of the table has no chunk of its own', () => {
    expect(() =>
      build({
        'index.html': { type: 'asset', fileName: 'index.html', source: INDEX },
        'assets/index-E.js': chunk('assets/index-E.js', 'src/app/main.tsx', { isEntry: true }),
      }),
    ).toThrow(/no chunk for src\/features\/conversation/);
  });
});
