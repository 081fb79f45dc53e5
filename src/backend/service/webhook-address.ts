// Which IP addresses a webhook may reach. Pure, so it runs in the browser (the mock) and in Node:
// the URL parser has already turned 0x7f000001, 2130706433 and 127.1 into dotted quads, and this
// classifies what remains, IPv4 and IPv6 alike, including IPv4 hidden inside IPv6 (mapped, NAT64,
// 6to4). Only addresses that are publicly routable pass; everything else is named by its kind.
import ipaddr from 'ipaddr.js';

type Ip = ipaddr.IPv4 | ipaddr.IPv6;

export type AddressKind =
  'public' | 'loopback' | 'private' | 'link-local' | 'unspecified' | 'multicast' | 'reserved';

type Ranges = readonly (readonly [cidr: string, kind: AddressKind])[];

/** IPv4 special-purpose ranges (RFC 6890 and later); anything else is public. */
const V4: Ranges = [
  ['0.0.0.0/8', 'unspecified'], // "this network": 0.0.0.0 reaches the local host on Linux
  ['10.0.0.0/8', 'private'],
  ['100.64.0.0/10', 'private'], // carrier-grade NAT
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'link-local'], // cloud metadata lives at 169.254.169.254
  ['172.16.0.0/12', 'private'],
  ['192.0.0.0/24', 'reserved'],
  ['192.0.2.0/24', 'reserved'],
  ['192.88.99.0/24', 'reserved'],
  ['192.168.0.0/16', 'private'],
  ['198.18.0.0/15', 'reserved'],
  ['198.51.100.0/24', 'reserved'],
  ['203.0.113.0/24', 'reserved'],
  ['224.0.0.0/4', 'multicast'],
  ['240.0.0.0/4', 'reserved'], // and 255.255.255.255, broadcast
];

/** IPv6 ranges checked before the global-unicast rule; the first match wins. */
const V6: Ranges = [
  ['::/128', 'unspecified'],
  ['::1/128', 'loopback'],
  ['64:ff9b:1::/48', 'private'], // local-use NAT64
  ['fc00::/7', 'private'], // unique local
  ['fec0::/10', 'private'], // site-local, deprecated but still routed by some networks
  ['fe80::/10', 'link-local'],
  ['ff00::/8', 'multicast'],
  ['2001::/23', 'reserved'], // IETF protocol assignments: Teredo, benchmarking, ORCHID…
  ['2001:db8::/32', 'reserved'], // documentation
  ['3fff::/20', 'reserved'], // documentation
];

const parsed = (ranges: Ranges) =>
  ranges.map(([cidr, kind]) => [ipaddr.parseCIDR(cidr), kind] as const);
const V4_RANGES = parsed(V4);
const V6_RANGES = parsed(V6);
const GLOBAL_UNICAST = ipaddr.parseCIDR('2000::/3');

const V4_COMPATIBLE = ipaddr.parseCIDR('::/96');
/** IPv6 forms that carry an IPv4 address a gateway would connect to: judged by that address. */
const EMBEDDED_V4: readonly (readonly [range: [Ip, number], firstPart: number])[] = [
  [ipaddr.parseCIDR('::ffff:0:0/96'), 6], // IPv4-mapped
  [V4_COMPATIBLE, 6], // IPv4-compatible (deprecated)
  [ipaddr.parseCIDR('64:ff9b::/96'), 6], // NAT64
  [ipaddr.parseCIDR('2002::/16'), 1], // 6to4
];

function embeddedV4(ip: ipaddr.IPv6): ipaddr.IPv4 | null {
  for (const [range, first] of EMBEDDED_V4) {
    if (!ip.match(range)) continue;
    const [high = 0, low = 0] = ip.parts.slice(first, first + 2);
    // :: and ::1 lie in ::/96 too, and are not IPv4 addresses.
    if (range === V4_COMPATIBLE && high === 0) return null;
    return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
  }
  return null;
}

