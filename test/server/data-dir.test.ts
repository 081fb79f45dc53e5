// One process per PGlite DATA_DIR (SPEC section 8), with real processes: `server/main.ts` started
// twice on one directory, killed with no chance to clean up, and started where it cannot write.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../server/db/data-dir-lock';
import { killChildServers, startChildServer } from './child-server';
import { preparedDataDir, signIn } from './webhook-kit';

const lockHolder = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as { pid: number }).pid;

/** How the start failed: the child's exit and everything it printed. */
async function failedStart(start: Promise<unknown>): Promise<string> {
  try {
    await start;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('the server started');
}

describe('one process per DATA_DIR', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'parley-datadir-'));
  });
  afterEach(() => {
    killChildServers();
    rmSync(root, { recursive: true, force: true });
  });
  afterAll(() => killChildServers());

  it('stops a second process at once, naming the directory and the first; the first keeps serving and loses nothing', async () => {
    const dir = join(root, 'data');
    await preparedDataDir(dir);
    const first = await startChildServer({ dataDir: dir });
    const viaFirst = await signIn(first.url);
    const before = await viaFirst.inbound();

    const said = await failedStart(startChildServer({ dataDir: dir }));
    expect(said).toMatch(/exit code 1/);
    expect(said).toContain(`The data directory ${dir} is locked`);
    expect(said).toContain(`another Parley process (pid ${first.pid},`);

    // The first never noticed: it still answers, and still writes.
    const after = await viaFirst.inbound();
    expect((await viaFirst.get(`/api/conversations/${before}`)).status).toBe(200);
    expect(lockHolder(dir)).toBe(first.pid);
    await first.stop();
    expect(first.exited()).toMatch(/exit code 0/);
    expect(() => lockHolder(dir)).toThrow(/ENOENT/);

    // Restarted, everything the first acknowledged is there.
    const again = await startChildServer({ dataDir: dir });
    const viaAgain = await signIn(again.url);
    for (const id of [before, after]) {
      const res = await viaAgain.get(`/api/conversations/${id}/messages`);
      expect(res.status).toBe(200);
      expect(JSON.stringify(await res.json())).toContain('Hello');
    }
    await again.stop();
  }, 180_000);

  it('takes over the lock of a process that was killed (its pid no longer runs)', async () => {
    const dir = join(root, 'data');
    await preparedDataDir(dir);
    const killed = await startChildServer({ dataDir: dir });
    await killed.stop('SIGKILL');
    expect(lockHolder(dir)).toBe(killed.pid);
    const next = await startChildServer({ dataDir: dir });
    expect(lockHolder(dir)).toBe(next.pid);
    expect(await (await signIn(next.url)).inbound()).toBeGreaterThan(0);
    await next.stop();
  }, 180_000);

  it('says which directory and why when a part of its path is a file (ENOTDIR)', async () => {
    const file = join(root, 'not-a-directory');
    writeFileSync(file, 'x');
    const dir = join(file, 'data');
    const said = await failedStart(startChildServer({ dataDir: dir }));
    expect(said).toMatch(/exit code 1/);
    expect(said).toContain(
      `The data directory ${dir} cannot be used: a part of its path is a file, not a directory (ENOTDIR)`,
    );
  }, 60_000);

  it('says which directory and that it is permissions when the server may not write it (EACCES)', async () => {
    const dir = join(root, 'data');
    await preparedDataDir(dir);
    // Root may write anywhere: the server then runs as nobody, on a directory only root writes.
    const asRoot = process.getuid?.() === 0;
    if (!asRoot) chmodSync(dir, 0o555);
    else chmodSync(root, 0o755);
    const said = await failedStart(
      startChildServer({ dataDir: dir }, asRoot ? { uid: 65534, gid: 65534 } : {}),
    );
    expect(said).toMatch(/exit code 1/);
    expect(said).toContain(
      `The data directory ${dir} cannot be used: this process may not write there (permissions) (EACCES)`,
    );
  }, 60_000);
});
