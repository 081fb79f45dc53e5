import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DataDirLockedError,
  LOCK_FILE,
  lockDataDir,
  processStartTicks,
  type LockHolder,
} from './data-dir-lock';

/** The pid of a process that has exited: nobody runs under it now. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  if (child.pid === undefined) throw new Error('could not run node');
  return child.pid;
}

const holderOf = (pid: number, over: Partial<LockHolder> = {}): LockHolder => ({
  pid,
  startTicks: null,
  startedAt: '2025-01-15T12:00:00.000Z',
  host: hostname(),
  token: 'someone-else',
  ...over,
});

describe('the data directory lock', () => {
  let dir: string;
  const lockPath = () => join(dir, LOCK_FILE);
  const lockFile = () => JSON.parse(readFileSync(lockPath(), 'utf8')) as LockHolder;
  const plant = (holder: LockHolder | string) =>
    writeFileSync(lockPath(), typeof holder === 'string' ? holder : JSON.stringify(holder));

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parley-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is a file holding the pid and start time of its process, gone once released', () => {
    const lock = lockDataDir(dir);
    expect(lockFile()).toMatchObject({ pid: process.pid, host: hostname() });
    expect(lockFile().startTicks).toBe(processStartTicks(process.pid));
    lock.release();
    lock.release();
    expect(() => readFileSync(lockPath())).toThrow(/ENOENT/);
  });

  it('refuses a second holder while the first runs, naming the directory and the pid', () => {
    const first = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(`The data directory ${dir} is locked`);
    expect(() => lockDataDir(dir)).toThrow(`pid ${process.pid}`);
    plant(holderOf(process.ppid, { startTicks: processStartTicks(process.ppid) }));
    expect(() => lockDataDir(dir)).toThrow(
      new RegExp(`another Parley process \\(pid ${process.ppid}, started 2025-01-15`),
    );
    first.release();
  });

  it('takes over the lock of a process that no longer runs', () => {
    const pid = deadPid();
    plant(holderOf(pid));
    const lock = lockDataDir(dir);
    expect(lockFile()).toMatchObject({ pid: process.pid, token: lock.holder.token });
    lock.release();
  });

  it.skipIf(processStartTicks(process.pid) === null)(
    'takes over a lock whose pid now belongs to a process started at another time',
    () => {
      const ticks = processStartTicks(process.pid) ?? 0;
      plant(holderOf(process.pid, { startTicks: ticks - 1 }));
      const lock = lockDataDir(dir);
      expect(lockFile().token).toBe(lock.holder.token);
      lock.release();
    },
  );

  it('takes over a lock file it cannot read as a lock', () => {
    for (const text of ['', 'not json', '{"pid":"1"}']) {
      plant(text);
      const lock = lockDataDir(dir);
      expect(lockFile().token).toBe(lock.holder.token);
      lock.release();
    }
  });

  it("respects another machine's lock (a shared disk): it cannot tell whether that one runs", () => {
    plant(holderOf(deadPid(), { host: 'elsewhere.example' }));
    expect(() => lockDataDir(dir)).toThrow(/on elsewhere\.example/);
  });

  it('leaves a lock alone on release once another process took it over', () => {
    const lock = lockDataDir(dir);
    plant(holderOf(process.ppid));
    lock.release();
    expect(lockFile().token).toBe('someone-else');
  });

  it('puts back a live lock another process took between its look and its takeover', () => {
    plant(holderOf(deadPid()));
    const racer = holderOf(process.ppid, { token: 'racer' });
    const isRunning = (holder: LockHolder) => {
      // Judging the dead holder, another process takes the stale lock over first.
      if (holder.token === 'someone-else') {
        rmSync(lockPath());
        plant(racer);
        return false;
      }
      return true;
    };
    expect(() => lockDataDir(dir, { isRunning })).toThrow(DataDirLockedError);
    expect(lockFile().token).toBe('racer');
  });
});
