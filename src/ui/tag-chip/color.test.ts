import { describe, expect, it } from 'vitest';
import { contrastRatio, normalizeHex, parseHex, readableTextColor } from './color';

describe('colour helpers', () => {
  it.each([
    ['#22c55e', { r: 34, g: 197, b: 94 }],
    ['22C55E', { r: 34, g: 197, b: 94 }],
    ['#fff', { r: 255, g: 255, b: 255 }],
    ['#12345', null],
    ['rgb(0,0,0)', null],
    ['', null],
  ])('parseHex(%j)', (input, expected) => {
    expect(parseHex(input)).toEqual(expected);
  });

  it('normalises and measures contrast the WCAG way', () => {
    expect(normalizeHex(' #ABC ')).toBe('#aabbcc');
    expect(contrastRatio({ r: 0, g: 0, b: 0 }, { r: 255, g: 255, b: 255 })).toBeCloseTo(21, 5);
  });

  it.each([
    ['#22c55e', '#111114'],
    ['#ffffff', '#111114'],
    ['#000000', '#ffffff'],
    ['#5b5bd6', '#ffffff'],
    ['#dc2626', '#ffffff'],
    ['not a colour', '#111114'],
  ])('readableTextColor(%s) = %s', (bg, fg) => {
    expect(readableTextColor(bg)).toBe(fg);
  });
});
