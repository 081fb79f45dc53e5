// Webhook URLs an admin's stolen session (or a careless admin) could register: schemes other than
// http(s), which the schema refuses (400), and the server's own address, which would make every
// event call the server back (422, the self-targeting rule).
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
 * port a real host listens on is covered by test/hostile/host.test.ts; other machines' and
 * other ports' addresses stay allowed by design (local receivers during development).
 */
const SELF = [
  'http://parley.test/api/inbound',
  'http://parley.test:80/api/conversations/bulk',
  'https://parley.test/api/session',
  'http://PARLEY.TEST/',
  'http://user:pass@parley.test/api/inbound',
];

export const webhookUrls: Family = {
  name: 'webhook URLs',
  attack: 'webhook targets that are not http(s), or that point back at the server or its network',
  cases: [
    ...SCHEMES.map((url) => create('a non-http scheme', url, 400)),
    ...SELF.map((url) => create('the server itself', url, 422)),
    // The same host with DNS's root dot: it resolves to the server but differs as text.
    create('the server itself', 'http://parley.test./api/inbound', 422),
  ],
};
