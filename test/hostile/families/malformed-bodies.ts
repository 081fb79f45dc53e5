// Bodies that are not JSON, not quite JSON, not UTF-8, or JSON whose text PostgreSQL cannot store
// (NUL) or cannot store faithfully (a lone surrogate): 400 on every route that reads a body. (A
// leading byte-order mark is not here: RFC 8259 lets a parser ignore it, and the decoder does.)
import { BODY_ROUTES, bodyWith, textField, type BodyRoute } from '../body-routes';
import { JSON_TYPE, type CaseBody, type Family, type HostileCase } from '../hostile-case';
import type { Fixture } from '../fixture';

const bytes = (...values: number[]) => new Uint8Array(values);

interface Variant {
  name: string;
  body: (route: BodyRoute, f: Fixture) => CaseBody | undefined;
  headers?: Record<string, string>;
}

const valid = (route: BodyRoute, f: Fixture) => JSON.stringify(route.valid(f));
/** The route's valid body with its first text field set to raw JSON text. */
const inText = (raw: string) => (route: BodyRoute, f: Fixture) => {
  const field = textField(route);
  return field ? bodyWith(route.valid(f), field.path, raw) : undefined;
};

const VARIANTS: readonly Variant[] = [
  { name: 'an empty body', body: () => '' },
  { name: 'plain words', body: () => 'not json' },
  { name: 'a lone brace', body: () => '{' },
  { name: 'truncated half way', body: (r, f) => valid(r, f).slice(0, valid(r, f).length >> 1) },
  { name: 'truncated before the last brace', body: (r, f) => valid(r, f).slice(0, -1) },
  { name: 'JSON null', body: () => 'null' },
  { name: 'a JSON array', body: (r, f) => `[${valid(r, f)}]` },
  { name: 'a JSON string', body: (r, f) => JSON.stringify(valid(r, f)) },
  { name: 'a number', body: () => '42' },
  { name: 'trailing garbage', body: (r, f) => `${valid(r, f)}x` },
  { name: 'two documents', body: (r, f) => `${valid(r, f)}${valid(r, f)}` },
  { name: 'single quotes', body: () => "{'a': 1}" },
  { name: 'a comment', body: (r, f) => `/* hi */${valid(r, f)}` },
  { name: 'invalid UTF-8', body: () => bytes(0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d) },
  { name: 'overlong UTF-8 NUL', body: () => bytes(0x7b, 0x22, 0xc0, 0x80, 0x22, 0x3a, 0x31, 0x7d) },
  { name: 'a raw NUL byte', body: () => bytes(0x7b, 0x00, 0x7d) },
  {
    name: 'gzip bytes',
    headers: { 'content-encoding': 'gzip' },
    body: () => bytes(0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03),
  },
  { name: 'an escaped NUL in text', body: inText('"a\\u0000b"') },
  { name: 'a lone high surrogate in text', body: inText('"a\\ud800b"') },
  { name: 'a lone low surrogate in text', body: inText('"\\udc00"') },
];

function cases(): HostileCase[] {
  const all: HostileCase[] = [];
  for (const route of BODY_ROUTES) {
    for (const variant of VARIANTS) {
      // Settings have no text field: the text-level variants do not apply.
      if (variant.name.includes(' in text') && !textField(route)) continue;
      all.push({
        name: `${route.key}: ${variant.name}`,
        request: (f) => ({
          method: route.method,
          path: route.path(f),
          as: route.as,
          headers: { ...JSON_TYPE, ...route.headers, ...variant.headers },
          body: variant.body(route, f) ?? '',
        }),
        expect: { status: 400 },
      });
    }
  }
  return all;
}

export const malformedBodies: Family = {
  name: 'malformed bodies',
  attack: 'bodies a parser might choke on, misread, or pass through to the database',
  cases: cases(),
};
