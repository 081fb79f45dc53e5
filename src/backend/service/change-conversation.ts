// The path of every single-conversation change: lock, check the version, reduce, commit.
import type { ConversationDetail, UndoTicket } from '../../api';
import {
  reduceAll,
  type Conversation,
  type ConversationEvent,
  type OrgSettings,
} from '../../domain';
import { rejected } from '../app-error';
import type { Services } from '../deps';
import type { StoreTx } from '../store';
import { commitChange, type Change } from './commit';
import { actorOf, inTransaction, type Caller, type Feed } from './context';
import { checkVersion, loadForUpdate, withContact } from './load';
import { commitUndoable } from './undo';

export type BuildEvents = (
  c: Conversation,
  tx: StoreTx,
  settings: OrgSettings,
  now: number,
) => ConversationEvent[] | Promise<ConversationEvent[]>;

/** The events as one change of `c`; throws 422 with the reducer's reason. */
function reduceToChange(
  c: Conversation,
  events: readonly ConversationEvent[],
  settings: OrgSettings,
  now: number,
): Change {
  const outcome = reduceAll(c, events, now, settings);
  if (!outcome.ok) throw rejected(outcome.reason);
  return {
    before: c,
    after: outcome.conversation,
    effects: outcome.effects,
    changed: outcome.changed,
  };
}

/** Applies the events as one change inside an open transaction; throws 422 with the reducer's reason. */
export async function applyInTx(
  tx: StoreTx,
  feed: Feed,
  caller: Caller,
  c: Conversation,
  events: readonly ConversationEvent[],
  settings: OrgSettings,
  now: number,
): Promise<Conversation> {
  return commitChange(tx, feed, reduceToChange(c, events, settings, now), actorOf(caller), now);
}

/** The answer to a change; with `undo` where it was undoable and moved a status (SPEC 7.2). */
export type ChangeAnswer = ConversationDetail & { undo?: UndoTicket };

export function changeConversation(
  svc: Services,
  caller: Caller,
  id: number,
  build: BuildEvents,
  opts: { ifMatch?: number | undefined; undoable?: boolean } = {},
): Promise<ChangeAnswer> {
  return inTransaction(svc, async (tx, feed, now) => {
    const c = await loadForUpdate(tx, caller.orgId, id);
    await checkVersion(tx, c, opts.ifMatch);
    const settings = await tx.getSettings(caller.orgId);
    const events = await build(c, tx, settings, now);
    if (!opts.undoable) {
      const after = await applyInTx(tx, feed, caller, c, events, settings, now);
      return withContact(tx, after);
    }
    const change = reduceToChange(c, events, settings, now);
    const { undo, routed } = await commitUndoable(svc, tx, feed, caller, [change], now);
    const detail = await withContact(tx, routed.get(change.after.id) ?? change.after);
    return undo ? { ...detail, undo } : detail;
  });
}
