// Contacts for integrations: a page of the org's contacts, and one contact with its conversations.
import type { ContactDetail, ContactPage } from '../../api';
import { notFound } from '../app-error';
import type { Services } from '../deps';
import type { Caller } from './context';

const CONVERSATIONS_SHOWN = 100;

export async function listContacts(
  svc: Services,
  caller: Caller,
  page: { limit: number; cursor?: number | undefined },
): Promise<ContactPage> {
  const rows = await svc.store.read((tx) =>
    tx.listContacts(caller.orgId, page.cursor ?? 0, page.limit + 1),
  );
  const data = rows.slice(0, page.limit).map(({ id, name, email }) => ({ id, name, email }));
  const last = data[data.length - 1];
  return { data, next: rows.length > page.limit && last ? String(last.id) : null };
}

export async function getContact(
  svc: Services,
  caller: Caller,
  id: number,
): Promise<ContactDetail> {
  const found = await svc.store.read(async (tx) => {
    const contact = await tx.getContact(caller.orgId, id);
    if (contact === null) return null;
    return {
      contact,
      conversations: await tx.listContactConversations(caller.orgId, id, CONVERSATIONS_SHOWN),
    };
  });
  if (found === null) throw notFound('Contact');
  const { contact, conversations } = found;
  const created = conversations.map((c) => c.createdAt);
  return {
    id: contact.id,
    name: contact.name,
    email: contact.email,
    // Contacts keep no time of their own: their first conversation is when Parley met them.
    firstSeenAt: created.length > 0 ? Math.min(...created) : null,
    conversations: conversations.map(
      ({ id: cid, inboxId, status, channel, createdAt, updatedAt }) => ({
        id: cid,
        inboxId,
        status,
        channel,
        createdAt,
        updatedAt,
      }),
    ),
  };
}

/** A fresh inbound token for an inbox (admins): the old one stops working at once. */
export async function rotateInboxToken(svc: Services, caller: Caller, inboxId: number) {
  const token = `inbox_${svc.random()}`;
  const inbox = await svc.store.transaction((tx) => tx.setInboxToken(caller.orgId, inboxId, token));
  if (inbox === null) throw notFound('Inbox');
  return inbox;
}
