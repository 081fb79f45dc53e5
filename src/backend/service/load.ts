// Loading a conversation for a change: the row lock, the org check (404) and the version check (409).
import type { ConversationDetail } from '../../api';
import type { Conversation } from '../../domain';
import { AppError, conflict, notFound } from '../app-error';
import type { StoreTx } from '../store';

export async function withContact(tx: StoreTx, c: Conversation): Promise<ConversationDetail> {
  const contact = await tx.getContact(c.orgId, c.contactId);
  return {
    ...c,
    contact: { id: c.contactId, name: contact?.name ?? '', email: contact?.email ?? '' },
  };
}

export async function loadForUpdate(tx: StoreTx, orgId: number, id: number): Promise<Conversation> {
  const c = await tx.getConversation(orgId, id, { forUpdate: true });
  if (!c) throw notFound();
  if (c.status === 'merged') throw mergedAway(await withContact(tx, c));
  return c;
}

/** 409 for a write to a conversation merged into another: it only answers reads now. */
export function mergedAway(current: ConversationDetail): AppError {
  return new AppError(
    'conflict',
    `This conversation was merged into #${current.mergedInto ?? '?'}: change that one instead.`,
    { current },
  );
}

/** The conversation a merged one became part of (locked), through every later merge. */
export async function followMerged(tx: StoreTx, c: Conversation): Promise<Conversation> {
  let current = c;
  // Each merge leaves a live target, so the chain ends; the bound guards against a broken row.
  for (let hop = 0; hop < 20 && current.mergedInto !== null; hop += 1) {
    const next = await tx.getConversation(c.orgId, current.mergedInto, { forUpdate: true });
    if (!next) break;
    current = next;
  }
  return current;
}

/** 409 with the conversation as it is now when the client based its change on another version. */
export async function checkVersion(
  tx: StoreTx,
  c: Conversation,
  ifMatch: number | undefined,
): Promise<void> {
  if (ifMatch !== undefined && ifMatch !== c.version) throw conflict(await withContact(tx, c));
}
