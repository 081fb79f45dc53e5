// Reads the inbox address (its pathnames are the domain's PAGES; see inbox-url.ts) and moves to
// another list or conversation.
import { useCallback, useMemo } from 'react';
import { matchRoute, useLocation, useRouter, useSearch } from 'wouter';
import { PAGES } from '../../domain';
import { inboxHref, parseId, parseInboxSearch, type InboxSearch } from './inbox-url';

export interface InboxLocation {
  /** Null when the address is not an inbox address. */
  inboxId: number | null;
  conversationId: number | null;
  search: InboxSearch;
  /** Moves to another list of the same inbox; the open conversation closes. */
  goToList: (next: InboxSearch) => void;
  openConversation: (id: number) => void;
  hrefFor: (next: InboxSearch, conversationId?: number) => string;
}

export function useInboxLocation(): InboxLocation {
  const { parser } = useRouter();
  const [path, navigate] = useLocation();
  // Matched once per address, not on every render: `useRoute` parses its pattern each time, and
  // the list pane, the views and the layout all re-render with a bulk change.
  const [[inConversation, conversationParams], [inInbox, inboxParams]] = useMemo(
    () => [
      matchRoute(parser, PAGES.conversation.pattern, path),
      matchRoute(parser, PAGES.inbox.pattern, path),
    ],
    [parser, path],
  );
  const rawSearch = useSearch();

  const params = inConversation ? conversationParams : inInbox ? inboxParams : null;
  const inboxId = parseId(params?.inboxId);
  const conversationId = inConversation ? parseId(conversationParams.conversationId) : null;
  const search = useMemo(() => parseInboxSearch(rawSearch), [rawSearch]);

  const hrefFor = useCallback(
    (next: InboxSearch, id?: number) => inboxHref(inboxId ?? 0, next, id),
    [inboxId],
  );
  const goToList = useCallback((next: InboxSearch) => navigate(hrefFor(next)), [navigate, hrefFor]);
  const openConversation = useCallback(
    (id: number) => navigate(hrefFor(search, id)),
    [navigate, hrefFor, search],
  );

  return { inboxId, conversationId, search, goToList, openConversation, hrefFor };
}
