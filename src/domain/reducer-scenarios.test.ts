// SPEC sections 2-3 where a rule spans several steps or is about the shape of what goes out.
import { describe, expect, it } from 'vitest';
import { findMentions } from './conversation';
import type { ConversationEvent, Effect } from './events';
import { reduce, reduceAll, statusEventText } from './reducer';
import {
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  NOW,
  accepted,
  alex,
  conversation,
  dana,
  sam,
  settings,
  threadLinesOf,
  webhooksOf,
  welcomeBot,
} from './test-fixtures';
import { STATUSES } from './types';
import type { Conversation } from './types';

const defaults = settings();

describe('webhook payloads (Drift shapes, SPEC section 3)', () => {
  it('manual_push and push are exactly { orgId, type, data: { conversationId, lastUpdated } }', () => {
    const c = conversation({ id: 123, orgId: 1, updatedAt: 1591813767000 });
    const { effects } = accepted(reduce(c, { type: 'sync', actor: sam }, NOW, defaults));
    const [manual, push] = webhooksOf(effects);
    expect(manual).toStrictEqual({
      orgId: 1,
      type: 'conversation_manual_push',
      data: { conversationId: 123, lastUpdated: 1591813767000 },
    });
    expect(push).toStrictEqual({
      orgId: 1,
      type: 'conversation_push',
      data: { conversationId: 123, lastUpdated: 1591813767000 },
    });
  });

  it('conversation_inactive has the same shape', () => {
    const c = conversation({
      id: 123,
      orgId: 1,
      lastActivityAt: NOW - HOUR_MS,
      updatedAt: NOW - HOUR_MS,
    });
    const { effects } = accepted(reduce(c, { type: 'inactivity_check' }, NOW, defaults));
    expect(webhooksOf(effects)[0]).toStrictEqual({
      orgId: 1,
      type: 'conversation_inactive',
      data: { conversationId: 123, lastUpdated: NOW - HOUR_MS },
    });
  });

  it('conversation_status_updated is exactly { orgId, type, data: { conversationId, status, changedAt } }', () => {
    const c = conversation({ id: 123, orgId: 1 });
    const { effects } = accepted(
      reduce(c, { type: 'set_status', status: 'pending', actor: sam }, 1591813767000, defaults),
    );
    expect(webhooksOf(effects)).toStrictEqual([
      {
        orgId: 1,
        type: 'conversation_status_updated',
        data: { conversationId: 123, status: 'pending', changedAt: 1591813767000 },
      },
    ]);
  });
});

describe('closing by a person', () => {
  it.each(['open', 'pending', 'snoozed', 'bulk_sent'] as const)(
    'from %s: status_updated(closed) once, then manual_push and push',
    (status) => {
      const c = conversation({ status });
      const { effects } = accepted(
        reduce(c, { type: 'set_status', status: 'closed', actor: sam }, NOW, defaults),
      );
      const types = webhooksOf(effects).map((p) => p.type);
      expect(types).toEqual([
        'conversation_status_updated',
        'conversation_manual_push',
        'conversation_push',
      ]);
      expect(threadLinesOf(effects)).toEqual(['Sam closed the conversation']);
    },
  );
});

describe('sequences', () => {
  const run = (c: Conversation, steps: [ConversationEvent, number][]) => {
    let current = c;
    const all: Effect[][] = [];
    for (const [event, at] of steps) {
      const outcome = accepted(reduce(current, event, at, defaults));
      current = outcome.conversation;
      all.push(outcome.effects);
    }
    return { last: current, effects: all };
  };

  it('a bot goal close is reopened by a later contact message like any close', () => {
    const { last, effects } = run(conversation({ relatedPlaybookId: 11 }), [
      [{ type: 'bot_goal_close', actor: welcomeBot }, NOW],
      [{ type: 'contact_message', actor: dana }, NOW + HOUR_MS],
    ]);
    expect(last.status).toBe('open');
    expect(threadLinesOf(effects[1] ?? [])).toEqual(['Reopened by a new message from Dana Cole']);
  });

  it('inactivity fires once per quiet period, and again after new activity', () => {
    const start = conversation({ lastActivityAt: NOW, updatedAt: NOW });
    const at = (minutes: number) => NOW + minutes * MINUTE_MS;
    const { effects } = run(start, [
      [{ type: 'inactivity_check' }, at(10)],
      [{ type: 'inactivity_check' }, at(20)],
      [{ type: 'inactivity_check' }, at(300)],
      [{ type: 'agent_reply', actor: sam }, at(301)],
      [{ type: 'inactivity_check' }, at(305)],
      [{ type: 'inactivity_check' }, at(311)],
      [{ type: 'inactivity_check' }, at(400)],
    ]);
    const inactiveCount = effects.map(
      (list) => webhooksOf(list).filter((p) => p.type === 'conversation_inactive').length,
    );
    expect(inactiveCount).toEqual([1, 0, 0, 0, 0, 1, 0]);
  });

  it('snooze, then the clock wakes it; the snooze is gone', () => {
    const { last } = run(conversation(), [
      [{ type: 'snooze', until: NOW + DAY_MS, actor: sam }, NOW],
      [{ type: 'snooze_expired' }, NOW + HOUR_MS],
    ]);
    expect(last).toMatchObject({ status: 'snoozed', snoozedUntil: NOW + DAY_MS });
    const woken = accepted(
      reduce(last, { type: 'snooze_expired' }, NOW + DAY_MS, defaults),
    ).conversation;
    expect(woken).toMatchObject({ status: 'open', snoozedUntil: null });
  });

  it('spam, a contact message, then restore: back where it was, message activity kept', () => {
    const { last } = run(conversation({ status: 'pending' }), [
      [{ type: 'mark_spam', actor: sam }, NOW],
      [{ type: 'contact_message', actor: dana }, NOW + HOUR_MS],
      [{ type: 'restore_spam', actor: sam }, NOW + 2 * HOUR_MS],
    ]);
    expect(last).toMatchObject({
      status: 'pending',
      lastActivityAt: NOW + HOUR_MS,
      statusBeforeSpam: null,
    });
  });
});

