// The colours offered for a new tag: the same palette the server picks from when none is given.
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
