// Lists an agent names and comes back to: saved views (a filter and an order under a name) and the
// navigation's shortcuts beside the status views, each shown with its live count.
import type { ConversationFilter } from './filter';
import type { Sort } from './views';

/** What a saved view keeps: any of the list's parameters. */
export interface ViewFilter extends ConversationFilter {
  sort?: Sort | undefined;
}

export interface SavedView {
  id: number;
  name: string;
  filter: ViewFilter;
  /** The whole org's (made by an admin) rather than its author's own. */
  shared: boolean;
  /** Who made it. */
  agentId: number;
}

export const SHORTCUTS = ['mine', 'unassigned', 'mentions'] as const;
export type Shortcut = (typeof SHORTCUTS)[number];

/** The navigation's shortcuts: their names and the lists they open. */
export const SHORTCUT_VIEWS: Record<Shortcut, { label: string; filter: ViewFilter }> = {
  mine: { label: 'Mine', filter: { view: 'open', assignee: 'me' } },
  unassigned: { label: 'Unassigned', filter: { view: 'open', assignee: 'none' } },
  mentions: { label: 'Mentions', filter: { view: 'all', mentions: 'me' } },
};

export const SAVED_VIEW_NAME_MAX = 60;
/** Per agent, own and shared alike: each is counted on every change the navigation hears of. */
export const SAVED_VIEWS_MAX = 50;
