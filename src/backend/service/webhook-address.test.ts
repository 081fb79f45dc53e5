import { describe, expect, it } from 'vitest';
import {
  addressKind,
  allowsAddress,
  allowsHost,
  parseAllowList,
  parseIp,
  type AddressKind,
} from './webhook-address';

/** The kind of a URL's host, after the URL parser's normalisation, as a subscription sees it. */
const kindOf = (url: string): AddressKind | 'name' => {
  const ip = parseIp(new URL(url).hostname);
  return ip === null ? 'name' : addressKind(ip);
};

describe('addressKind', () => {
  it.each([
    ['http://127.0.0.1/', 'loopback'],
    ['http://127.255.255.254/', 'loopback'],
    ['http://0x7f000001/', 'loopback'],
    ['http://2130706433/', 'loopback'],
    ['http://127.1/', 'loopback'],
    ['http://0177.0.0.1/', 'loopback'],
    ['http://0x7f.1/', 'loopback'],
    ['http://[::1]/', 'loopback'],
    ['http://[::ffff:127.0.0.1]/', 'loopback'],
    ['http://[::ffff:7f00:1]/', 'loopback'],
    ['http://[::127.0.0.1]/', 'loopback'],
    ['http://[64:ff9b::127.0.0.1]/', 'loopback'],
    ['http://[2002:7f00:1::]/', 'loopback'],
    ['http://10.0.0.1/', 'private'],
    ['http://172.16.0.1/', 'private'],
    ['http://172.31.255.255/', 'private'],
    ['http://192.168.1.1/', 'private'],
    ['http://100.64.0.1/', 'private'],
    ['http://[::ffff:10.0.0.1]/', 'private'],
    ['http://[fc00::1]/', 'private'],
    ['http://[fd12:3456::1]/', 'private'],
    ['http://169.254.169.254/latest/meta-data/', 'link-local'],
    ['http://[::ffff:169.254.169.254]/', 'link-local'],
    ['http://[fe80::1]/', 'link-local'],
    ['http://[febf::1]/', 'link-local'],
    ['http://0.0.0.0/', 'unspecified'],
    ['http://0/', 'unspecified'],
    ['http://[::]/', 'unspecified'],
    ['http://224.0.0.1/', 'multicast'],
    ['http://239.255.255.250/', 'multicast'],
    ['http://[ff02::1]/', 'multicast'],
    ['http://255.255.255.255/', 'reserved'],
    ['http://192.0.2.1/', 'reserved'],
    ['http://[2001:db8::1]/', 'reserved'],
    ['http://[2001::1]/', 'reserved'],
    ['http://[100::1]/', 'reserved'],
    ['http://8.8.8.8/', 'public'],
    ['http://172.32.0.1/', 'public'],
    ['http://[2606:4700:4700::1111]/', 'public'],
    ['http://[::ffff:8.8.8.8]/', 'public'],
    ['http://[2002:808:808::1]/', 'public'],
    ['http://hooks.example.com/', 'name'],
    ['http://127.0.0.1.nip.io/', 'name'],
  ] as const)('%s is %s', (url, kind) => {
    expect(kindOf(url)).toBe(kind);
  });
});

describe('parseAllowList', () => {
  it('reads hosts, addresses and CIDR ranges; unset allows nothing', () => {
    expect(parseAllowList(undefined)).toEqual({ hosts: [], ranges: [] });
    const list = parseAllowList(' Receiver.Test. , 127.0.0.1,10.0.0.0/8 ,::1,,');
    expect(list.hosts).toEqual(['receiver.test']);
    expect(allowsHost(list, 'RECEIVER.test')).toBe(true);
    expect(allowsHost(list, 'other.test')).toBe(false);
    const allows = (a: string) => {
      const ip = parseIp(a);
      if (!ip) throw new Error(`${a} is not an address`);
      return allowsAddress(list, ip);
    };
    expect(allows('127.0.0.1')).toBe(true);
    expect(allows('::ffff:127.0.0.1')).toBe(true);
    expect(allows('127.0.0.2')).toBe(false);
    expect(allows('10.200.3.4')).toBe(true);
    expect(allows('11.0.0.1')).toBe(false);
    expect(allows('::1')).toBe(true);
    expect(allows('::2')).toBe(false);
  });

  it.each(['10.0.0.0/33', 'http://x', '1.2.3.4/x', '0x7f000001/8', 'a b', '::1/129'])(
    'refuses %s, naming it',
    (entry) => {
      expect(() => parseAllowList(`localhost,${entry}`)).toThrow(`"${entry}"`);
    },
  );
});
