// The path of every single-conversation change: lock, check the version, reduce, commit.
import type { ConversationDetail } from '../../api';
import {
  reduceAll,
  type Conversation,
  type ConversationEvent,
  type OrgSettings,
} from '../../domain';
import { rejected } from '../app-error';
import type { Services } from '../deps';
import type { StoreTx } from '../store';
import { commitChange } from './commit';
import { actorOf, inTransaction, type Caller, type Feed } from './context';
import { checkVersion, loadForUpdate, withContact } from './load';

export type BuildEvents = (
  c: Conversation,
  tx: StoreTx,
  settings: OrgSettings,
  now: number,
) => ConversationEvent[] | Promise<ConversationEvent[]>;

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
  const outcome = reduceAll(c, events, now, settings);
  if (!outcome.ok) throw rejected(outcome.reason);
  return commitChange(
    tx,
    feed,
    { before: c, after: outcome.conversation, effects: outcome.effects, changed: outcome.changed },
    actorOf(caller),
    now,
  );
}

export function changeConversation(
  svc: Services,
  caller: Caller,
  id: number,
  build: BuildEvents,
  opts: { ifMatch?: number | undefined } = {},
): Promise<ConversationDetail> {
  return inTransaction(svc, async (tx, feed, now) => {
    const c = await loadForUpdate(tx, caller.orgId, id);
    await checkVersion(tx, c, opts.ifMatch);
    const settings = await tx.getSettings(caller.orgId);
    const events = await build(c, tx, settings, now);
    const after = await applyInTx(tx, feed, caller, c, events, settings, now);
    return withContact(tx, after);
  });
}