export function addressKind(ip: Ip): AddressKind {
  if (ip.kind() === 'ipv4') {
    for (const [range, kind] of V4_RANGES) if (ip.match(range)) return kind;
    return 'public';
  }
  const v6 = ip as ipaddr.IPv6;
  const v4 = embeddedV4(v6);
  if (v4 !== null) return addressKind(v4);
  for (const [range, kind] of V6_RANGES) if (v6.match(range)) return kind;
  return v6.match(GLOBAL_UNICAST) ? 'public' : 'reserved';
}

/**
 * The address a URL's hostname or a resolver's answer names, or null for a domain name. IPv4
 * must be a dotted quad: the URL parser writes every other spelling as one, and a resolver too.
 */
export function parseIp(host: string): Ip | null {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  if (ipaddr.IPv4.isValidFourPartDecimal(bare)) return ipaddr.IPv4.parse(bare);
  if (bare.includes(':') && ipaddr.IPv6.isValid(bare)) return ipaddr.IPv6.parse(bare);
  return null;
}

/** "a loopback address", for the sentences that refuse one. */
export const KIND_PHRASE: Record<Exclude<AddressKind, 'public'>, string> = {
  loopback: 'a loopback address',
  private: 'a private network address',
  'link-local': 'a link-local address (where cloud metadata services answer)',
  unspecified: 'the unspecified address',
  multicast: 'a multicast address',
  reserved: 'a reserved address',
};

/** What an operator allows beyond public addresses (`PARLEY_WEBHOOK_ALLOW_HOSTS`). */
export interface AllowList {
  /** Host names as written in a URL, lower case, without DNS's root dot. */
  hosts: readonly string[];
  ranges: readonly [Ip, number][];
}

export const ALLOW_NONE: AllowList = { hosts: [], ranges: [] };

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9_]([a-z0-9_-]{0,62})(\.[a-z0-9_]([a-z0-9_-]{0,62}))*$/;

/** Lower case, without DNS's root dot: `Parley.Test.` and `parley.test` are one host. */
export const normaliseHost = (hostname: string) => hostname.toLowerCase().replace(/\.$/, '');

/**
 * A comma list of host names, addresses and CIDR ranges (`localhost,127.0.0.1,10.0.0.0/8,::1`);
 * throws, naming the entry, on anything else so a typo does not silently allow nothing.
 */
export function parseAllowList(raw: string | undefined): AllowList {
  const hosts: string[] = [];
  const ranges: [Ip, number][] = [];
  for (const entry of (raw ?? '').split(',').map((e) => e.trim())) {
    if (entry === '') continue;
    const [address = '', bits] = entry.split('/');
    const ip = parseIp(address);
    if (ip !== null) {
      const max = ip.kind() === 'ipv4' ? 32 : 128;
      const prefix = bits === undefined ? max : /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
      if (prefix >= 0 && prefix <= max) {
        ranges.push([ip, prefix]);
        continue;
      }
    } else if (bits === undefined && HOST_NAME.test(normaliseHost(entry))) {
      hosts.push(normaliseHost(entry));
      continue;
    }
    throw new Error(
      `"${entry}" is not a host name, an IP address or a CIDR range (such as 10.0.0.0/8)`,
    );
  }
  return { hosts, ranges };
}

/** `ip` in the family of `like` (IPv4 and IPv4-mapped IPv6 are one address), or null. */
function sameFamily(ip: Ip, like: Ip): Ip | null {
  if (ip.kind() === like.kind()) return ip;
  if (ip.kind() === 'ipv4') return (ip as ipaddr.IPv4).toIPv4MappedAddress();
  const v6 = ip as ipaddr.IPv6;
  return v6.isIPv4MappedAddress() ? v6.toIPv4Address() : null;
}

export function allowsAddress(list: AllowList, ip: Ip): boolean {
  return list.ranges.some(([base, bits]) => sameFamily(ip, base)?.match(base, bits) ?? false);
}

export function allowsHost(list: AllowList, hostname: string): boolean {
  return list.hosts.includes(normaliseHost(hostname));
}
