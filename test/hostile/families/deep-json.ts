// Deeply nested JSON, which crashes recursive parsers and validators with a stack overflow: as the
// whole body and as the value of a field, 10,000 and 100,000 levels deep (all well under 1 MB).
import { BODY_ROUTES, bodyWith } from '../body-routes';
import { JSON_TYPE, type Family, type HostileCase } from '../hostile-case';

const arrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const objects = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

const SHAPES: readonly { name: string; raw: string }[] = [
  { name: '10,000 nested arrays', raw: arrays(10_000) },
  { name: '10,000 nested objects', raw: objects(10_000) },
  { name: '100,000 nested arrays', raw: arrays(100_000) },
];

function cases(): HostileCase[] {
  const all: HostileCase[] = [];
  for (const route of BODY_ROUTES) {
    for (const shape of SHAPES) {
      all.push({
        name: `${route.key}: ${shape.name} as the body`,
        request: (f) => ({
          method: route.method,
          path: route.path(f),
          as: route.as,
          headers: { ...JSON_TYPE, ...route.headers },
          body: shape.raw,
        }),
        expect: { status: 400 },
      });
      const field = route.fields[0];
      if (!field) continue;
      all.push({
        name: `${route.key}: ${shape.name} in ${field.path.join('.')}`,
        request: (f) => ({
          method: route.method,
          path: route.path(f),
          as: route.as,
          headers: { ...JSON_TYPE, ...route.headers },
          body: bodyWith(route.valid(f), field.path, shape.raw),
        }),
        expect: { status: 400 },
      });
    }
  }
  return all;
}

export const deepJson: Family = {
  name: 'deep JSON',
  attack: 'nesting deep enough to overflow a recursive parser, walker or validator',
  cases: cases(),
};
