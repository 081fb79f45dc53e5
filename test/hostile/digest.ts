// "Changes nothing", proven: a SHA-256 over everything an org has that a request could change,
// read through the Store in one transaction and written as canonical JSON (keys sorted, rows
// sorted by id), so two digests are equal exactly when the stored data is.
import { STATUSES } from '../../src/domain';
import { MAX_TIMESTAMP } from '../../src/api';
import type { Store, StoreTx } from '../../src/backend/store';

const PAGE = 500;

async function allConversations(tx: StoreTx, orgId: number) {
  const rows = [];
  for (;;) {
    const last = rows[rows.length - 1];
    const page = await tx.listConversations(orgId, {
      statuses: STATUSES,
      sort: 'oldest',
      limit: PAGE,
      after: last ? { updatedAt: last.updatedAt, id: last.id } : undefined,
    });
    rows.push(...page);
    if (page.length < PAGE) return rows;
  }
}

/** Everything of one org, as plain data. */
export async function orgSnapshot(tx: StoreTx, orgId: number): Promise<Record<string, unknown>> {
  const conversations = await allConversations(tx, orgId);
  const messages = [];
  for (const c of conversations)
    messages.push(...(await tx.listMessages(orgId, c.id, { limit: 1_000_000 })));
  const tags = conversations
    .flatMap((c) => c.conversationTags.map((t) => `${c.id}\u0001${t.name}\u0001${t.color}`))
    .sort();
  // Each agent sees its own views and the shared ones: together, every view of the org.
  const views = new Map<number, unknown>();
  for (const agent of await tx.listAgents(orgId))
    for (const v of await tx.listSavedViews(orgId, agent.id)) views.set(v.id, v);
  return {
    conversations: byId(conversations),
    views: [...views.entries()].sort(([a], [b]) => a - b),
    messages: byId(messages),
    tags,
    counts: await tx.countByStatus(orgId),
    settings: await tx.getSettings(orgId),
    webhooks: byId(await tx.listWebhooks(orgId)),
    metrics: [...(await tx.listMetrics(orgId, { from: 0, to: MAX_TIMESTAMP }))].sort(
      (a, b) => a.conversationId - b.conversationId,
    ),
    outbox: byId(await tx.listOutbox(orgId)),
    changes: byId(await tx.listChangesSince(orgId, 0, 1_000_000)),
    inboxes: byId(await tx.listInboxes(orgId)),
    agents: byId(await tx.listAgents(orgId)),
    teams: byId(await tx.listTeams(orgId)),
    apiTokens: byId(await tx.listApiTokens(orgId)),
  };
}

function byId<T extends { id: number }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => a.id - b.id);
}

/** JSON with object keys sorted at every depth, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    // fromEntries defines own properties, so even a stored `__proto__` key stays plain data.
    return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

export async function sha256(text: string): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** One digest per org, keyed by org id. */
export async function storeDigests(
  store: Store,
  orgIds: readonly number[],
): Promise<Record<number, string>> {
  const snapshots = await store.transaction(async (tx) => {
    const all: [number, Record<string, unknown>][] = [];
    for (const orgId of orgIds) all.push([orgId, await orgSnapshot(tx, orgId)]);
    return all;
  });
  const digests: Record<number, string> = {};
  for (const [orgId, snapshot] of snapshots) digests[orgId] = await sha256(canonicalJson(snapshot));
  return digests;
}
