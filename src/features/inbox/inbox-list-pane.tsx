import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import type { ConversationRow } from '../../api';
import { VIEW_LABELS, VIEWS } from '../../domain';
import { openPalette, useRegisterActions, type Action } from '../../ui';
import {
  conversationQueries,
  findQueries,
  orgQueries,
  prefetchConversation,
  useKnownTags,
} from '../../queries';
import { BulkToolbar } from './bulk-toolbar';
import { ConversationList, type ConversationListHandle } from './conversation-list';
import { hasFilters, listIdentity, listParamsOf } from './inbox-url';
import { ListEmpty } from './list-empty';
import { ListError } from './list-error';
import { ListHeader } from './list-header';
import { ListLoading } from './list-loading';
import { SelectAll } from './select-all';
import { useConversationList } from './use-conversation-list';
import { useInboxCommands } from './use-inbox-commands';
import { useInboxLocation } from './use-inbox-location';
import { useInboxShortcuts } from './use-inbox-shortcuts';
import { useListSelection } from './use-list-selection';
import { useNow } from './use-now';
import { useSelectionCommands } from './use-selection-commands';
import { SaveViewDialog } from './save-view-dialog';

const NO_TEAMS: never[] = [];

// Only needed once someone presses "?".
const ShortcutsDialog = lazy(() =>
  import('./shortcuts-dialog').then((m) => ({ default: m.ShortcutsDialog })),
);

