// A conversations row to and from the domain's Conversation. Each field's column is declared once,
// in CONVERSATION_FIELDS; the select list, the decoder and every list a statement writes (insert,
// update, unnest, jsonb record) are derived from it, so a field without a column does not compile.
import { CHANNELS, LINK_TYPES, PRIORITIES, STATUSES } from '../../src/domain';
import type { Conversation, Link, Tag } from '../../src/domain';
import type { Row } from '../db/client';
import { int, intArray, intOrNull, isRecord, json, oneOf, oneOfOrNull } from './decode';

/** The SQL types a conversation's columns use; how a value travels follows from its type. */
type SqlType = 'int' | 'bigint' | 'text' | 'int[]' | 'jsonb';

/** The SQL type a domain value may be stored as: the compiler refuses `text` for a number. */
type SqlTypeOf<T> = [NonNullable<T>] extends [number]
  ? 'int' | 'bigint'
  : [NonNullable<T>] extends [string]
    ? 'text'
    : [NonNullable<T>] extends [readonly number[]]
      ? 'int[]'
      : 'jsonb';

interface Column<T> {
  /** The column in the conversations table. */
  name: string;
  type: SqlTypeOf<T> & SqlType;
  decode: (row: Row, name: string) => T;
}

function column<T>(
  name: string,
  type: SqlTypeOf<T> & SqlType,
  decode: (row: Row, name: string) => T,
): Column<T> {
  return { name, type, decode };
}

const NOT_SPAM = STATUSES.filter((s) => s !== 'spam' && s !== 'merged');

/** Every field of a conversation and its column, in the order of the select list. */
export const CONVERSATION_FIELDS = {
  id: column('id', 'int', int),
  orgId: column('org_id', 'int', int),
  inboxId: column('inbox_id', 'int', int),
  contactId: column('contact_id', 'int', int),
  participants: column('participants', 'int[]', intArray),
  status: column('status', 'text', (row, key) => oneOf(row, key, STATUSES)),
  channel: column('channel', 'text', (row, key) => oneOf(row, key, CHANNELS)),
  createdAt: column('created_at', 'bigint', int),
  updatedAt: column('updated_at', 'bigint', int),
  lastActivityAt: column('last_activity_at', 'bigint', int),
  relatedPlaybookId: column('related_playbook_id', 'int', intOrNull),
  conversationTags: column('tags', 'jsonb', (row, key) => toTags(json(row, key))),
  priority: column('priority', 'text', (row, key) => oneOf(row, key, PRIORITIES)),
  assigneeId: column('assignee_id', 'int', intOrNull),
  teamId: column('team_id', 'int', intOrNull),
  followers: column('followers', 'int[]', intArray),
  snoozedUntil: column('snoozed_until', 'bigint', intOrNull),
  links: column('links', 'jsonb', (row, key) => toLinks(json(row, key))),
  version: column('version', 'int', int),
  statusBeforeSpam: column('status_before_spam', 'text', (row, key) =>
    oneOfOrNull(row, key, NOT_SPAM),
  ),
  inactiveNotifiedAt: column('inactive_notified_at', 'bigint', intOrNull),
  waitingSince: column('waiting_since', 'bigint', intOrNull),
  mergedInto: column('merged_into', 'int', intOrNull),
} satisfies { [K in keyof Conversation]-?: Column<Conversation[K]> };

type Field = keyof Conversation;
type ValueField = Exclude<Field, 'id' | 'orgId'>;

// Object.keys is typed string[]; these are exactly the keys the `satisfies` above checked.
const FIELDS = Object.keys(CONVERSATION_FIELDS) as Field[];
/** What an insert or an update writes: id is the row's identity, org_id never changes. */
const VALUE_FIELDS = FIELDS.filter((f): f is ValueField => f !== 'id' && f !== 'orgId');

/** The column names of `fields`, each prefixed with `qualifier` (say `c.`). */
export function columnList(fields: readonly Field[], qualifier = ''): string {
  return fields.map((f) => `${qualifier}${CONVERSATION_FIELDS[f].name}`).join(', ');
}

/** Every column, qualified by `c`, for `SELECT … FROM conversations c`. */
export const CONVERSATION_COLUMNS = columnList(FIELDS, 'c.');
/** Every column but id and org_id, in the order conversationValues lists the values. */
export const CONVERSATION_VALUE_COLUMNS = columnList(VALUE_FIELDS);
export const CONVERSATION_VALUE_COUNT = VALUE_FIELDS.length;
export const conversationValueColumns = (qualifier: string) => columnList(VALUE_FIELDS, qualifier);

export function toConversation(row: Row): Conversation {
  const conversation: Partial<Record<Field, unknown>> = {};
  for (const f of FIELDS) {
    const { name, decode } = CONVERSATION_FIELDS[f];
    conversation[f] = decode(row, name);
  }
  // Each field was decoded by its own column, whose decoder the `satisfies` above typed.
  return conversation as Conversation;
}

/** A value as one statement parameter: pg would send a JS array as an array literal, not JSON. */
function toParameter(type: SqlType, value: unknown): unknown {
  return type === 'jsonb' ? JSON.stringify(value) : value;
}

/** The placeholders for conversationValues when its first value is parameter `$first`. */
export function conversationPlaceholders(first: number): string {
  return VALUE_FIELDS.map((f, i) => `$${first + i}::${CONVERSATION_FIELDS[f].type}`).join(', ');
}

export function conversationValues(c: Omit<Conversation, 'id' | 'orgId'>): unknown[] {
  return VALUE_FIELDS.map((f) => toParameter(CONVERSATION_FIELDS[f].type, c[f]));
}

/**
 * The conversation as a JSON object keyed by column (id and org_id included), for statements that
 * take many rows in one `jsonb_populate_recordset(NULL::conversations, $n)` parameter: id lists
 * and jsonb values nest as they are.
 */
export function conversationRecord(c: Conversation): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const f of FIELDS) record[CONVERSATION_FIELDS[f].name] = c[f];
  return record;
}

/**
 * Many conversations as one array parameter per column, for
 * `INSERT INTO conversations (columns) SELECT selected FROM unnest(arrays) AS t(columns)`, the
 * arrays starting at parameter `$first`. Arrays of arrays must be rectangular in PostgreSQL, so
 * each id list travels as its array literal, and each jsonb value as its JSON text.
 */
export function conversationUnnest(
  first: number,
  cs: readonly Conversation[],
): { columns: string; selected: string; arrays: string; values: unknown[][] } {
  const travelsAsText = (type: SqlType) => type === 'int[]' || type === 'jsonb';
  return {
    columns: columnList(FIELDS),
    selected: FIELDS.map((f) => {
      const { name, type } = CONVERSATION_FIELDS[f];
      return travelsAsText(type) ? `${name}::${type}` : name;
    }).join(', '),
    arrays: FIELDS.map((f, i) => {
      const { type } = CONVERSATION_FIELDS[f];
      return `$${first + i}::${travelsAsText(type) ? 'text' : type}[]`;
    }).join(', '),
    values: FIELDS.map((f) => {
      const { type } = CONVERSATION_FIELDS[f];
      return cs.map((c) => {
        const value = c[f];
        if (type === 'int[]') return intArrayLiteral(value);
        return travelsAsText(type) ? JSON.stringify(value) : value;
      });
    }),
  };
}

function intArrayLiteral(ids: unknown): string {
  if (!Array.isArray(ids) || !ids.every(Number.isSafeInteger))
    throw new TypeError('Expected integer ids');
  return `{${ids.join(',')}}`;
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
