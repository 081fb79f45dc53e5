// Password hashing for the Node host: scrypt from node:crypto, no native add-on. The cost
// parameters travel inside each hash (`scrypt$N$r$p$salt$hash`), so they can be raised later
// without invalidating the hashes already stored.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { ScryptOptions } from 'node:crypto';
import type { PasswordHasher } from '../src/backend/deps';

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** OWASP's scrypt minimum (2^17, 8, 1): about 100 ms and 128 MiB per hash. */
export const DEFAULT_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
/** A stored hash cannot ask for more than this, so a tampered row cannot exhaust memory. */
const MAX_N = 2 ** 20;

export function createPasswords(cost: ScryptCost = DEFAULT_COST): PasswordHasher {
  return {
    async hash(password) {
      const salt = randomBytes(SALT_LENGTH);
      const key = await derive(password, salt, KEY_LENGTH, cost);
      return [
        'scrypt',
        cost.N,
        cost.r,
        cost.p,
        salt.toString('base64'),
        key.toString('base64'),
      ].join('$');
    },
    async verify(password, stored) {
      const parsed = parse(stored);
      if (parsed === null) return false;
      const key = await derive(password, parsed.salt, parsed.key.length, parsed.cost);
      return timingSafeEqual(key, parsed.key);
    },
  };
}

function parse(stored: string): { cost: ScryptCost; salt: Buffer; key: Buffer } | null {
  const [scheme, n, r, p, salt, key, ...rest] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || key === undefined || rest.length > 0)
    return null;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  const powerOfTwo = Number.isInteger(cost.N) && cost.N > 1 && (cost.N & (cost.N - 1)) === 0;
  if (!powerOfTwo || cost.N > MAX_N || !isSmallPositive(cost.r) || !isSmallPositive(cost.p))
    return null;
  const saltBytes = Buffer.from(salt, 'base64');
  const keyBytes = Buffer.from(key, 'base64');
  if (saltBytes.length === 0 || keyBytes.length < 16) return null;
  return { cost, salt: saltBytes, key: keyBytes };
}

function isSmallPositive(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 16;
}

function derive(password: string, salt: Buffer, length: number, cost: ScryptCost): Promise<Buffer> {
  // scrypt needs 128 * N * r bytes; Node's default cap (32 MiB) is below the default cost.
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, length, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}
