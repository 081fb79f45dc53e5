// Side conversations (SPEC section 2, Deletion): a conversation linked from another is its child.
// It has one parent, is deleted with it and not on its own, and a link never forms a cycle (which
// would leave conversations no one could delete). Links to what is deleted are removed.
import type { Conversation, Link } from '../../domain';
import { rejected } from '../app-error';
import type { StoreTx } from '../store';
import type { Feed } from './context';

const asChild = (id: number): Link => ({ type: 'conversation', id });

async function describeParent(tx: StoreTx, parent: Conversation): Promise<string> {
  const contact = await tx.getContact(parent.orgId, parent.contactId);
  return contact ? `${contact.name}'s conversation (#${parent.id})` : `conversation #${parent.id}`;
}

/** Refuses deleting a side conversation on its own: it goes with its parent. */
export async function refuseDeletingChild(tx: StoreTx, c: Conversation): Promise<void> {
  const [parent] = await tx.conversationsLinkingTo(c.orgId, [asChild(c.id)]);
  if (!parent) return;
  throw rejected(
    `This is a side conversation of ${await describeParent(tx, parent)}: delete that one and it goes too.`,
  );
}

/** Refuses a link from `from` to conversation `to` that gives `to` a second parent or a cycle. */
export async function refuseLinking(tx: StoreTx, from: Conversation, to: number): Promise<void> {
  const parents = await tx.conversationsLinkingTo(from.orgId, [asChild(to)]);
  const other = parents.find((p) => p.id !== from.id);
  if (other) {
    throw rejected(
      `Conversation #${to} is already a side conversation of ${await describeParent(tx, other)}.`,
    );
  }
  // Walk up from `from`: meeting `to` means `to` is its ancestor, and the link would close a loop.
  const seen = new Set<number>([from.id]);
  let level = [from.id];
  while (level.length > 0) {
    if (level.includes(to)) {
      throw rejected(`Conversation #${to} is this one's parent: they cannot be each other's side.`);
    }
    const up = await tx.conversationsLinkingTo(from.orgId, level.map(asChild));
    level = up.map((p) => p.id).filter((id) => !seen.has(id));
    for (const id of level) seen.add(id);
  }
}

/** The conversation and its side conversations, theirs too, locked; the root first. */
export async function familyOf(tx: StoreTx, root: Conversation): Promise<Conversation[]> {
  const family = new Map([[root.id, root]]);
  let level = [root];
  while (level.length > 0) {
    const childIds = level
      .flatMap((c) => c.links)
      .filter((l) => l.type === 'conversation' && !family.has(l.id))
      .map((l) => l.id);
    level = await tx.getConversations(root.orgId, childIds, { forUpdate: true });
    for (const c of level) family.set(c.id, c);
  }
  return [...family.values()];
}

/** Removes links to deleted conversations and tickets from the conversations that remain. */
export async function dropDanglingLinks(
  tx: StoreTx,
  feed: Feed,
  orgId: number,
  gone: readonly Link[],
): Promise<void> {
  const isGone = (l: Link) => gone.some((g) => g.type === l.type && g.id === l.id);
  for (const holder of await tx.conversationsLinkingTo(orgId, gone)) {
    // Not a change anyone made to it, so `updatedAt` stays; the version moves as the data did.
    const next = {
      ...holder,
      links: holder.links.filter((l) => !isGone(l)),
      version: holder.version + 1,
    };
    await tx.updateConversation(next, holder.version);
    await feed.append({
      orgId,
      type: 'conversation.changed',
      conversationId: holder.id,
      data: { conversation: next },
    });
  }
}
