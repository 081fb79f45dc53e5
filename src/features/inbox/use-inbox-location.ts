// Reads the inbox address (see inbox-url.ts) and moves to another list or conversation.
import { useCallback, useMemo } from 'react';
import { useLocation, useRoute, useSearch } from 'wouter';
import {
  CONVERSATION_ROUTE,
  INBOX_ROUTE,
  inboxHref,
  parseId,
  parseInboxSearch,
  type InboxSearch,
} from './inbox-url';

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
  const [inConversation, conversationParams] = useRoute(CONVERSATION_ROUTE);
  const [inInbox, inboxParams] = useRoute(INBOX_ROUTE);
  const rawSearch = useSearch();
  const [, navigate] = useLocation();

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
