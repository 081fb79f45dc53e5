// Proves that .oxlintrc.json enforces the import boundaries of docs/architecture.md: the config is
// copied into a scratch tree of one-import-per-line fixtures, oxlint runs there, and every
// import is checked against whether it should have been rejected.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const oxlint = join(root, 'node_modules', '.bin', 'oxlint');

type Case = readonly [file: string, specifier: string, allowed: boolean];

const cases: Case[] = [
  // domain: pure, relative imports within src/domain only
  ['src/domain/a.ts', './types', true],
  ['src/domain/a.ts', '.', true],
  ['src/domain/a.ts', 'react', false],
  ['src/domain/a.ts', 'react-dom/client', false],
  ['src/domain/a.ts', 'zustand', false],
  ['src/domain/a.ts', '@tanstack/react-query', false],
  ['src/domain/a.ts', 'hono', false],
  ['src/domain/a.ts', 'zod', false],
  ['src/domain/a.ts', 'msw', false],
  ['src/domain/a.ts', 'pg', false],
  ['src/domain/a.ts', '@electric-sql/pglite', false],
  ['src/domain/a.ts', 'node:crypto', false],
  ['src/domain/a.ts', 'fs', false],
  ['src/domain/a.ts', '../api/schemas', false],
  ['src/domain/a.ts', '../backend/service', false],
  ['src/domain/a.ts', '../lib/anything', false],
  ['src/domain/a.ts', '..', false],
  ['src/domain/sub/b.ts', '../types', true],
  ['src/domain/sub/b.ts', './c', true],
  ['src/domain/sub/b.ts', '../../ui/menu', false],
  ['src/domain/sub/b.ts', 'react', false],
  ['src/domain/sub/deeper/c.ts', '../../types', true],
  ['src/domain/sub/deeper/c.ts', '../../../queries/keys', false],
  ['src/domain/reducer.test.ts', 'vitest', true],
  ['src/domain/reducer.test.ts', 'fast-check', true],
  ['src/domain/reducer.test.ts', './reducer', true],
  ['src/domain/reducer.test.ts', 'react', false],
  ['src/domain/reducer.test.ts', '../backend/store', false],
  // features: never another feature, nor the app shell or the backend
  ['src/features/inbox/inbox-screen.tsx', 'react', true],
  ['src/features/inbox/inbox-screen.tsx', './list/row', true],
  ['src/features/inbox/inbox-screen.tsx', '../../queries/conversations', true],
  ['src/features/inbox/inbox-screen.tsx', '../../ui/menu', true],
  ['src/features/inbox/inbox-screen.tsx', '../../domain', true],
  ['src/features/inbox/inbox-screen.tsx', '../conversation/thread', false],
  ['src/features/inbox/inbox-screen.tsx', '../../features/reports/summary', false],
  ['src/features/inbox/inbox-screen.tsx', '../../app/router', false],
  ['src/features/inbox/inbox-screen.tsx', '../../backend/service', false],
  ['src/features/inbox/list/row.tsx', '../selection-store', true],
  ['src/features/inbox/list/row.tsx', '../../../ui/checkbox', true],
  ['src/features/inbox/list/row.tsx', '../../conversation/thread', false],
  ['src/features/inbox/list/row.test.tsx', '../../settings/form', false],
  ['src/features/inbox/a/b/c.tsx', '../../x', true],
  ['src/features/inbox/a/b/c.tsx', '../../../settings/form', false],
  // a feature's stories: the mock API too, and still nothing of another feature, the app or backend
  ['src/features/inbox/inbox-screen.tsx', '../../mocks/storybook', false],
  ['src/features/inbox/inbox.stories.tsx', '../../mocks/storybook', true],
  ['src/features/inbox/inbox.stories.tsx', './inbox-list-pane', true],
  ['src/features/inbox/inbox.stories.tsx', '../../queries', true],
  ['src/features/inbox/inbox.stories.tsx', '../conversation/conversation-pane', false],
  ['src/features/inbox/inbox.stories.tsx', '../../app/inbox-layout', false],
  ['src/features/inbox/inbox.stories.tsx', '../../backend/store', false],
  ['src/features/inbox/list/row.tsx', '../../../mocks/storybook', false],
  ['src/features/inbox/list/row.stories.tsx', '../../../mocks/storybook', true],
  ['src/features/inbox/list/row.stories.tsx', '../../settings/form', false],
  ['src/features/inbox/list/row.stories.tsx', '../../../app/app', false],
  // api: no React, nothing above it
  ['src/api/client.ts', 'zod', true],
  ['src/api/client.ts', '../domain', true],
  ['src/api/client.ts', 'react', false],
  ['src/api/client.ts', '../backend/app', false],
  ['src/api/client.ts', '../mocks/handlers', false],
  ['src/api/client.ts', '../queries/keys', false],
  ['src/api/client.ts', '../features/inbox/list', false],
  ['src/api/client.ts', '../ui/menu', false],
  ['src/api/client.ts', '../app/app', false],
  ['src/api/client.test.ts', '../mocks/node', true],
  ['src/api/client.test.ts', 'react', false],
  // backend: no React, no screens, no server
  ['src/backend/service.ts', 'hono', true],
  ['src/backend/service.ts', '../api/schemas', true],
  ['src/backend/service.ts', '../domain', true],
  ['src/backend/service.ts', 'react', false],
  ['src/backend/service.ts', '../mocks/scenarios', false],
  ['src/backend/service.ts', '../queries/keys', false],
  ['src/backend/service.ts', '../features/inbox/list', false],
  ['src/backend/service.ts', '../ui/menu', false],
  ['src/backend/service.ts', '../app/app', false],
  ['src/backend/service.ts', '../../server/sql-store', false],
  // queries: below the screens
  ['src/queries/conversations.ts', '@tanstack/react-query', true],
  ['src/queries/conversations.ts', '../api/client', true],
  ['src/queries/conversations.ts', '../domain', true],
  ['src/queries/conversations.ts', '../features/inbox/list', false],
  ['src/queries/conversations.ts', '../ui/toast', false],
  ['src/queries/conversations.ts', '../app/app', false],
  ['src/queries/conversations.ts', '../backend/service', false],
  ['src/queries/conversations.ts', '../mocks/handlers', false],
  ['src/queries/conversations.test.tsx', '../mocks/node', true],
  ['src/queries/conversations.test.tsx', '../features/inbox/list', false],
  // ui: building blocks only
  ['src/ui/menu.tsx', 'react', true],
  ['src/ui/menu.tsx', '../domain', true],
  ['src/ui/menu.tsx', '../features/inbox/list', false],
  ['src/ui/menu.tsx', '../queries/keys', false],
  ['src/ui/menu.tsx', '../app/app', false],
  // app: puts features together
  ['src/app/router.tsx', '../features/inbox/inbox-screen', true],
  ['src/app/router.tsx', '../mocks/browser', true],
  // server: hosts the backend, not the screens
  ['server/main.ts', 'node:http', true],
  ['server/main.ts', '../src/backend/app', true],
  ['server/db/sql-store.ts', '../../src/domain', true],
  ['server/main.ts', '../src/features/inbox/list', false],
  ['server/main.ts', '../src/ui/menu', false],
  ['server/main.ts', '../src/app/app', false],
  ['server/main.ts', '../src/queries/keys', false],
  ['server/db/sql-store.ts', '../../src/mocks/handlers', false],
  // test/: the harnesses and kits are for the suites; production code never imports them
  ['server/host.ts', '../test/server/databases', false],
  ['server/sql/rows.ts', '../../test/sql-store/fixtures', false],
  ['server/host.test.ts', '../test/server/databases', true],
  ['server/host.test.ts', '../src/features/inbox/list', false],
  ['src/backend/app.ts', '../../test/api/harness', false],
  ['src/mocks/handlers.ts', '../../test/api/harness', false],
  ['src/mocks/handlers.ts', '../../server/host', false],
  ['src/app/app.tsx', '../../test/server/databases', false],
  ['src/features/inbox/list.tsx', '../../../test/api/suite', false],
  ['src/queries/keys.ts', '../../test/api/suite', false],
];

