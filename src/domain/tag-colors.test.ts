import { describe, expect, it } from 'vitest';
import { TAG_COLORS, tagColor } from './tag-colors';

describe('tagColor', () => {
  it('gives the same palette colour to the same tag, whatever its case or spacing', () => {
    const palette: string[] = TAG_COLORS.map((c) => c.hex);
    expect(palette).toContain(tagColor('billing'));
    expect(tagColor(' Billing ')).toBe(tagColor('billing'));
  });

  it('spreads different tags over the palette', () => {
    const names = ['billing', 'bug', 'vip', 'refund', 'onboarding', 'sales', 'legal', 'api'];
    expect(new Set(names.map(tagColor)).size).toBeGreaterThan(3);
  });
});
