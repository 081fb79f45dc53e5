// Colour arithmetic for user-chosen tag colours (WCAG 2 relative luminance and contrast).

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** `#22c55e`, `22c55e` or `#2c5` to channels 0-255; null for anything else. */
export function parseHex(input: string): Rgb | null {
  const match = HEX.exec(input.trim());
  const digits = match?.[1];
  if (!digits) return null;
  const full =
    digits.length === 3
      ? digits
          .split('')
          .map((d) => d + d)
          .join('')
      : digits;
  const value = Number.parseInt(full, 16);
  return { r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255 };
}

/** Normalised `#rrggbb`, or null when the input is not a hex colour. */
export function normalizeHex(input: string): string | null {
  const rgb = parseHex(input);
  if (!rgb) return null;
  return `#${[rgb.r, rgb.g, rgb.b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance({ r, g, b }: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

const BLACK: Rgb = { r: 17, g: 17, b: 20 };
const WHITE: Rgb = { r: 255, g: 255, b: 255 };

/** The text colour (near-black or white) that reads best on `background`. */
export function readableTextColor(background: string): '#111114' | '#ffffff' {
  const bg = parseHex(background);
  if (!bg) return '#111114';
  return contrastRatio(bg, BLACK) >= contrastRatio(bg, WHITE) ? '#111114' : '#ffffff';
}
