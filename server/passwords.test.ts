// scrypt hashes: the stored format, verification, and hashes that must not verify.
import { describe, expect, it } from 'vitest';
import { createGate, createPasswords, DEFAULT_COST, hashQueueFromEnv } from './passwords';

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

describe('the sign-in queue', () => {
  const later = () => {
    let done = (): void => undefined;
    const promise = new Promise<void>((resolve) => (done = resolve));
    return { promise, done };
  };

  it('runs `running` checks at once, queues `waiting`, and refuses the rest at once (429)', async () => {
    const gate = createGate({ running: 1, waiting: 1 });
    const first = later();
    const started: number[] = [];
    const a = gate(async () => (started.push(1), first.promise));
    const b = gate(async () => void started.push(2));
    await expect(gate(async () => undefined)).rejects.toMatchObject({
      status: 429,
      headers: { 'Retry-After': '1' },
    });
    expect(started).toEqual([1]);
    first.done();
    await Promise.all([a, b]);
    expect(started).toEqual([1, 2]);
    // Every place is given back: two more run one after the other.
    await Promise.all([gate(async () => undefined), gate(async () => undefined)]);
  });

  it('reads its size from the environment, and refuses nonsense', () => {
    expect(hashQueueFromEnv({ PARLEY_HASH_CONCURRENCY: '3', PARLEY_HASH_QUEUE: '7' })).toEqual({
      running: 3,
      waiting: 7,
    });
    expect(hashQueueFromEnv({}).running).toBeGreaterThanOrEqual(1);
    expect(() => hashQueueFromEnv({ PARLEY_HASH_QUEUE: '-1' })).toThrow(/PARLEY_HASH_QUEUE/);
  });
});
