// Deterministic avatar colours: the same name always gets the same colour, on every machine.

/** Backgrounds that all carry white text at 4.5:1 or better. */
export const AVATAR_PALETTE = [
  '#4f46e5',
  '#0e7490',
  '#15803d',
  '#b45309',
  '#be123c',
  '#7c3aed',
  '#1d4ed8',
  '#a21caf',
  '#0f766e',
  '#c2410c',
] as const;

/** FNV-1a over UTF-16 code units: cheap, stable, well spread. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function avatarColor(name: string): string {
  const key = name.trim().toLowerCase();
  return AVATAR_PALETTE[hash(key) % AVATAR_PALETTE.length] ?? AVATAR_PALETTE[0];
}

/** "Ada Lovelace" -> "AL", "cher" -> "C", "ada.l@example.com" -> "AL", "" -> "?". */
export function initials(name: string): string {
  const local = name.includes('@') ? (name.split('@')[0] ?? '') : name;
  const words = local
    .split(/[\s._-]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter((w) => w.length > 0);
  const first = words[0];
  if (!first) return '?';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const letter = (w: string) => (Array.from(w)[0] ?? '').toLocaleUpperCase();
  return letter(first) + (last ? letter(last) : '');
}
