// Test kits stay out of what ships. test/ is covered by an oxlint rule (lint-boundaries.test.ts);
// a folder's own fixtures (`testing/`, `test-utils`, `test-fixtures`, `test-arbitraries`) sit
// beside the tests and stories that use them, and this scan proves no production file imports one.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A file that is itself test or design-mode code, and so may use the kits. */
function isTestCode(path: string): boolean {
  return (
    /\.(test|stories|soak)\.tsx?$/.test(path) ||
    /(^|\/)testing\//.test(path) ||
    /(^|\/)test-(utils|fixtures|arbitraries)\.tsx?$/.test(path)
  );
}

const KIT = /(^|\/)(testing|test)\/|(^|\/)test-(utils|fixtures|arbitraries)$/;

/** The relative import specifiers of a source text that name a test kit. */
function kitImports(source: string): string[] {
  const specifiers = [...source.matchAll(/\b(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)];
  return specifiers.map((m) => m[1] ?? '').filter((s) => KIT.test(s));
}

describe('production code imports no test kit', () => {
  it('recognises kit imports and test code', () => {
    expect(kitImports(`import { x } from '../testing/render-pane';`)).toEqual([
      '../testing/render-pane',
    ]);
    expect(kitImports(`import { x } from '../../test/api/harness';`)).toHaveLength(1);
    expect(kitImports(`import { a } from './test-fixtures';`)).toHaveLength(1);
    expect(kitImports(`import './testing/setup';`)).toHaveLength(1);
    expect(kitImports(`await import('../../test/server/databases')`)).toHaveLength(1);
    expect(kitImports(`import { reduce } from '../domain';`)).toEqual([]);
    expect(isTestCode('src/features/conversation/testing/menu.ts')).toBe(true);
    expect(isTestCode('src/features/inbox/inbox-list.tsx')).toBe(false);
  });

  it('holds for every file in src/ and server/', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
    })
      .split('\n')
      .filter((f) => /^(src|server)\/.*\.tsx?$/.test(f) && !isTestCode(f));
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.flatMap((f) =>
      kitImports(readFileSync(`${root}/${f}`, 'utf8')).map((s) => `${f} imports ${s}`),
    );
    expect(offenders).toEqual([]);
  });
});