/** The middle column: the view's header, the selection bar and the virtualized list. */
export function InboxListPane() {
  const location = useInboxLocation();
  const { search, conversationId, goToList, hrefFor, openConversation: navigateTo } = location;
  const qc = useQueryClient();
  // A press on a row starts loading its conversation; opening it (click, Enter) does too.
  const prefetch = useCallback((id: number) => prefetchConversation(qc, id), [qc]);
  const openConversation = useCallback(
    (id: number) => {
      prefetch(id);
      navigateTo(id);
    },
    [prefetch, navigateTo],
  );
  const params = useMemo(() => listParamsOf(search), [search]);
  const list = useConversationList(params);
  const counts = useQuery(conversationQueries.counts());
  const directory = useQuery(orgQueries.directory());
  const selection = useListSelection(list, listIdentity(search));
  const commands = useInboxCommands();
  const bulk = useSelectionCommands(selection, commands);
  const listRef = useRef<ConversationListHandle>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const tags = useQuery(findQueries.tags());
  const now = useNow(30_000);

  const knownTags = useKnownTags();
  // Stable, so the header's menus skip the renders of a bulk change (ListHeader).
  const headerTags = useMemo(
    () => tags.data ?? knownTags.map((t) => ({ name: t.name, count: 0 })),
    [tags.data, knownTags],
  );
  const saveView = useCallback(() => setSaving(true), []);
  const agentNames = useMemo(
    () => new Map((directory.data?.agents ?? []).map((a) => [a.id, a.name] as const)),
    [directory.data],
  );
  const assigneeNameOf = useCallback(
    (row: ConversationRow) =>
      row.assigneeId === null ? null : (agentNames.get(row.assigneeId) ?? null),
    [agentNames],
  );
  const rowHref = useCallback((id: number) => hrefFor(search, id), [hrefFor, search]);

  // With a conversation open, j and k read on: the next or previous one opens in the pane.
  const step = (delta: 1 | -1) => {
    const row = listRef.current?.move(delta);
    if (row && conversationId !== null && row.id !== conversationId) openConversation(row.id);
  };
  useInboxShortcuts({
    next: () => step(1),
    previous: () => step(-1),
    toggleSelection: () => {
      const row = listRef.current?.activeRow();
      if (row) selection.toggle(row.id, false);
    },
    close: () => {
      if (selection.ids.size > 0) return void bulk.close();
      const row = listRef.current?.activeRow();
      if (row) void commands.closeOne(row);
    },
    open: () => {
      const row = listRef.current?.activeRow();
      if (row) openConversation(row.id);
    },
    help: () => setHelpOpen(true),
    search: () => searchRef.current?.focus(),
    escape: () => {
      if (selection.ids.size === 0) return false;
      selection.clear();
      return true;
    },
  });

  useRegisterActions('views', [
    {
      id: 'view.menu',
      group: 'Go to',
      title: 'Go to view…',
      key: 'g',
      run: () => openPalette('Go to '),
    },
    ...VIEWS.map((view): Action => ({
      id: `view.${view}`,
      group: 'Go to',
      title: `Go to ${VIEW_LABELS[view]}`,
      keywords: ['view'],
      key: 'g',
      bind: false,
      run: () => goToList({ view, sort: search.sort === 'relevance' ? 'newest' : search.sort }),
    })),
  ]);

  // The list's length for assistive technology: known once every page is in, or from the counts
  // when no filter narrows the view; otherwise unknown (-1).
  const viewCount = !hasFilters(search) ? counts.data?.[search.view] : undefined;
  const setSize = !list.hasMore
    ? list.rows.length
    : viewCount !== undefined
      ? Math.max(viewCount, list.rows.length)
      : -1;

  // The first page comes through the query cache's store, which React renders in one blocking
  // task: its rows replace the placeholder as a deferred value, a transition rendered in slices.
  const arrived = useDeferredValue(list.status !== 'pending');
  let body;
  if (list.status === 'pending' || !arrived) body = <ListLoading offline={list.paused} />;
  else if (list.rows.length === 0 && list.status === 'error') {
    body = <ListError error={list.error} retrying={list.refetching} onRetry={list.retry} />;
  } else if (list.rows.length === 0) {
    body = (
      <ListEmpty
        view={search.view}
        filtered={hasFilters(search)}
        onClearFilters={() =>
          goToList({
            view: search.view,
            sort: search.sort === 'relevance' ? 'newest' : search.sort,
          })
        }
      />
    );
  } else {
    body = (
      <ConversationList
        handleRef={listRef}
        rows={list.rows}
        setSize={setSize}
        hasMore={list.hasMore}
        loadingMore={list.loadingMore}
        onLoadMore={list.loadMore}
        selectedIds={selection.ids}
        currentId={conversationId}
        hrefFor={rowHref}
        onOpen={openConversation}
        onPress={prefetch}
        assigneeNameOf={assigneeNameOf}
        now={now}
        onToggle={selection.toggle}
        highlight={search.q}
      />
    );
  }

  return (
    <div className="list-pane">
      <ListHeader
        search={search}
        tags={headerTags}
        teams={directory.data?.teams ?? NO_TEAMS}
        onChange={goToList}
        onSaveView={saveView}
        searchRef={searchRef}
        selectAll={
          <SelectAll
            target={selection.target}
            selectedOfTarget={selection.selectedOfTarget}
            selectedTotal={selection.ids.size}
            loading={selection.selectingAll}
            onSelectAll={() => void selection.selectAll()}
            onClear={selection.clear}
          />
        }
      />
      {body}
      {/* After the list: Tab from the rows reaches the actions for what was just selected. */}
      {selection.ids.size > 0 ? (
        <BulkToolbar
          count={selection.ids.size}
          view={search.view}
          knownTags={knownTags}
          busy={commands.busy}
          onClose={() => void bulk.close()}
          onStatus={(status) => void bulk.setStatus(status)}
          onSnooze={(preset) => void bulk.snooze(preset)}
          onSpam={() => void bulk.spam()}
          onRestore={() => void bulk.restore()}
          onTag={(tag) => void bulk.tag(tag)}
          onClear={selection.clear}
          // Focus goes back to the list, not to the page.
          onLeaveWithFocus={() => listRef.current?.takeFocus()}
        />
      ) : null}
      {saving ? <SaveViewDialog search={search} onClose={() => setSaving(false)} /> : null}
      {helpOpen ? (
        <Suspense fallback={null}>
          <ShortcutsDialog open onClose={() => setHelpOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
