import { describe, expect, it } from 'vitest';
import { DataDirError, diagnoseDataDir, errnoCode, type DiagnoseProbes } from './data-dir-errors';

const DIR = '/srv/parley/data';
const PGLITE_FAILED = new Error('PGlite failed to initialize properly');
const errno = (code: string) => Object.assign(new Error(`${code}: something`), { code });
/** PGlite's own file system errors: a WASI errno number, no message. */
const wasi = (n: number) => Object.assign(new Error(), { name: 'ErrnoError', errno: n });

const probes = (over: Partial<DiagnoseProbes> = {}): DiagnoseProbes => ({
  write: () => undefined,
  freeBytes: () => 10 * 1024 ** 3,
  ...over,
});

describe('what is wrong with a data directory', () => {
  it.each([
    ['EACCES', errno('EACCES'), /permissions/],
    ['EPERM', errno('EPERM'), /permissions/],
    ['EROFS', errno('EROFS'), /read-only file system/],
    ['ENOSPC', errno('ENOSPC'), /no space left/],
    ['ENOTDIR', errno('ENOTDIR'), /a part of its path is a file/],
    ['EACCES', wasi(2), /permissions/],
    ['ENOSPC', wasi(51), /no space left/],
    ['EROFS', wasi(69), /read-only/],
  ])('says %s, naming the directory', (code, error, cause) => {
    const said = diagnoseDataDir(DIR, error, probes());
    expect(said).toBeInstanceOf(DataDirError);
    expect(said.code).toBe(code);
    expect(said.message).toContain(`The data directory ${DIR} cannot be used`);
    expect(said.message).toMatch(cause);
    expect(said.message).toContain(`(${code})`);
  });

  it('asks the disk when PGlite only says it failed: a write that fails tells why', () => {
    const full = probes({
      write: () => {
        throw errno('ENOSPC');
      },
    });
    expect(diagnoseDataDir(DIR, PGLITE_FAILED, full).message).toMatch(
      /\/srv\/parley\/data cannot be used: there is no space left on its disk \(ENOSPC\)/,
    );
    const readOnly = probes({
      write: () => {
        throw errno('EROFS');
      },
    });
    expect(diagnoseDataDir(DIR, PGLITE_FAILED, readOnly).code).toBe('EROFS');
  });

  it('takes a nearly full disk for the cause when a small write still fits', () => {
    const nearlyFull = probes({ freeBytes: () => 200 * 1024 });
    expect(diagnoseDataDir(DIR, PGLITE_FAILED, nearlyFull).code).toBe('ENOSPC');
  });

  it('keeps the original message, with the directory, when nothing explains it', () => {
    const said = diagnoseDataDir(DIR, PGLITE_FAILED, probes());
    expect(said.code).toBeNull();
    expect(said.message).toBe(
      `The data directory ${DIR} cannot be used: PGlite failed to initialize properly`,
    );
  });

  it('reads errno names from Node and from PGlite only', () => {
    expect(errnoCode(errno('EACCES'))).toBe('EACCES');
    expect(errnoCode(wasi(51))).toBe('ENOSPC');
    expect(errnoCode(wasi(12345))).toBeNull();
    expect(errnoCode(new Error('plain'))).toBeNull();
    expect(errnoCode('EACCES')).toBeNull();
  });
});
