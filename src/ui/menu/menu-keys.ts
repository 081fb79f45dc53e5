// Pure helpers for the menu's roving focus, kept apart so they can be reasoned about alone.

/** The next index in `count` items when moving by `delta`, wrapping at both ends. */
export function wrapIndex(current: number, delta: number, count: number): number {
  if (count === 0) return -1;
  if (current < 0) return delta > 0 ? 0 : count - 1;
  return (((current + delta) % count) + count) % count;
}

/** Type-ahead: the first label after `current` (wrapping) that starts with `char`, or -1. */
export function matchByFirstChar(labels: readonly string[], current: number, char: string): number {
  const wanted = char.toLocaleLowerCase();
  for (let step = 1; step <= labels.length; step += 1) {
    const index = (current + step) % labels.length;
    if (labels[index]?.trim().toLocaleLowerCase().startsWith(wanted)) return index;
  }
  return -1;
}
