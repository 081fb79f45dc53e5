// Where a webhook may point (SPEC 8): a public address, never this server, loopback, a private or
// link-local network (cloud metadata), the unspecified address or multicast, in any spelling. An
// admin who could point one inward would have the server call its own network and report back
// through the delivery log. Addresses are classified in webhook-address.ts; names are checked
// here as written (`localhost`, this machine's own names), and where a resolver exists (the Node
// host) by every address they resolve to, at subscription and again at each delivery.
import {
  addressKind,
  allowsAddress,
  allowsHost,
  KIND_PHRASE,
  normaliseHost,
  parseIp,
  type AllowList,
} from './webhook-address';

/** Where the server itself listens; the host fills it in once it is listening. */
export interface ServerAddress {
  port: number;
  /** This machine's own names and addresses besides loopback (hostname, interface addresses). */
  hosts: readonly string[];
}

export interface TargetPolicy {
  server: ServerAddress | null;
  /** The Host (and X-Forwarded-Host) the subscribing request came in on. */
  requestHosts: readonly string[];
  /** `PARLEY_WEBHOOK_ALLOW_HOSTS`: what an operator allows beyond public addresses. */
  allow: AllowList;
}

/** `localhost` and its subdomains are loopback by definition (RFC 6761), whatever DNS says. */
const isLocalhostName = (h: string) => h === 'localhost' || h.endsWith('.localhost');

/** 127.0.0.0/8, ::1, "this host" (0.0.0.0, ::) and `localhost` names, in the URL parser's forms. */
export function isLoopbackHost(hostname: string): boolean {
  const h = normaliseHost(hostname);
  if (isLocalhostName(h)) return true;
  const ip = parseIp(h);
  if (ip === null) return false;
  const kind = addressKind(ip);
  return kind === 'loopback' || kind === 'unspecified';
}

export function effectivePort(url: URL): number {
  if (url.port !== '') return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}

/** `example.com:8080` as a browser sent it in Host; null when it is not a host at all. */
function parseHost(raw: string): URL | null {
  try {
    return new URL(`http://${raw.trim()}`);
  } catch {
    return null;
  }
}

/**
 * True when `url` points at this server: loopback or one of the machine's own addresses at the
 * port it listens on, or the host the request itself came in on (Host, X-Forwarded-Host) — at the
 * port named there, or at 80/443 when it names none, since a proxy in front serves both. Refused
 * even for hosts an operator allows: every event would call the server back.
 */
export function targetsServer(
  url: URL,
  server: ServerAddress | null,
  requestHosts: readonly string[],
): boolean {
  const hostname = normaliseHost(url.hostname);
  const port = effectivePort(url);
  if (server !== null && port === server.port) {
    if (isLoopbackHost(hostname)) return true;
    if (server.hosts.some((h) => normaliseHost(h) === hostname)) return true;
  }
  for (const raw of requestHosts) {
    const own = parseHost(raw);
    if (own === null || normaliseHost(own.hostname) !== hostname) continue;
    if (own.port === '' ? port === 80 || port === 443 : Number(own.port) === port) return true;
  }
  return false;
}

const SELF =
  'A webhook cannot point at this Parley server itself: every event would call it back. ' +
  'Use the address of the system that should receive the events.';
const PUBLIC_ONLY = 'A webhook must point at a public address';

/** This machine's own names and addresses, at any port, and the names the request used. */
function isOwnHost(hostname: string, p: TargetPolicy): boolean {
  const own = [...(p.server?.hosts ?? []), ...p.requestHosts.map((h) => parseHost(h)?.hostname)];
  return own.some((h) => h !== undefined && normaliseHost(h) === hostname);
}

/**
 * Why `url` may not be subscribed (the 422's message), or null. Names are judged as written
 * only: `refuseResolved` judges what they resolve to, where a resolver exists.
 */
export function refuseTarget(url: URL, p: TargetPolicy): string | null {
  if (targetsServer(url, p.server, p.requestHosts)) return SELF;
  const hostname = normaliseHost(url.hostname);
  if (allowsHost(p.allow, hostname)) return null;
  const ip = parseIp(hostname);
  if (ip !== null && allowsAddress(p.allow, ip)) return null;
  if (isOwnHost(hostname, p))
    return `${PUBLIC_ONLY}: ${url.hostname} is one of this Parley server's own names or addresses.`;
  if (ip === null)
    return isLocalhostName(hostname) ? `${PUBLIC_ONLY}: ${url.hostname} is loopback.` : null;
  const kind = addressKind(ip);
  return kind === 'public' ? null : `${PUBLIC_ONLY}: ${url.hostname} is ${KIND_PHRASE[kind]}.`;
}

/** The first of `addresses` a delivery may not connect to, or null when all are fine. */
export function blockedAddress(
  url: URL,
  addresses: readonly string[],
  p: Pick<TargetPolicy, 'server' | 'allow'>,
): string | null {
  const port = effectivePort(url);
  const hostAllowed = allowsHost(p.allow, url.hostname);
  for (const address of addresses) {
    const ip = parseIp(address);
    if (ip === null) return address;
    const kind = addressKind(ip);
    const bracketed = ip.kind() === 'ipv6' ? `[${ip.toString()}]` : ip.toString();
    // Allowed ranges still never reach this server's own port: that is a loop.
    const self =
      p.server !== null &&
      port === p.server.port &&
      (kind === 'loopback' || kind === 'unspecified' || p.server.hosts.includes(bracketed));
    if (self) return address;
    if (hostAllowed || allowsAddress(p.allow, ip)) continue;
    if (kind !== 'public' || p.server?.hosts.includes(bracketed)) return address;
  }
  return null;
}

/**
 * Why a host name may not be subscribed given what it resolves to now, or null. Says only that
 * the address is not public, never which: the answer must not map a private network.
 */
export function refuseResolved(
  url: URL,
  addresses: readonly string[],
  p: Pick<TargetPolicy, 'server' | 'allow'>,
): string | null {
  if (blockedAddress(url, addresses, p) === null) return null;
  return `${PUBLIC_ONLY}: ${url.hostname} resolves to an address that is not public.`;
}
