// One process per PGlite data directory. Two processes on one directory would both start, hand
// out the same ids, and each overwrite what the other wrote; so the first takes a lock file in
// the directory and every other exits at once, naming the directory and the holder.
//
// The lock file is created complete or not at all: its content is written to a file of our own,
// then hard-linked to the lock's name, which fails if the name exists. A lock whose process is
// gone (killed, crashed, the machine restarted) is stale and taken over; "gone" means no process
// has its pid, or the one that has it started at another time (pids are reused: in a container
// the server is often pid 1 after every restart).
import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = 'parley.lock';

export interface LockHolder {
  pid: number;
  /** Clock ticks since boot when the process started (Linux's /proc/<pid>/stat), or null. */
  startTicks: number | null;
  startedAt: string;
  host: string;
  /** Tells this lock from a later one of the same process. */
  token: string;
}

export interface DataDirLock {
  holder: LockHolder;
  /** Removes the lock file if it is still ours; safe to call twice. */
  release(): void;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: LockHolder,
  ) {
    const who =
      holder.pid === process.pid && holder.host === hostname()
        ? `this process (pid ${holder.pid}) already has it open`
        : `another Parley process (pid ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}, started ${holder.startedAt}) is using it`;
    super(
      `The data directory ${dir} is locked: ${who}. Stop that process first, or set DATA_DIR to ` +
        `another directory. If no such process runs, remove ${join(dir, LOCK_FILE)}.`,
    );
    this.name = 'DataDirLockedError';
  }
}

/** The start time of a running process, in clock ticks since boot; null where /proc is missing. */
export function processStartTicks(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    return Number.isSafeInteger(ticks) ? ticks : null;
  } catch {
    return null;
  }
}

/** Whether the lock's process may still be running (another machine's: assumed so). */
export function isHolderRunning(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const ticks = holder.startTicks === null ? null : processStartTicks(holder.pid);
  return ticks === null || ticks === holder.startTicks;
}

function parseHolder(text: string): LockHolder | null {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (!Number.isSafeInteger(value.pid) || typeof value.token !== 'string') return null;
    return {
      pid: value.pid ?? 0,
      startTicks: typeof value.startTicks === 'number' ? value.startTicks : null,
      startedAt: String(value.startedAt),
      host: String(value.host),
      token: value.token,
    };
  } catch {
    return null;
  }
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Creates `path` with `content` unless it exists; false if it does. */
function createComplete(path: string, content: string, token: string): boolean {
  const own = `${path}.${token}.tmp`;
  writeFileSync(own, content, { flag: 'wx' });
  try {
    linkSync(own, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // A file system without hard links: an exclusive create, which a crash can leave empty (an
    // empty lock reads as stale).
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    try {
      writeFileSync(path, content, { flag: 'wx' });
      return true;
    } catch (second) {
      if ((second as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw second;
    }
  } finally {
    rmSync(own, { force: true });
  }
}

export interface LockOptions {
  /** Whether a lock's process still runs (tests pass their own). */
  isRunning?: (holder: LockHolder) => boolean;
}

/**
 * Takes the directory's lock, taking over a stale one; throws DataDirLockedError while a live
 * process holds it. The directory must exist. Released on `release()` or when the process exits.
 */
export function lockDataDir(dir: string, options: LockOptions = {}): DataDirLock {
  const isRunning = options.isRunning ?? isHolderRunning;
  const path = join(dir, LOCK_FILE);
  const holder: LockHolder = {
    pid: process.pid,
    startTicks: processStartTicks(process.pid),
    startedAt: new Date().toISOString(),
    host: hostname(),
    token: randomBytes(8).toString('hex'),
  };
  const content = `${JSON.stringify(holder)}\n`;
  // A few rounds: each lost race means another process just took or released the lock.
  for (let round = 0; round < 5; round += 1) {
    if (createComplete(path, content, holder.token)) return held(path, holder);
    const text = readOrNull(path);
    if (text === null) continue;
    const other = parseHolder(text);
    if (other !== null && isRunning(other)) throw new DataDirLockedError(dir, other);
    // Stale. Move it aside, then make sure what moved is the lock judged stale: another process
    // may have replaced it in between, and that one's lock goes back.
    const aside = `${path}.${holder.token}.stale`;
    try {
      renameSync(path, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    if (readOrNull(aside) !== text) createComplete(path, readOrNull(aside) ?? '', holder.token);
    rmSync(aside, { force: true });
  }
  throw new Error(`Could not lock the data directory ${dir}: other processes keep taking it.`);
}

function held(path: string, holder: LockHolder): DataDirLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    try {
      if (parseHolder(readOrNull(path) ?? '')?.token === holder.token) rmSync(path);
    } catch {
      // Nothing more to do at exit: the next start takes a stale lock over.
    }
  };
  // A process that exits without closing the database (a stop that timed out) still releases it.
  process.on('exit', release);
  return { holder, release };
}
