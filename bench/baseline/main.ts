// The vanilla baseline: the inbox list of Parley with no framework. The same mock backend runs in
// the page (its Hono app called directly, the same JSON), the rows have the app's markup and its
// built CSS (linked by bench/build.ts), and only the rows in view (plus the app's overscan) are in
// the DOM, reused by id. This is the honest fastest way to do what the app does, and the bench's
// `ratio` is Parley's time over this page's time for the same click.
import type { ConversationRow } from '../../src/api';
import { createMockBackend } from '../../src/mocks/mock-backend';

const ROW_HEIGHT = 64;
const OVERSCAN = 3;
const PAGE = 50;
const VIEWS = ['open', 'pending', 'snoozed', 'closed', 'all', 'spam'] as const;
const LABELS: Record<string, string> = {
  open: 'Open',
  pending: 'Pending',
  snoozed: 'Snoozed',
  closed: 'Closed',
  all: 'All',
  spam: 'Spam',
};
type Sort = 'newest' | 'oldest';
const SORT_LABELS: Record<Sort, string> = { newest: 'Newest first', oldest: 'Oldest first' };

function scenarioSize(): number {
  try {
    const parsed = JSON.parse(localStorage.getItem('parley-mock-scenario') ?? '{}') as {
      datasetSize?: unknown;
    };
    return typeof parsed.datasetSize === 'number' ? parsed.datasetSize : 0;
  } catch {
    return 0;
  }
}

const backend = createMockBackend({ extraConversations: scenarioSize() });
const api = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
  const response = await backend.fetch(new Request(new URL(path, location.origin), init));
  return (await response.json()) as T;
};

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

const state = {
  view: 'open' as string,
  sort: 'newest' as Sort,
  rows: [] as ConversationRow[],
  next: null as string | null,
  loadingMore: false,
  selected: new Set<number>(),
};

// The page: the app's shell, the views, the list header with its Sort menu, the list.
const root = document.getElementById('root') as HTMLElement;
const shell = h('div', 'app-shell');
const sidebar = h('aside', 'app-sidebar');
const viewsNav = h('nav', 'views-nav');
viewsNav.setAttribute('aria-label', 'Views');
const viewsList = h('ul', 'views-nav__list');
const viewLinks = new Map<string, HTMLAnchorElement>();
for (const view of VIEWS) {
  const li = h('li', '');
  const a = h('a', 'views-nav__link');
  a.href = `?view=${view}`;
  a.append(h('span', 'views-nav__label', LABELS[view]), ' ', h('span', 'ui-count', ''));
  a.addEventListener('click', (event) => {
    event.preventDefault();
    void switchView(view);
  });
  viewLinks.set(view, a);
  li.append(a);
  viewsList.append(li);
}
viewsNav.append(viewsList);
sidebar.append(viewsNav);

const main = h('main', 'app-main');
const listSection = h('section', 'app-list');
const pane = h('div', 'list-pane');
const header = h('header', 'list-header');
const title = h('h1', 'list-header__title');
const controls = h('div', 'list-header__controls');
const anchor = h('span', 'ui-menu-anchor');
const sortButton = h('button', 'ui-button ui-button--ghost ui-button--sm');
sortButton.type = 'button';
sortButton.setAttribute('aria-label', 'Sort');
sortButton.setAttribute('aria-haspopup', 'menu');
sortButton.setAttribute('aria-expanded', 'false');
const sortText = h('span', 'ui-menu-button__text');
sortButton.append(sortText);
const menu = h('ul', 'ui-menu');
menu.setAttribute('role', 'menu');
menu.hidden = true;
for (const sort of ['newest', 'oldest'] as const) {
  const item = h('li', 'ui-menu__item', SORT_LABELS[sort]);
  item.setAttribute('role', 'menuitemradio');
  item.tabIndex = -1;
  item.addEventListener('click', () => {
    menu.hidden = true;
    sortButton.setAttribute('aria-expanded', 'false');
    void changeSort(sort);
  });
  menu.append(item);
}
sortButton.addEventListener('click', () => {
  menu.hidden = !menu.hidden;
  sortButton.setAttribute('aria-expanded', String(!menu.hidden));
  for (const item of menu.children)
    item.setAttribute('aria-checked', String(item.textContent === SORT_LABELS[state.sort]));
});
anchor.append(sortButton, menu);
controls.append(anchor);
const selectAllBox = h('span', 'list-header__select');
const selectAll = h('input', 'ui-checkbox__input');
selectAll.type = 'checkbox';
selectAll.setAttribute('aria-label', 'Select all');
selectAll.title = 'Select the first 25';
selectAll.addEventListener('change', () => {
  if (state.selected.size > 0) state.selected.clear();
  else for (const row of state.rows.slice(0, 25)) state.selected.add(row.id);
  render();
});
selectAllBox.append(selectAll);
header.append(selectAllBox, title, controls);

