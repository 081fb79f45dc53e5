// The palette's order: how well an action's words match what was typed, then how recently it was
// used; with nothing typed, the recent ones first, then the rest as registered.
import type { Action } from './registry';

/** How well `query` matches `text`: 0 not at all; a whole-text prefix beats a word's beats inside. */
export function matchScore(text: string, query: string): number {
  const t = text.toLowerCase();
  const q = query.toLowerCase().trim();
  if (q === '') return 1;
  if (t.startsWith(q)) return 100;
  if (t.split(/[\s#…]+/).some((word) => word.startsWith(q))) return 80;
  if (t.includes(q)) return 60;
  // Every letter in order, each right after the last or at the start of a word ("clc" finds
  // "close conversation", "sno" does not find "sign out").
  let at = 0;
  let jumps = 0;
  for (const ch of q) {
    let found = t.indexOf(ch, at);
    while (found > at && found !== -1 && /[\p{L}\p{N}]/u.test(t.charAt(found - 1))) {
      found = t.indexOf(ch, found + 1);
    }
    if (found === -1) return 0;
    if (found !== at) jumps += 1;
    at = found + 1;
  }
  return Math.max(1, 40 - 5 * jumps);
}

export function rankActions(
  actions: readonly Action[],
  query: string,
  recent: readonly string[],
): Action[] {
  const recency = (id: string) => {
    const i = recent.indexOf(id);
    return i === -1 ? 0 : 20 - Math.min(i, 19);
  };
  return actions
    .map((action, order) => {
      const words = [action.title, `${action.group} ${action.title}`, ...(action.keywords ?? [])];
      // The group helps an exact phrase ("snooze 1"), never a scattered one.
      const score = Math.max(...words.map((w) => matchScore(w, query)));
      return { action, order, score: score === 0 ? 0 : score + recency(action.id) };
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((r) => r.action);
}

const RECENT_KEY = 'parley.palette.recent';

export function readRecent(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberUse(id: string): void {
  try {
    const next = [id, ...readRecent().filter((x) => x !== id)].slice(0, 20);
    localStorage.setItem(RECENT_KEY, JSON.stringify(next));
  } catch {
    // Private mode without storage: the palette just does not remember.
  }
}
