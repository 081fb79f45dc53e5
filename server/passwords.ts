// Password hashing for the Node host: scrypt from node:crypto, no native add-on. The cost
// parameters travel inside each hash (`scrypt$N$r$p$salt$hash`), so they can be raised later
// without invalidating the hashes already stored. Node's async scrypt runs on libuv's thread pool,
// off the event loop; sign-ins go through a bounded queue on top, so a flood of them can neither
// take every core from the requests the event loop serves nor pile up without end.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { ScryptOptions } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { PasswordHasher } from '../src/backend/deps';
import { RateLimitedError } from '../src/backend/http/rate-limit';

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

export interface HashQueue {
  /** Sign-in checks hashing at once. */
  running: number;
  /** Sign-in checks waiting for a turn; beyond them, 429 at once. */
  waiting: number;
}

/**
 * One core stays free for the event loop (reads keep their pace during a flood); a busy team's
 * sign-ins, a few a minute, never wait. `PARLEY_HASH_CONCURRENCY`, `PARLEY_HASH_QUEUE` change it.
 */
export function hashQueueFromEnv(env: NodeJS.ProcessEnv = process.env): HashQueue {
  const read = (name: string, fallback: number) => {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 1000)
      throw new Error(`${name} must be a whole number from 1 to 1000, not "${raw}".`);
    return n;
  };
  return {
    running: read('PARLEY_HASH_CONCURRENCY', Math.max(1, availableParallelism() - 1)),
    waiting: read('PARLEY_HASH_QUEUE', 32),
  };
}

/** Runs at most `running` tasks at once with at most `waiting` queued; refuses the rest (429). */
export function createGate({ running, waiting }: HashQueue) {
  let active = 0;
  const queue: (() => void)[] = [];
  const run = async function run<T>(task: () => Promise<T>): Promise<T> {
    if (active < running) active += 1;
    else if (queue.length < waiting) await new Promise<void>((turn) => queue.push(turn));
    else throw new RateLimitedError('Too many sign-ins at once. Try again in a second.', 1_000);
    try {
      return await task();
    } finally {
      // The place passes straight to the next in line, or is given back.
      const next = queue.shift();
      if (next) next();
      else active -= 1;
    }
  };
  /** How many hash now and how many wait: what a test waits on before it floods. */
  const load = () => ({ running: active, waiting: queue.length });
  return Object.assign(run, { load });
}

export function createPasswords(
  cost: ScryptCost = DEFAULT_COST,
  queue: HashQueue = hashQueueFromEnv(),
): PasswordHasher & { load(): HashQueue } {
  const gate = createGate(queue);
  return {
    load: gate.load,
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
      const key = await gate(() => derive(password, parsed.salt, parsed.key.length, parsed.cost));
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
