// A conversations row to and from the domain's Conversation.
import { CHANNELS, LINK_TYPES, PRIORITIES, STATUSES } from '../../src/domain';
import type { Conversation, Link, Tag } from '../../src/domain';
import type { Row } from '../db/client';
import { int, intArray, intOrNull, isRecord, json, oneOf, oneOfOrNull } from './decode';

const NOT_SPAM = STATUSES.filter((s) => s !== 'spam');

/** Every column, qualified by `c`, in the order toConversation reads them. */
export const CONVERSATION_COLUMNS = `c.id, c.org_id, c.inbox_id, c.contact_id, c.participants, c.status,
  c.channel, c.created_at, c.updated_at, c.last_activity_at, c.related_playbook_id, c.tags,
  c.priority, c.assignee_id, c.team_id, c.followers, c.snoozed_until, c.links, c.version,
  c.status_before_spam, c.inactive_notified_at`;

export function toConversation(row: Row): Conversation {
  return {
    id: int(row, 'id'),
    orgId: int(row, 'org_id'),
    inboxId: int(row, 'inbox_id'),
    contactId: int(row, 'contact_id'),
    participants: intArray(row, 'participants'),
    status: oneOf(row, 'status', STATUSES),
    channel: oneOf(row, 'channel', CHANNELS),
    createdAt: int(row, 'created_at'),
    updatedAt: int(row, 'updated_at'),
    lastActivityAt: int(row, 'last_activity_at'),
    relatedPlaybookId: intOrNull(row, 'related_playbook_id'),
    conversationTags: toTags(json(row, 'tags')),
    priority: oneOf(row, 'priority', PRIORITIES),
    assigneeId: intOrNull(row, 'assignee_id'),
    teamId: intOrNull(row, 'team_id'),
    followers: intArray(row, 'followers'),
    snoozedUntil: intOrNull(row, 'snoozed_until'),
    links: toLinks(json(row, 'links')),
    version: int(row, 'version'),
    statusBeforeSpam: oneOfOrNull(row, 'status_before_spam', NOT_SPAM),
    inactiveNotifiedAt: intOrNull(row, 'inactive_notified_at'),
  };
}

/**
 * Every column but id and org_id, with the cast its parameter needs (int[] for id lists, jsonb
 * for tags and links), in the order conversationValues lists the values.
 */
const VALUE_COLUMNS: readonly (readonly [column: string, cast: string])[] = [
  ['inbox_id', ''],
  ['contact_id', ''],
  ['participants', '::int[]'],
  ['status', ''],
  ['channel', ''],
  ['created_at', ''],
  ['updated_at', ''],
  ['last_activity_at', ''],
  ['related_playbook_id', ''],
  ['tags', '::jsonb'],
  ['priority', ''],
  ['assignee_id', ''],
  ['team_id', ''],
  ['followers', '::int[]'],
  ['snoozed_until', ''],
  ['links', '::jsonb'],
  ['version', ''],
  ['status_before_spam', ''],
  ['inactive_notified_at', ''],
];

export const CONVERSATION_VALUE_COUNT = VALUE_COLUMNS.length;
export const CONVERSATION_VALUE_COLUMNS = VALUE_COLUMNS.map(([column]) => column).join(', ');

/** The placeholders for conversationValues when its first value is parameter `$first`. */
export function conversationPlaceholders(first: number): string {
  return VALUE_COLUMNS.map(([, cast], i) => `$${first + i}${cast}`).join(', ');
}

export function conversationValues(c: Omit<Conversation, 'id' | 'orgId'>): unknown[] {
  return [
    c.inboxId,
    c.contactId,
    c.participants,
    c.status,
    c.channel,
    c.createdAt,
    c.updatedAt,
    c.lastActivityAt,
    c.relatedPlaybookId,
    // pg would send a JS array as a PostgreSQL array literal, not JSON: serialise explicitly.
    JSON.stringify(c.conversationTags),
    c.priority,
    c.assigneeId,
    c.teamId,
    c.followers,
    c.snoozedUntil,
    JSON.stringify(c.links),
    c.version,
    c.statusBeforeSpam,
    c.inactiveNotifiedAt,
  ];
}

/**
 * The conversation as a JSON object keyed by column (id and org_id included), for statements that
 * take many rows in one `jsonb_populate_recordset(NULL::conversations, $n)` parameter.
 */
export function conversationRecord(c: Conversation): Record<string, unknown> {
  const values = conversationValues(c);
  const record: Record<string, unknown> = { id: c.id, org_id: c.orgId };
  VALUE_COLUMNS.forEach(([column, cast], i) => {
    const value = values[i];
    // conversationValues serialises the jsonb columns for a single parameter; here they nest.
    record[column] = cast === '::jsonb' && typeof value === 'string' ? JSON.parse(value) : value;
  });
  return record;
}

function toTags(value: unknown): Tag[] {
  if (!Array.isArray(value)) throw new TypeError('conversations.tags: expected a JSON array');
  return value.map((item) => {
    if (!isRecord(item) || typeof item['name'] !== 'string' || typeof item['color'] !== 'string') {
      throw new TypeError('conversations.tags: expected { name, color }');
    }
    return { name: item['name'], color: item['color'] };
  });
}

function toLinks(value: unknown): Link[] {
  if (!Array.isArray(value)) throw new TypeError('conversations.links: expected a JSON array');
  return value.map((item) => {
    const type = isRecord(item) ? LINK_TYPES.find((t) => t === item['type']) : undefined;
    const id = isRecord(item) ? item['id'] : undefined;
    if (type === undefined || typeof id !== 'number')
      throw new TypeError('conversations.links: expected { type, id }');
    return { type, id };
  });
}
