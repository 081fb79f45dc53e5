// A webhook must not call the Parley server that sends it: every event it answered would be a
// request to itself, and the loop would feed on its own outbox. This is about loops, not a general
// guard against server-side requests: other ports of this machine stay allowed (a local receiver
// during development and in tests), and names are compared as written, never resolved by DNS.

/** Where the server itself listens; the host fills it in once it is listening. */
export interface ServerAddress {
  port: number;
  /** This machine's own names and addresses besides loopback (hostname, interface addresses). */
  hosts: readonly string[];
}

/** Lower case, without DNS's root dot: `Parley.Test.` and `parley.test` are one host. */
const normalise = (hostname: string) => hostname.toLowerCase().replace(/\.$/, '');

/** 127.0.0.0/8, ::1, "this host" (0.0.0.0, ::) and `localhost` names, in the URL parser's forms. */
export function isLoopbackHost(hostname: string): boolean {
  const h = normalise(hostname);
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  // The URL parser already turned 2130706433, 0x7f.1 and 127.1 into dotted quads.
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || h === '0.0.0.0') return true;
  if (h === '[::1]' || h === '[::]') return true;
  // IPv4-mapped IPv6, which the parser prints in hex: [::ffff:7f00:1] is 127.0.0.1.
  const mapped = /^\[::ffff:([0-9a-f]{1,4}):[0-9a-f]{1,4}\]$/.exec(h);
  if (mapped?.[1] !== undefined) {
    const high = parseInt(mapped[1], 16) >> 8;
    return high === 127 || high === 0;
  }
  return false;
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
 * port named there, or at 80/443 when it names none, since a proxy in front serves both.
 */
export function targetsServer(
  url: URL,
  server: ServerAddress | null,
  requestHosts: readonly string[],
): boolean {
  const hostname = normalise(url.hostname);
  const port = effectivePort(url);
  if (server !== null && port === server.port) {
    if (isLoopbackHost(hostname)) return true;
    if (server.hosts.some((h) => normalise(h) === hostname)) return true;
  }
  for (const raw of requestHosts) {
    const own = parseHost(raw);
    if (own === null || normalise(own.hostname) !== hostname) continue;
    if (own.port === '' ? port === 80 || port === 443 : Number(own.port) === port) return true;
  }
  return false;
}
