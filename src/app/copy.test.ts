// One spelling for one word across what people read (#15, defect 12): the screens' copy.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('copy', () => {
  it('spells "organization" one way everywhere', () => {
    const root = join(import.meta.dirname, '..');
    const british = sourcesUnder(root).filter((path) =>
      /organis(ation|e)/i.test(readFileSync(path, 'utf8')),
    );
    expect(british).toEqual([]);
  });
});
