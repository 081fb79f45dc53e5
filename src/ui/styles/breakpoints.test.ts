// The style sheets and public/boot.js write the breakpoints' widths out; they must be the table's.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BREAKPOINTS, upTo } from './breakpoints';

const root = join(__dirname, '../../..');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

describe('breakpoints', () => {
  it("every style sheet's max-width media rule is one of the table's widths", () => {
    const widths = new Set<number>(Object.values(BREAKPOINTS));
    const used = cssFiles(join(root, 'src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/@media[^{]*max-width:\s*(\d+)px/g)].map(
        (m) => `${file.slice(root.length + 1)} ${m[1]}px`,
      ),
    );
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((u) => !widths.has(Number(/ (\d+)px$/.exec(u)?.[1])))).toEqual([]);
  });

  it("boot.js's phone test is the phone layout's query", () => {
    const boot = readFileSync(join(root, 'public/boot.js'), 'utf8');
    expect([...boot.matchAll(/matchMedia\('([^']*)'\)/g)].map((m) => m[1])).toEqual([
      upTo('phone'),
    ]);
  });
});
