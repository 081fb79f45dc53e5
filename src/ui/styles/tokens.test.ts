import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');

/** The custom properties declared in the first rule whose selector is exactly `selector`. */
function declarations(selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`tokens.css has no rule "${selector}"`);
  const body = css.slice(start + selector.length + 2, css.indexOf('}', start));
  const found = new Map<string, string>();
  for (const match of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
    found.set(match[1] ?? '', (match[2] ?? '').replace(/\s+/g, ' ').trim());
  }
  return found;
}

describe('tokens.css dark theme', () => {
  const fromSystem = declarations(":root:not([data-theme='light'])");
  const pinned = declarations(":root[data-theme='dark']");

  it('gives the pinned dark theme exactly the values of the system dark theme', () => {
    expect(fromSystem.size).toBeGreaterThan(30);
    expect(Object.fromEntries(pinned)).toEqual(Object.fromEntries(fromSystem));
  });

  it('overrides only tokens the light theme defines', () => {
    const light = declarations(':root');
    const unknown = [...fromSystem.keys()].filter((name) => !light.has(name));
    expect(unknown).toEqual([]);
  });
});
