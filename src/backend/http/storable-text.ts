// Text the stores cannot keep as sent: NUL, which PostgreSQL refuses in `text` (a 500 from the SQL
// Store where the memory Store would accept it), and lone UTF-16 surrogates, which UTF-8 cannot
// encode (PostgreSQL would store U+FFFD instead, so the text read back would differ from the text
// written). Refusing both at the edge keeps every Store behaving alike.

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

/** Every string in a parsed JSON value, keys included; iterative, so any depth is safe. */
export function hasUnstorableText(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === 'string') {
      if (!isStorableText(next)) return true;
    } else if (Array.isArray(next)) {
      for (const item of next) pending.push(item);
    } else if (typeof next === 'object' && next !== null) {
      for (const [key, item] of Object.entries(next)) {
        if (!isStorableText(key)) return true;
        pending.push(item);
      }
    }
  }
  return false;
}

export const UNSTORABLE_TEXT_MESSAGE =
  'Text must be valid Unicode without NUL (U+0000) characters.';
