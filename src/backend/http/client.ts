// Who sent a request, as far as the server can tell: the client's address (the key of the rate
// limits), whether it came over TLS, and the origin the app is served from. Forwarded headers
// count only behind a trusted proxy (`PARLEY_TRUST_PROXY`): anyone can send them.
import type { Context } from 'hono';
import type { HttpSettings } from './settings';

/** What a host without sockets (the browser mock, `app.fetch` in tests) is keyed by. */
export const UNKNOWN_ADDRESS = 'unknown';

/** The socket's address in @hono/node-server's bindings (what its `getConnInfo` reads). */
function socketAddress(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

const list = (header: string | undefined) =>
  (header ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The client's address: the socket's, or, behind `hops` trusted proxies, the right-most address
 * of `X-Forwarded-For` that they did not add (what a client writes to its left is ignored).
 * IPv6 addresses are keyed by their /64, which one subscriber usually holds whole.
 */
export function clientAddress(c: Context, settings: Pick<HttpSettings, 'trustProxyHops'>): string {
  const socket = socketAddress(c);
  const hops = settings.trustProxyHops;
  if (hops === 0) return normalise(socket ?? UNKNOWN_ADDRESS);
  const chain = [...list(c.req.header('x-forwarded-for')), socket ?? UNKNOWN_ADDRESS];
  return normalise(chain[Math.max(0, chain.length - 1 - hops)] ?? UNKNOWN_ADDRESS);
}

function normalise(address: string): string {
  const bare = address.replace(/^\[|\](:\d+)?$/g, '').slice(0, 64);
  const v4 = /^(?:::ffff:)?(\d+\.\d+\.\d+\.\d+)(?::\d+)?$/i.exec(bare);
  if (v4?.[1]) return v4[1];
  if (!bare.includes(':')) return bare;
  return `${ipv6Groups(bare).slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address, `::` expanded, without leading zeros. */
function ipv6Groups(address: string): string[] {
  const [head = '', tail] = address.toLowerCase().split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array<string>(Math.max(0, 8 - left.length - right.length));
  return [...left, ...fill.fill('0'), ...right].map((g) => g.replace(/^0+(?=.)/, ''));
}

/** Whether the client reached us over TLS: the URL's scheme, or a trusted proxy's word. */
export function isSecureRequest(
  c: Context,
  settings: Pick<HttpSettings, 'trustProxyHops' | 'cookieSecure'>,
): boolean {
  if (settings.cookieSecure) return true;
  if (new URL(c.req.url).protocol === 'https:') return true;
  if (settings.trustProxyHops === 0) return false;
  // The nearest proxy's value is the right-most; a client can only add to the left.
  return list(c.req.header('x-forwarded-proto')).at(-1)?.toLowerCase() === 'https';
}

/** The origin a browser on the app's own pages sends in `Origin`. */
export function ownOrigin(c: Context, settings: Pick<HttpSettings, 'trustProxyHops'>): string {
  const url = new URL(c.req.url);
  if (settings.trustProxyHops > 0) {
    const proto = list(c.req.header('x-forwarded-proto')).at(-1)?.toLowerCase();
    if (proto === 'https' || proto === 'http') url.protocol = `${proto}:`;
  }
  return url.origin;
}
