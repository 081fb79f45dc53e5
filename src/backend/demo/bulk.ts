// Many conversations fast, for dataset-size scenarios and benchmarks (10,000 to 100,000): valid
// conversations in plausible states, each with a new contact and one opening message.
import { createConversation, DAY_MS, type ConversationStatus } from '../../domain';
import { metricsOf } from '../service/commit';
import type { BulkConversation, Store } from '../store';
import { FIRST_NAMES, LAST_NAMES, OPENERS, TAGS } from './demo-content';
import { createRng, type Rng } from './prng';

export interface BulkSeedOptions {
  orgId: number;
  count: number;
  now: number;
  seed?: number;
  /** Rows per transaction. */
  batchSize?: number;
}

const MIX: [ConversationStatus, number][] = [
  ['open', 0.6],
  ['pending', 0.1],
  ['snoozed', 0.05],
  ['closed', 0.2],
  ['spam', 0.03],
  ['bulk_sent', 0.02],
];

function statusAt(x: number): ConversationStatus {
  let acc = 0;
  for (const [status, share] of MIX) {
    acc += share;
    if (x < acc) return status;
  }
  return 'open';
}

function makeRow(
  rng: Rng,
  n: number,
  age: number,
  inboxId: number,
  options: BulkSeedOptions,
): BulkConversation {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const status = statusAt(rng.next());
  // Open and pending email stays within the auto-resolve period, so a clock tick leaves it be.
  const active = status === 'open' || status === 'pending';
  const channel = rng.chance(0.3) && (!active || age < 0.1) ? 'email' : 'chat';
  const at = options.now - 60_000 - Math.floor(age * 60 * DAY_MS);
  const {
    id: _placeholder,
    orgId: _org,
    contactId: _contact,
    ...base
  } = createConversation({ id: 0, orgId: options.orgId, inboxId, contactId: 0, channel }, at);
  return {
    contact: {
      name: `${first} ${last}`,
      email: `bulk-${options.seed ?? 0}-${n}-${first}.${last}@example.net`
        .toLowerCase()
        .replace(/'/g, ''),
    },
    conversation: {
      ...base,
      status,
      snoozedUntil: status === 'snoozed' ? options.now + rng.int(3_600_000, 7 * DAY_MS) : null,
      statusBeforeSpam: status === 'spam' ? 'open' : null,
      // Marked as already reported, so a clock tick does not fire for the whole dataset.
      inactiveNotifiedAt: at,
      // The opener is the contact's, and nobody has answered it yet.
      waitingSince: at,
      conversationTags: rng.chance(0.3) ? [rng.pick(TAGS)] : [],
    },
    message: { body: rng.pick(OPENERS), createdAt: at },
  };
}

async function insertThroughTransactions(
  store: Store,
  orgId: number,
  rows: readonly BulkConversation[],
) {
  await store.transaction(async (tx) => {
    for (const row of rows) {
      const contact = await tx.insertContact({ orgId, ...row.contact });
      const c = await tx.insertConversation({ ...row.conversation, orgId, contactId: contact.id });
      await tx.insertMessage({
        orgId,
        conversationId: c.id,
        type: 'chat',
        authorType: 'contact',
        authorId: contact.id,
        body: row.message.body,
        createdAt: row.message.createdAt,
        mentions: [],
        idempotencyKey: null,
      });
      await tx.saveMetrics(metricsOf(c));
    }
  });
}

export async function seedBulk(store: Store, options: BulkSeedOptions): Promise<number> {
  const rng = createRng(options.seed ?? options.count);
  const batch = options.batchSize ?? 5000;
  const inboxes = await store.transaction((tx) => tx.listInboxes(options.orgId));
  const inbox = inboxes[0];
  if (!inbox) throw new Error(`seedBulk: org ${options.orgId} has no inbox`);
  // Times are drawn first and used oldest first, so ids grow with time (as in a live inbox) and
  // every sorted index is appended to rather than spliced into.
  const ages = Array.from({ length: options.count }, () => rng.next()).sort((a, b) => b - a);
  for (let made = 0; made < options.count; made += batch) {
    const rows: BulkConversation[] = [];
    for (let n = made; n < Math.min(options.count, made + batch); n += 1) {
      rows.push(makeRow(rng, n, ages[n] ?? 0, inbox.id, options));
    }
    if (store.bulkInsertConversations) await store.bulkInsertConversations(options.orgId, rows);
    else await insertThroughTransactions(store, options.orgId, rows);
  }
  return options.count;
}
