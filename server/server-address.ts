// This machine's own names and addresses, so a webhook cannot be pointed back at the server by
// any of them (loopback is covered separately, in webhook-target.ts).
import { hostname, networkInterfaces } from 'node:os';
import type { ServerAddress } from '../src/backend/service/webhook-target';

export function serverAddress(port: number, listenHost: string | undefined): ServerAddress {
  const hosts = new Set<string>([hostname().toLowerCase()]);
  if (listenHost !== undefined && listenHost !== '') hosts.add(bracketed(listenHost.toLowerCase()));
  for (const list of Object.values(networkInterfaces())) {
    for (const info of list ?? []) hosts.add(bracketed(info.address.toLowerCase()));
  }
  return { port, hosts: [...hosts] };
}

/** The URL parser writes IPv6 hosts in brackets and without a zone; compare in that form. */
function bracketed(address: string): string {
  if (!address.includes(':') || address.startsWith('[')) return address;
  return `[${address.split('%')[0] ?? address}]`;
}
