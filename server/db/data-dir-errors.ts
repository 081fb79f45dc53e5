// What went wrong with PGlite's data directory, said so that an operator can act: which directory,
// and whether it is permissions, a full disk or a path that is not a directory. PGlite itself
// says only "PGlite failed to initialize properly" or throws a bare errno of its own.
import { randomBytes } from 'node:crypto';
import { rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** PGlite's file system errors carry WASI errno numbers, not Node's codes. */
const WASI_ERRNO: Record<number, string> = {
  2: 'EACCES',
  19: 'EDQUOT',
  20: 'EEXIST',
  51: 'ENOSPC',
  54: 'ENOTDIR',
  63: 'EPERM',
  69: 'EROFS',
};

const CAUSES: Record<string, string> = {
  EACCES: 'this process may not write there (permissions)',
  EPERM: 'this process may not write there (permissions)',
  EROFS: 'it is on a read-only file system',
  ENOSPC: 'there is no space left on its disk',
  EDQUOT: "the disk quota of this process's user is used up",
  ENOTDIR: 'a part of its path is a file, not a directory',
  EEXIST: 'it is a file, not a directory',
};

const ADVICE: Record<string, string> = {
  EACCES: 'give this user write access to it, or set DATA_DIR to a directory it can write',
  EPERM: 'give this user write access to it, or set DATA_DIR to a directory it can write',
  EROFS: 'set DATA_DIR to a directory on a writable file system',
  ENOSPC: 'free some space on that disk, or move DATA_DIR to a larger one',
  EDQUOT: 'free some space, or raise the quota',
  ENOTDIR: 'set DATA_DIR to a directory path',
  EEXIST: 'set DATA_DIR to a directory path',
};

export class DataDirError extends Error {
  constructor(
    readonly dir: string,
    readonly code: string | null,
    detail: string,
  ) {
    super(
      code !== null && CAUSES[code] !== undefined
        ? `The data directory ${dir} cannot be used: ${CAUSES[code]} (${code}). ${ADVICE[code]}.`
        : `The data directory ${dir} cannot be used: ${detail}`,
    );
    this.name = 'DataDirError';
  }
}

/** The error's errno name (`EACCES`…) from Node or from PGlite, or null. */
export function errnoCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, errno } = error as { code?: unknown; errno?: unknown };
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code;
  if (typeof errno === 'number') return WASI_ERRNO[errno] ?? null;
  return null;
}

/** Below this much free space a database that failed to start is taken to have run out. */
export const LOW_SPACE_BYTES = 16 * 1024 * 1024;

export interface DiagnoseProbes {
  /** Writes and removes a small file in the directory; throws what the file system says. */
  write(dir: string): void;
  /** Bytes free for this user on the directory's disk, or null if unknown. */
  freeBytes(dir: string): number | null;
}

const realProbes: DiagnoseProbes = {
  write(dir) {
    const probe = join(dir, `.parley-probe-${randomBytes(6).toString('hex')}`);
    try {
      writeFileSync(probe, Buffer.alloc(64 * 1024), { flag: 'wx' });
    } finally {
      rmSync(probe, { force: true });
    }
  },
  freeBytes(dir) {
    try {
      const stats = statfsSync(dir);
      return stats.bavail * stats.bsize;
    } catch {
      return null;
    }
  },
};

/**
 * The DataDirError for a failure to prepare or open the directory: the error's own errno when it
 * has one; otherwise (PGlite's "failed to initialize properly") what a write and the free space
 * of the directory tell; otherwise the original message, with the directory named.
 */
export function diagnoseDataDir(
  dir: string,
  error: unknown,
  probes: DiagnoseProbes = realProbes,
): DataDirError {
  if (error instanceof DataDirError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  const code = errnoCode(error);
  if (code !== null && CAUSES[code] !== undefined) return new DataDirError(dir, code, detail);
  try {
    probes.write(dir);
  } catch (probeError) {
    const probeCode = errnoCode(probeError);
    if (probeCode !== null) return new DataDirError(dir, probeCode, detail);
  }
  const free = probes.freeBytes(dir);
  if (free !== null && free < LOW_SPACE_BYTES) return new DataDirError(dir, 'ENOSPC', detail);
  return new DataDirError(dir, code, detail);
}
