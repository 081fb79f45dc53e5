// Loading a conversation for a change: the row lock, the org check (404) and the version check (409).
import type { ConversationDetail } from '../../api';
import type { Conversation } from '../../domain';
import { conflict, notFound } from '../app-error';
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
  return c;
}

/** 409 with the conversation as it is now when the client based its change on another version. */
export async function checkVersion(
  tx: StoreTx,
  c: Conversation,
  ifMatch: number | undefined,
): Promise<void> {
  if (ifMatch !== undefined && ifMatch !== c.version) throw conflict(await withContact(tx, c));
}
