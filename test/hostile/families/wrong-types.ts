// Wrong types for every field of every body schema: the table of routes × fields × bad values,
// plus an unknown field on every route. Bad values are raw JSON text, so `1e309` (Infinity once
// parsed) and `-0` reach the schema as a hostile client would send them.
import { BODY_ROUTES, bodyWith, type FieldKind } from '../body-routes';
import { JSON_TYPE, type Family, type HostileCase } from '../hostile-case';

const NOT_STRING = ['null', '0', '-1', '1.5', '1e309', 'true', '[]', '["x"]', '{}', '{"$ne":null}'];
const NOT_NUMBER = [
  'null',
  '"1"',
  '"NaN"',
  '"Infinity"',
  '"0x10"',
  '"1e3"',
  '""',
  'true',
  '[]',
  '[1]',
  '{}',
  '1e309',
  '-1e309',
];
const BAD_IDS = ['0', '-0', '-1', '1.5', '2147483648', '9007199254740993', '1e400'];

/** Values no field of this kind accepts. */
export function badValues(kind: FieldKind): string[] {
  switch (kind.type) {
    case 'string':
      return [...NOT_STRING, '""'];
    case 'text':
      return [...NOT_STRING, '""', '"   "', '"\\n\\t"'];
    case 'enum':
      return [...NOT_STRING, '""', '"OPEN"', '" chat"', '"__proto__"', '"constructor"'];
    case 'email':
      return [...NOT_STRING, '""', '"not-an-email"', '"a@b"', '"x@y.test\\r\\nBcc: z@y.test"'];
    case 'url':
      return [...NOT_STRING, '""', '"not a url"', '"hooks.example.com"', '"//evil.example/x"'];
    case 'hex-color':
      return [...NOT_STRING, '""', '"red"', '"#ggg"', '"#22c55e\\n"', '"#22c55e;x:url(//e)"'];
    case 'id':
      return [...NOT_NUMBER.filter((v) => !(kind.nullable && v === 'null')), ...BAD_IDS];
    case 'timestamp':
      return [...NOT_NUMBER, '-1', '1.5', '8640000000000001', '1e20'];
    case 'int':
      return [...NOT_NUMBER, '1.5', String(kind.min - 1), String(kind.max + 1), '2147483648'];
    case 'id-array':
      return [
        'null',
        '1',
        '"1"',
        '{}',
        '[]',
        '[null]',
        '["1"]',
        '[1.5]',
        '[0]',
        '[-1]',
        '[2147483648]',
        '[1e309]',
        '[[1]]',
        '{"0":1,"length":1}',
      ];
    case 'enum-array':
      return ['null', '"conversation_push"', '{}', '[]', '[null]', '[1]', '["nope"]', '[[]]'];
    case 'object':
      return ['null', '"x"', '1', 'true', '[]', '[{"email":"a@customers.test"}]'];
  }
}

function cases(): HostileCase[] {
  const all: HostileCase[] = [];
  for (const route of BODY_ROUTES) {
    for (const field of route.fields) {
      for (const raw of badValues(field.kind)) {
        all.push({
          name: `${route.key}: ${field.path.join('.')} = ${raw}`,
          request: (f) => ({
            method: route.method,
            path: route.path(f),
            as: route.as,
            headers: { ...JSON_TYPE, ...route.headers },
            body: bodyWith(route.valid(f), field.path, raw),
          }),
          expect: { status: 400 },
        });
      }
    }
    all.push({
      name: `${route.key}: an unknown field`,
      request: (f) => ({
        method: route.method,
        path: route.path(f),
        as: route.as,
        headers: { ...JSON_TYPE, ...route.headers },
        body: JSON.stringify({ ...route.valid(f), isAdmin: true }),
      }),
      expect: { status: 400 },
    });
  }
  return all;
}

export const wrongTypes: Family = {
  name: 'wrong types',
  attack: 'every field of every body with a value of the wrong type or out of range',
  cases: cases(),
};
