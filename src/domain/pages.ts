// The app's pages that have an address of their own, each declared once as the router's pattern
// (wouter's syntax; every parameter is an id). Where a pathname is read without the router (the
// host's page for an address, server/page-preloads.ts; the page's first moments,
// src/app/conversation-slot.tsx), it is read strictly from the same pattern: each id is digits,
// the case is as written, and nothing follows but one optional slash. (The router is looser: it
// takes any case and any segment, and parseId turns away what is not an id.) public/boot.js cannot
// import this table, so src/queries/boot-script.test.ts holds its pattern to it.

/** The names of a pattern's parameters: `'inboxId' | 'conversationId'`. */
type ParamNames<Pattern extends string> = Pattern extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : Pattern extends `${string}:${infer Name}`
    ? Name
    : never;

export type PageParams<Pattern extends string> = Record<ParamNames<Pattern>, string>;

export interface PageAddress<Pattern extends string> {
  /** The router's pattern. */
  pattern: Pattern;
  /** The page's parameters in `pathname` (digits, as written), or null if it is not this page's. */
  match(pathname: string): PageParams<Pattern> | null;
  /** The page's pathname for these ids. */
  path(params: Record<ParamNames<Pattern>, number>): string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function page<const Pattern extends string>(pattern: Pattern): PageAddress<Pattern> {
  // The root's one part is empty: its pathname is `/` (or nothing at all).
  const parts = pattern === '/' ? [] : pattern.split('/').slice(1);
  const names = parts.filter((part) => part.startsWith(':')).map((part) => part.slice(1));
  const source = parts
    .map((part) => (part.startsWith(':') ? '/(\\d+)' : `/${escapeRegExp(part)}`))
    .join('');
  const regexp = new RegExp(`^${source}/?$`);
  return {
    pattern,
    match(pathname) {
      const found = regexp.exec(pathname);
      if (!found) return null;
      return Object.fromEntries(
        names.map((name, i) => [name, found[i + 1]]),
      ) as PageParams<Pattern>;
    },
    path(params) {
      const values: Record<string, number> = params;
      return (
        parts.map((part) => `/${part.startsWith(':') ? values[part.slice(1)] : part}`).join('') ||
        '/'
      );
    },
  };
}

export const PAGES = {
  /** The app's root: it goes on to the agent's inbox. */
  home: page('/'),
  /** An inbox's list. */
  inbox: page('/inbox/:inboxId'),
  /** One conversation, beside its inbox's list (alone on a phone). */
  conversation: page('/inbox/:inboxId/conversations/:conversationId'),
  /** The team's figures. */
  reports: page('/reports'),
  /** The org's settings (admins). */
  settings: page('/settings'),
} as const;

export type PageName = keyof typeof PAGES;