describe('routing', () => {
  const events: ConversationEvent[] = [
    { type: 'set_status', status: 'open', actor: sam },
    { type: 'set_status', status: 'pending', actor: sam },
    { type: 'set_status', status: 'closed', actor: sam },
    { type: 'snooze_expired' },
    { type: 'contact_message', actor: dana },
    { type: 'restore_spam', actor: sam },
    { type: 'assign', actor: sam, assigneeId: null },
    { type: 'agent_reply', actor: sam },
  ];
  const cases = STATUSES.flatMap((status) =>
    [null, alex.id].flatMap((assigneeId) => events.map((event) => ({ status, assigneeId, event }))),
  );

  it('asks for routing exactly when a conversation becomes open and is unassigned', () => {
    for (const { status, assigneeId, event } of cases) {
      const c = conversation({
        status,
        assigneeId,
        snoozedUntil: status === 'snoozed' ? NOW : null,
      });
      const outcome = reduce(c, event, NOW, defaults);
      if (!outcome.ok) continue;
      const routed = outcome.effects.some((e) => e.kind === 'route');
      const becameOpen = c.status !== 'open' && outcome.conversation.status === 'open';
      expect(routed, `${status}/${String(assigneeId)}/${event.type}`).toBe(
        becameOpen && outcome.conversation.assigneeId === null,
      );
    }
  });
});

describe('reduceAll (one change made of several events)', () => {
  it('bumps version by one in all and concatenates effects', () => {
    const c = conversation({ version: 9 });
    const outcome = accepted(
      reduceAll(
        c,
        [
          { type: 'set_priority', priority: 'high', actor: sam },
          { type: 'assign', actor: sam, assigneeId: alex.id, assigneeName: 'Alex' },
          { type: 'set_status', status: 'pending', actor: sam },
        ],
        NOW,
        defaults,
      ),
    );
    expect(outcome.conversation).toMatchObject({
      version: 10,
      priority: 'high',
      assigneeId: alex.id,
      status: 'pending',
    });
    expect(threadLinesOf(outcome.effects)).toEqual([
      'Sam set the priority to high',
      'Sam assigned the conversation to Alex',
      'Sam marked the conversation as pending',
    ]);
  });

  it('does not bump version when every event is a no-op', () => {
    const c = conversation({ priority: 'low' });
    const outcome = accepted(
      reduceAll(
        c,
        [
          { type: 'set_priority', priority: 'low', actor: sam },
          { type: 'set_status', status: 'open', actor: sam },
        ],
        NOW,
        defaults,
      ),
    );
    expect(outcome.changed).toBe(false);
    expect(outcome.conversation).toBe(c);
  });

  it('is rejected whole by the first rejection', () => {
    const c = conversation({ status: 'spam' });
    const outcome = reduceAll(
      c,
      [
        { type: 'set_priority', priority: 'high', actor: sam },
        { type: 'set_status', status: 'open', actor: sam },
      ],
      NOW,
      defaults,
    );
    expect(outcome.ok).toBe(false);
  });

  it('tells each follower once', () => {
    const c = conversation({ followers: [alex.id] });
    const outcome = accepted(
      reduceAll(
        c,
        [
          { type: 'set_priority', priority: 'high', actor: sam },
          { type: 'add_tag', tag: { name: 'vip', color: '#ff0000' }, actor: sam },
        ],
        NOW,
        defaults,
      ),
    );
    expect(outcome.effects.filter((e) => e.kind === 'notify')).toEqual([
      { kind: 'notify', agentIds: [alex.id], reason: 'follow' },
    ]);
  });
});

describe('thread lines', () => {
  it.each([
    ['closed', 'Sam closed the conversation'],
    ['open', 'Sam reopened the conversation'],
    ['pending', 'Sam marked the conversation as pending'],
    ['spam', 'Sam marked the conversation as spam'],
  ] as const)('status %s reads "%s"', (status, text) => {
    expect(statusEventText(sam, status)).toBe(text);
  });

  it('the system is called Parley', () => {
    expect(statusEventText({ kind: 'system' }, 'closed')).toBe('Parley closed the conversation');
  });
});

describe('findMentions', () => {
  const agents = [
    { id: 1, name: 'Sam Lee' },
    { id: 2, name: 'Samuel Ortiz' },
    { id: 3, name: 'Alex Kim' },
  ];

  it.each([
    ['by first name', 'Thoughts, @Sam?', [1]],
    ['by full name, any case', 'ping @sam lee please', [1]],
    ['not inside a longer name', 'over to @samuel', [2]],
    ['not inside a longer word', '@samwise, look', []],
    ['several agents', '@Alex and @Sam', [3, 1]],
    ['a later mention after a near miss', 'cc @samuel and @sam', [1, 2]],
    ['nobody', 'no mentions here, sam', []],
  ] as const)('%s', (_label, body, ids) => {
    expect([...findMentions(body, agents)].sort((a, b) => a - b)).toEqual(
      [...ids].sort((a, b) => a - b),
    );
  });
});
