// Finding conversations (SPEC 7.3): the org's tags, saved views with their live counts, and the
// counts of the navigation's shortcuts (Mine, Unassigned, Mentions).
import type { CreateViewRequest, PatchViewRequest, SavedViewWithCount, ViewList } from '../../api';
import {
  resolveFilter,
  SAVED_VIEWS_MAX,
  SHORTCUT_VIEWS,
  SHORTCUTS,
  viewStatuses,
  type ViewFilter,
} from '../../domain';
import { forbidden, notFound, rejected } from '../app-error';
import type { Services } from '../deps';
import type { SavedViewRecord, StoreTx, TagUse } from '../store';
import type { Caller } from './context';

export function listTags(svc: Services, caller: Caller): Promise<TagUse[]> {
  return svc.store.read((tx) => tx.listTags(caller.orgId));
}

/** How many conversations a view's filter holds for this agent (`me` is the caller). */
function countOf(tx: StoreTx, caller: Caller, filter: ViewFilter): Promise<number> {
  const { sort: _sort, ...listFilter } = filter;
  const { view, ...rest } = resolveFilter(listFilter, caller.agent.id);
  return tx.countConversations(caller.orgId, { ...rest, statuses: viewStatuses(view) });
}

function toAnswer(v: SavedViewRecord, count: number): SavedViewWithCount {
  return { id: v.id, name: v.name, filter: v.filter, shared: v.shared, agentId: v.agentId, count };
}

export function listViews(svc: Services, caller: Caller): Promise<ViewList> {
  return svc.store.read(async (tx) => {
    const views = await tx.listSavedViews(caller.orgId, caller.agent.id);
    const data: SavedViewWithCount[] = [];
    for (const v of views) data.push(toAnswer(v, await countOf(tx, caller, v.filter)));
    const shortcuts = { mine: 0, unassigned: 0, mentions: 0 };
    for (const s of SHORTCUTS) shortcuts[s] = await countOf(tx, caller, SHORTCUT_VIEWS[s].filter);
    return { data, shortcuts };
  });
}

/** Only admins share a view with the whole org. */
function checkSharing(caller: Caller, shared: boolean | undefined): void {
  if (shared && caller.agent.role !== 'admin') throw forbidden('Only admins can share a view.');
}

export function createView(
  svc: Services,
  caller: Caller,
  req: CreateViewRequest & { shared: boolean },
): Promise<SavedViewWithCount> {
  checkSharing(caller, req.shared);
  return svc.store.transaction(async (tx) => {
    const existing = await tx.listSavedViews(caller.orgId, caller.agent.id);
    if (existing.length >= SAVED_VIEWS_MAX) {
      throw rejected(`You can keep up to ${SAVED_VIEWS_MAX} views: delete one first.`);
    }
    const saved = await tx.insertSavedView({
      orgId: caller.orgId,
      agentId: caller.agent.id,
      name: req.name,
      filter: req.filter,
      shared: req.shared,
      createdAt: svc.now(),
    });
    return toAnswer(saved, await countOf(tx, caller, saved.filter));
  });
}

/** A view the caller may change: its own, or a shared one if an admin; another's private is 404. */
async function changeable(tx: StoreTx, caller: Caller, id: number): Promise<SavedViewRecord> {
  const view = await tx.getSavedView(caller.orgId, id);
  if (!view || (!view.shared && view.agentId !== caller.agent.id)) throw notFound('View');
  if (view.shared && caller.agent.role !== 'admin') {
    throw forbidden('Only admins can change a shared view.');
  }
  return view;
}

export function patchView(
  svc: Services,
  caller: Caller,
  id: number,
  patch: PatchViewRequest,
): Promise<SavedViewWithCount> {
  checkSharing(caller, patch.shared);
  return svc.store.transaction(async (tx) => {
    const view = await changeable(tx, caller, id);
    const next: SavedViewRecord = {
      ...view,
      name: patch.name ?? view.name,
      filter: patch.filter ?? view.filter,
      shared: patch.shared ?? view.shared,
    };
    await tx.updateSavedView(next);
    return toAnswer(next, await countOf(tx, caller, next.filter));
  });
}

export function deleteView(svc: Services, caller: Caller, id: number): Promise<void> {
  return svc.store.transaction(async (tx) => {
    await changeable(tx, caller, id);
    await tx.deleteSavedView(caller.orgId, id);
  });
}
