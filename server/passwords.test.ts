// scrypt hashes: the stored format, verification, and hashes that must not verify.
import { describe, expect, it } from 'vitest';
import { createPasswords, DEFAULT_COST } from './passwords';

const passwords = createPasswords({ N: 2 ** 12, r: 8, p: 1 });

describe('passwords', () => {
  it('stores scrypt$N$r$p$salt$hash with a fresh salt each time', async () => {
    const a = await passwords.hash('demo-password');
    const b = await passwords.hash('demo-password');
    expect(a).toMatch(/^scrypt\$4096\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
  });

  it('verifies the right password only', async () => {
    const hash = await passwords.hash('demo-password');
    expect(await passwords.verify('demo-password', hash)).toBe(true);
    expect(await passwords.verify('demo-passwore', hash)).toBe(false);
    expect(await passwords.verify('', hash)).toBe(false);
  });

  it('reads the cost from the hash, so a later cost change keeps old hashes valid', async () => {
    const old = await passwords.hash('pw');
    expect(await createPasswords(DEFAULT_COST).verify('pw', old)).toBe(true);
  });

  it('refuses malformed or tampered hashes instead of throwing', async () => {
    const hash = await passwords.hash('pw');
    const parts = hash.split('$');
    const withN = (n: string) => [parts[0], n, ...parts.slice(2)].join('$');
    for (const bad of [
      '',
      'plain:pw',
      'scrypt$4096$8$1$$',
      withN('3000'),
      withN(String(2 ** 30)),
      `${hash}$x`,
    ]) {
      expect(await passwords.verify('pw', bad)).toBe(false);
    }
  });
});
