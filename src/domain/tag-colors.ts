// The tag palette: the colours offered for a new tag, and the one a tag added without a colour
// gets from its name, so the same tag looks the same everywhere (and the optimistic chip matches
// the one the server saves).
export const TAG_COLORS = [
  { name: 'Green', hex: '#22c55e' },
  { name: 'Blue', hex: '#3b82f6' },
  { name: 'Amber', hex: '#f59e0b' },
  { name: 'Red', hex: '#ef4444' },
  { name: 'Purple', hex: '#a855f7' },
  { name: 'Teal', hex: '#14b8a6' },
  { name: 'Pink', hex: '#ec4899' },
  { name: 'Slate', hex: '#64748b' },
] as const;

export const DEFAULT_TAG_COLOR = TAG_COLORS[1].hex;

export function tagColor(name: string): string {
  let hash = 0;
  for (const ch of name.trim().toLowerCase()) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return (TAG_COLORS[hash % TAG_COLORS.length] ?? TAG_COLORS[0]).hex;
}