const toolbar = h('div', 'bulk-toolbar');
toolbar.setAttribute('role', 'toolbar');
toolbar.setAttribute('aria-label', 'Bulk actions');
const toolbarCount = h('span', 'bulk-toolbar__count');
const closeButton = h('button', 'ui-button ui-button--primary ui-button--sm', 'Close selected');
closeButton.type = 'button';
closeButton.addEventListener('click', () => void closeSelected());
toolbar.append(toolbarCount, closeButton);

const scroller = h('div', 'inbox-scroller');
scroller.tabIndex = -1;
const list = h('ul', 'inbox-list');
list.setAttribute('role', 'list');
list.setAttribute('aria-label', 'Conversations');
scroller.append(list);
pane.append(header, toolbar, scroller);
listSection.append(pane);
main.append(listSection);
shell.append(sidebar, main);
root.append(shell);

// Rows: one element per conversation in view, kept while it stays in view.
const mounted = new Map<number, { li: HTMLLIElement; input: HTMLInputElement; top: number }>();
const now = Date.now();

function ago(at: number): string {
  const minutes = Math.max(0, Math.round((now - at) / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.round(minutes / 60);
  return hours < 24 ? `${hours}h` : `${Math.round(hours / 24)}d`;
}

function preview(row: ConversationRow): string {
  const m = row.lastMessage;
  if (!m) return 'No messages yet';
  const text = m.body.replace(/\s+/g, ' ').trim();
  if (m.type === 'note') return `Note: ${text}`;
  if (m.authorType === 'bot') return `Bot: ${text}`;
  return m.authorType === 'contact' ? text : `Reply: ${text}`;
}

function makeRow(row: ConversationRow) {
  const unread = row.lastMessage?.authorType === 'contact';
  const li = h('li', `inbox-row${unread ? ' inbox-row--unread' : ''}`);
  li.style.height = `${ROW_HEIGHT}px`;
  const check = h('span', 'inbox-row__check');
  const input = h('input', 'ui-checkbox__input');
  input.type = 'checkbox';
  input.tabIndex = -1;
  input.setAttribute('aria-label', `Select conversation with ${row.contact.name}`);
  input.addEventListener('change', () => toggle(row.id));
  check.append(input);
  const link = h('a', 'inbox-row__link');
  link.href = `/inbox/${row.inboxId}/conversations/${row.id}`;
  link.tabIndex = -1;
  const line1 = h('span', 'inbox-row__line');
  line1.append(h('span', 'inbox-row__name', row.contact.name));
  if (unread) {
    const dot = h('span', 'inbox-row__unread');
    dot.title = 'Awaiting reply';
    dot.append(h('span', 'visually-hidden', ', awaiting reply'));
    line1.append(dot);
  }
  const time = h('time', 'ui-relative-time inbox-row__time');
  time.append(h('span', '', ago(row.updatedAt)));
  line1.append(h('span', 'inbox-row__spacer'), time);
  const line2 = h('span', 'inbox-row__line');
  line2.append(h('span', 'inbox-row__preview', preview(row)));
  for (const tag of row.conversationTags.slice(0, 2)) {
    const chip = h('span', 'ui-tag-chip inbox-row__tag', tag.name);
    chip.style.setProperty('--tag-color', tag.color);
    line2.append(chip);
  }
  link.append(line1, line2);
  li.append(check, link);
  return { li, input, top: -1 };
}

function render() {
  const total = state.rows.length;
  list.style.height = `${total * ROW_HEIGHT}px`;
  const first = Math.max(0, Math.floor(scroller.scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(
    total - 1,
    Math.ceil((scroller.scrollTop + scroller.clientHeight) / ROW_HEIGHT) + OVERSCAN,
  );
  const keep = new Set<number>();
  for (let index = first; index <= last; index += 1) {
    const row = state.rows[index];
    if (!row) continue;
    keep.add(row.id);
    let entry = mounted.get(row.id);
    if (!entry) {
      entry = makeRow(row);
      mounted.set(row.id, entry);
      list.append(entry.li);
    }
    const top = index * ROW_HEIGHT;
    if (entry.top !== top) {
      entry.li.style.transform = `translateY(${top}px)`;
      entry.top = top;
    }
    const selected = state.selected.has(row.id);
    if (entry.input.checked !== selected) entry.input.checked = selected;
    entry.li.classList.toggle('inbox-row--selected', selected);
  }
  for (const [id, entry] of mounted) {
    if (!keep.has(id)) {
      entry.li.remove();
      mounted.delete(id);
    }
  }
  toolbar.hidden = state.selected.size === 0;
  selectAll.checked = state.selected.size > 0;
  toolbarCount.textContent = `${state.selected.size} selected`;
  if (state.next && !state.loadingMore && last >= total - 15) void loadMore();
}

function renderHeader() {
  title.textContent = LABELS[state.view] ?? state.view;
  sortText.textContent = `Sort (${SORT_LABELS[state.sort]})`;
  for (const [view, a] of viewLinks) {
    a.classList.toggle('views-nav__link--active', view === state.view);
    if (view === state.view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

let generation = 0;
async function loadFirstPage() {
  const mine = (generation += 1);
  const page = await api<{ data: ConversationRow[]; next: string | null }>(
    `/api/conversations?view=${state.view}&sort=${state.sort}&limit=${PAGE}`,
  );
  if (mine !== generation) return;
  state.rows = page.data;
  state.next = page.next;
  state.selected.clear();
  scroller.scrollTop = 0;
  render();
}

async function loadMore() {
  if (!state.next) return;
  state.loadingMore = true;
  const mine = generation;
  const page = await api<{ data: ConversationRow[]; next: string | null }>(
    `/api/conversations?view=${state.view}&sort=${state.sort}&limit=${PAGE}&cursor=${encodeURIComponent(state.next)}`,
  );
  state.loadingMore = false;
  if (mine !== generation) return;
  state.rows = state.rows.concat(page.data);
  state.next = page.next;
  render();
}

async function switchView(view: string) {
  state.view = view;
  renderHeader();
  await loadFirstPage();
}

async function changeSort(sort: Sort) {
  state.sort = sort;
  renderHeader();
  await loadFirstPage();
}

function toggle(id: number) {
  if (state.selected.has(id)) state.selected.delete(id);
  else state.selected.add(id);
  render();
}

async function closeSelected() {
  const ids = [...state.selected];
  // Optimistic, as the app: the rows leave the Open view at once; the server is told after.
  if (state.view !== 'closed' && state.view !== 'all') {
    const gone = new Set(ids);
    state.rows = state.rows.filter((row) => !gone.has(row.id));
  }
  state.selected.clear();
  render();
  await api('/api/conversations/bulk', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ action: 'close', ids }),
  });
}

scroller.addEventListener('scroll', () => render(), { passive: true });

async function start() {
  await backend.signInAs('alex@acme.test');
  renderHeader();
  const counts = await api<Record<string, number>>('/api/conversations/counts');
  for (const [view, a] of viewLinks) {
    const n = counts[view];
    const badge = a.lastElementChild;
    if (badge) badge.textContent = n === undefined ? '' : n > 999 ? '999+' : String(n);
  }
  await loadFirstPage();
}

void start();