interface Diagnostic {
  code: string;
  filename: string;
  labels: { span: { line: number } }[];
}

let scratch = '';
let rejected = new Set<string>();
const key = (file: string, line: number) => `${file}:${line}`;

function runOxlint(...args: string[]) {
  return spawnSync(oxlint, ['-c', '.oxlintrc.json', ...args], { cwd: scratch, encoding: 'utf8' });
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'parley-lint-'));
  copyFileSync(join(root, '.oxlintrc.json'), join(scratch, '.oxlintrc.json'));
  const files = new Map<string, string[]>();
  for (const [file, specifier] of cases) {
    const lines = files.get(file) ?? [];
    lines.push(`import * as m${lines.length} from '${specifier}';`);
    files.set(file, lines);
  }
  for (const [file, lines] of files) {
    mkdirSync(dirname(join(scratch, file)), { recursive: true });
    const uses = lines.map((_, i) => `m${i}`).join(', ');
    writeFileSync(join(scratch, file), `${lines.join('\n')}\nexport default [${uses}];\n`);
  }
  const result = runOxlint('--format', 'json', 'src', 'server');
  const report = JSON.parse(result.stdout) as { diagnostics: Diagnostic[] };
  rejected = new Set(
    report.diagnostics
      .filter((d) => d.code === 'eslint(no-restricted-imports)')
      .flatMap((d) => d.labels.map((l) => key(d.filename, l.span.line))),
  );
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('import boundaries', () => {
  const lineOf = new Map<Case, number>();
  const seen = new Map<string, number>();
  for (const c of cases) {
    const n = (seen.get(c[0]) ?? 0) + 1;
    seen.set(c[0], n);
    lineOf.set(c, n);
  }

  it.each(cases.map((c) => [c[0], c[1], c[2] ? 'allowed' : 'rejected', c] as const))(
    '%s importing %s is %s',
    (file, _specifier, _verdict, c) => {
      expect(rejected.has(key(file, lineOf.get(c) ?? 0))).toBe(!c[2]);
    },
  );

  it('makes oxlint exit non-zero when src/domain imports react', () => {
    const result = runOxlint('src/domain/a.ts');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('src/domain is pure');
  });
});
