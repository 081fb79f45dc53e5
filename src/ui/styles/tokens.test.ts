import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8').replace(
  /\/\*[\s\S]*?\*\//g,
  '',
);

/** The body of the first rule whose selector is exactly `selector`. */
function rule(selector: string): string {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`tokens.css has no rule "${selector}"`);
  return css.slice(start + selector.length + 2, css.indexOf('}', start));
}

/** The top-level arguments of every light-dark(…) in `text`. */
function lightDarkArguments(text: string): string[][] {
  const calls: string[][] = [];
  for (let at = text.indexOf('light-dark('); at >= 0; at = text.indexOf('light-dark(', at + 1)) {
    const args = [''];
    let depth = 0;
    for (const char of text.slice(at + 'light-dark('.length)) {
      if (char === ')' && depth === 0) break;
      if (char === '(') depth += 1;
      if (char === ')') depth -= 1;
      if (char === ',' && depth === 0) args.push('');
      else args[args.length - 1] += char;
    }
    calls.push(args.map((arg) => arg.trim()));
  }
  return calls;
}

describe('tokens.css themes', () => {
  it('gives each theme-dependent colour both values in one light-dark()', () => {
    const calls = lightDarkArguments(rule(':root'));
    expect(calls.length).toBeGreaterThan(30);
    for (const args of calls) {
      expect(args).toHaveLength(2);
      expect(args.every((arg) => arg.length > 0)).toBe(true);
    }
  });

  it('switches themes through color-scheme alone: the system by default, data-theme pins one', () => {
    expect(rule(':root')).toMatch(/color-scheme:\s*light dark;/);
    expect(rule(":root[data-theme='light']").trim()).toBe('color-scheme: light;');
    expect(rule(":root[data-theme='dark']").trim()).toBe('color-scheme: dark;');
    expect(css).not.toContain('prefers-color-scheme');
  });
});
