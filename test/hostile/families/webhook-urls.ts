// Webhook URLs an admin's stolen session (or a careless admin) could register: schemes other than
// http(s), which the schema refuses (400); the server's own address, which would make every event
// call the server back; and every address that is not public, in every spelling the URL parser
// accepts (SPEC 8): loopback, private, link-local (cloud metadata), unspecified, multicast (422).
// Names that resolve inward need a resolver: test/webhooks/egress.test.ts covers them.
import { JSON_TYPE, type Family, type HostileCase } from '../hostile-case';

const create = (name: string, url: string, status: number): HostileCase => ({
  name: `${name}: ${url}`,
  request: () => ({
    method: 'POST',
    path: '/api/webhooks',
    as: 'admin',
    headers: JSON_TYPE,
    body: JSON.stringify({ url, events: ['conversation_push'] }),
  }),
  expect: { status },
});

const SCHEMES = [
  'file:///etc/passwd',
  'javascript:alert(document.cookie)',
  'gopher://127.0.0.1:6379/_FLUSHALL',
  'ftp://files.example.com/',
  'data:text/plain,hello',
  'ws://hooks.example.com/',
  'wss://hooks.example.com/',
  'mailto:ops@example.com',
  'vbscript:msgbox(1)',
  'about:blank',
  'dict://127.0.0.1:11211/stats',
  'ldap://127.0.0.1/',
  '//evil.example/hook',
  '/api/inbound',
];

/**
 * The harness serves http://parley.test, so that is "the server itself" here. Loopback at the
 * port a real host listens on is covered by test/hostile/host.test.ts.
 */
const SELF = [
  'http://parley.test/api/inbound',
  'http://parley.test:80/api/conversations/bulk',
  'https://parley.test/api/session',
  'http://PARLEY.TEST/',
  'http://user:pass@parley.test/api/inbound',
];

/** Not public, however written: the address classes of SPEC 8, at ports a service might use. */
const INWARD = [
  // cloud metadata (link-local)
  'http://169.254.169.254/latest/meta-data/',
  'http://169.254.169.254:80/latest/meta-data/iam/security-credentials/',
  'http://[::ffff:169.254.169.254]/latest/meta-data/',
  'http://0xa9fea9fe/latest/meta-data/',
  'http://2852039166/latest/meta-data/',
  'http://[fe80::1]/',
  // private networks
  'http://10.0.0.1/',
  'http://10.255.255.255:8080/',
  'http://172.16.0.1/',
  'http://172.31.255.1:9200/',
  'http://192.168.0.1/',
  'http://192.168.1.1:6379/',
  'http://100.64.0.1/',
  'http://012.0.0.1/',
  'http://[::ffff:10.0.0.1]/',
  'http://[fc00::1]/',
  'http://[fd12:3456:789a::1]/',
  // loopback, at ports other than the server's
  'http://127.0.0.1:6379/',
  'http://127.255.255.254:22/',
  'http://[::1]/',
  'http://[::1]:5432/',
  'http://0x7f000001/',
  'http://0x7f000001:8080/',
  'http://2130706433/',
  'http://2130706433:8080/',
  'http://127.1/',
  'http://127.0.1/',
  'http://0177.0.0.1/',
  'http://0x7f.0.0.1/',
  'http://[::ffff:127.0.0.1]/',
  'http://[::ffff:7f00:1]:8080/',
  'http://[::127.0.0.1]/',
  'http://[64:ff9b::127.0.0.1]/',
  'http://[2002:7f00:1::]/',
  'http://localhost:8080/',
  'http://LOCALHOST./',
  'http://api.localhost/',
  'https://user:pass@127.0.0.1:4443/',
  // unspecified, multicast, broadcast and other reserved addresses
  'http://0.0.0.0/',
  'http://0/',
  'http://[::]/',
  'http://224.0.0.1/',
  'http://239.255.255.250:1900/',
  'http://[ff02::1]/',
  'http://255.255.255.255/',
  'http://[2001:db8::1]/',
];

export const webhookUrls: Family = {
  name: 'webhook URLs',
  attack: 'webhook targets that are not http(s), or that point back at the server or its network',
  cases: [
    ...SCHEMES.map((url) => create('a non-http scheme', url, 400)),
    ...SELF.map((url) => create('the server itself', url, 422)),
    // The same host with DNS's root dot: it resolves to the server but differs as text.
    create('the server itself', 'http://parley.test./api/inbound', 422),
    ...INWARD.map((url) => create('an address that is not public', url, 422)),
  ],
};
