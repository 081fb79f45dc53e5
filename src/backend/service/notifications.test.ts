// Who a change tells (SPEC 7.5), as a table: the change, who made it, and the notifications made.
import { describe, expect, it } from 'vitest';
import type { Actor, Conversation, Effect } from '../../domain';
import { alex, conversation, dana, NOW, sam } from '../../domain/test-fixtures';
import { notificationsOf } from './notifications';

const KIM = 9;
const mention = (...agentIds: number[]): Effect => ({
  kind: 'notify',
  agentIds,
  reason: 'mention',
});

const rows: [
  string,
  Partial<Conversation>,
  Partial<Conversation>,
  Effect[],
  Actor,
  [number, string][],
][] = [
  [
    'a mention tells the mentioned',
    {},
    {},
    [mention(alex.id, KIM)],
    sam,
    [
      [alex.id, 'mention'],
      [KIM, 'mention'],
    ],
  ],
  [
    'an assignment tells the assignee',
    { assigneeId: null },
    { assigneeId: alex.id },
    [],
    sam,
    [[alex.id, 'assignment']],
  ],
  ['assigning oneself tells nobody', { assigneeId: null }, { assigneeId: sam.id }, [], sam, []],
  [
    'routing (the system) assigning tells the assignee',
    { assigneeId: null },
    { assigneeId: sam.id },
    [],
    { kind: 'system' },
    [[sam.id, 'assignment']],
  ],
  [
    'an unchanged assignee tells nobody',
    { assigneeId: alex.id },
    { assigneeId: alex.id },
    [],
    sam,
    [],
  ],
  [
    'a contact message tells followers and the assignee, once each',
    { followers: [alex.id, KIM], assigneeId: alex.id },
    { followers: [alex.id, KIM], assigneeId: alex.id },
    [],
    dana,
    [
      [alex.id, 'message'],
      [KIM, 'message'],
    ],
  ],
  ['an agent reply tells no follower', { followers: [KIM] }, { followers: [KIM] }, [], sam, []],
  [
    'nothing in spam',
    { status: 'spam', followers: [KIM] },
    { status: 'spam', followers: [KIM] },
    [],
    dana,
    [],
  ],
];

describe('notificationsOf', () => {
  it.each(rows)('%s', (_name, before, after, effects, actor, expected) => {
    const made = notificationsOf(
      { before: conversation(before), after: conversation(after), effects },
      actor,
      NOW,
    );
    expect(made.map((n) => [n.agentId, n.kind])).toEqual(expected);
    expect(made.every((n) => n.createdAt === NOW && n.conversationId === conversation().id)).toBe(
      true,
    );
  });
});
