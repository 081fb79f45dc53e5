// Where one delivery may connect, decided just before it does: the URL's host is resolved once
// (every address, as the system resolver answers: /etc/hosts included), refused if any address is
// not public (unless an operator allows it), and the request then connects to exactly those
// addresses (send-webhook.ts hands them to the socket), so DNS cannot answer differently between
// the check and the connection.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { parseIp, type AllowList } from '../../src/backend/service/webhook-address';
import { blockedAddress, type ServerAddress } from '../../src/backend/service/webhook-target';

/** Every address a name resolves to, as the system resolver says; rejects when it does not. */
export type Lookup = (hostname: string) => Promise<LookupAddress[]>;

export const systemLookup: Lookup = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );

/** `work`'s answer, or `late` if it takes longer than `ms`. */
async function within<T, L>(work: Promise<T>, ms: number, late: L): Promise<T | L> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<L>((resolve) => {
    timer = setTimeout(() => resolve(late), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface EgressPolicy {
  server: ServerAddress | null;
  allow: AllowList;
  lookup: Lookup;
}

export type Egress =
  | { ok: true; addresses: LookupAddress[] }
  | { ok: false; error: 'blocked address' | 'name not resolved' | 'timed out' };

/** Resolves and checks `url`'s host, within `timeoutMs` (a resolver can hang). */
export async function resolveEgress(
  url: URL,
  policy: EgressPolicy,
  timeoutMs: number,
): Promise<Egress> {
  const ip = parseIp(url.hostname);
  let addresses: LookupAddress[];
  if (ip !== null) {
    addresses = [{ address: ip.toString(), family: ip.kind() === 'ipv4' ? 4 : 6 }];
  } else {
    const answer = await within(
      policy.lookup(url.hostname).catch(() => null),
      timeoutMs,
      'late' as const,
    );
    if (answer === 'late') return { ok: false, error: 'timed out' };
    if (answer === null || answer.length === 0) return { ok: false, error: 'name not resolved' };
    addresses = answer;
  }
  const blocked = blockedAddress(
    url,
    addresses.map((a) => a.address),
    policy,
  );
  return blocked === null ? { ok: true, addresses } : { ok: false, error: 'blocked address' };
}

/**
 * For the subscribing request: the addresses a name has now, [] when it has none or the resolver
 * does not answer in time (the delivery checks again, and refuses then).
 */
export function resolveForCheck(lookup: Lookup, timeoutMs = 3_000) {
  return async (hostname: string): Promise<string[]> => {
    const none: LookupAddress[] = [];
    const answer = await within(
      lookup(hostname).catch(() => none),
      timeoutMs,
      none,
    );
    return answer.map((a) => a.address);
  };
}
