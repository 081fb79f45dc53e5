// The conflicts of a bulk request (409, nothing changed): with `versions`, any change since the
// version given; with `seen`, for a status action, only a change of status or a new message. The
// message names each conversation by its contact and says what changed, as an agent sees it.
import type { BulkRequest } from '../../api';
import {
  bulkCommand,
  changedSinceSeen,
  isVersioned,
  type Conversation,
  type ConversationStatus,
} from '../../domain';
import { AppError, badRequest } from '../app-error';
import type { StoreTx } from '../store';

const STATUS_WORD: Record<ConversationStatus, string> = {
  open: 'open',
  pending: 'pending',
  closed: 'closed',
  snoozed: 'snoozed',
  spam: 'spam',
  bulk_sent: 'bulk sent',
  merged: 'merged',
};

type Why = 'status' | 'message' | 'changed';

function refuseUnknownKeys(
  name: string,
  keys: Record<string, unknown> | undefined,
  ids: readonly number[],
) {
  const unknown = Object.keys(keys ?? {}).filter((key) => !ids.includes(Number(key)));
  if (unknown.length > 0) {
    throw badRequest(
      `${name} names ${unknown.map((key) => `#${key}`).join(', ')}, which ids does not list.`,
    );
  }
}

function whyStale(req: BulkRequest, c: Conversation): Why | null {
  const version = req.versions?.[String(c.id)];
  if (version !== undefined && version !== c.version) return 'changed';
  const seen = req.seen?.[String(c.id)];
  // Tags merge: only what a status action rests on can be overtaken.
  if (seen === undefined || !isVersioned(bulkCommand(req))) return null;
  return changedSinceSeen(seen, c);
}

function phrase(req: BulkRequest, why: Why, name: string, c: Conversation): string {
  const whose = `${name}'s conversation`;
  if (why === 'message') return `there is a new message in ${whose}`;
  if (why === 'status') return `${whose} is now ${STATUS_WORD[c.status]}`;
  const since = req.versions?.[String(c.id)] ?? '?';
  return `${whose} was changed by someone else since version ${since} (it is now ${STATUS_WORD[c.status]}, version ${c.version})`;
}

function joinPhrases(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

/** Refuses the whole request when one conversation changed since the client saw it. */
export async function checkBulkConflicts(
  tx: StoreTx,
  req: BulkRequest,
  ids: readonly number[],
  found: readonly Conversation[],
): Promise<void> {
  refuseUnknownKeys('versions', req.versions, ids);
  refuseUnknownKeys('seen', req.seen, ids);
  const stale = found.flatMap((c) => {
    const why = whyStale(req, c);
    return why ? [{ c, why }] : [];
  });
  if (stale.length === 0) return;
  const named = await Promise.all(
    stale.map(async ({ c, why }) => {
      const contact = await tx.getContact(c.orgId, c.contactId);
      return { id: c.id, text: phrase(req, why, contact?.name ?? 'a contact', c) };
    }),
  );
  const message = `Nothing was changed: ${joinPhrases(named.map((n) => n.text))}.`;
  throw new AppError('conflict', message, {
    failed: named.map((n) => ({
      id: n.id,
      reason: n.text.charAt(0).toUpperCase() + n.text.slice(1),
    })),
  });
}
