import { describe, expect, it } from 'vitest';
import { mergeConversations, MERGE_REASONS } from './merge';
import { applyUndo, undoFields } from './undo';
import { mergeRestore } from './merge';
import { conversation, NOW } from './test-fixtures';

const alex = { kind: 'agent', id: 7, name: 'Alex' } as const;

describe('mergeConversations', () => {
  const source = conversation({
    id: 12,
    conversationTags: [
      { name: 'billing', color: '#111111' },
      { name: 'refund', color: '#222222' },
    ],
    followers: [7],
    links: [
      { type: 'ticket', id: 3 },
      { type: 'conversation', id: 34 },
    ],
    lastActivityAt: NOW - 1_000,
    waitingSince: NOW - 5_000,
  });
  const target = conversation({
    id: 34,
    conversationTags: [{ name: 'Billing', color: '#333333' }],
    followers: [8],
    links: [{ type: 'ticket', id: 3 }],
    lastActivityAt: NOW - 9_000,
    waitingSince: null,
  });

  it('joins tags, followers and links onto the target, and leaves the source merged', () => {
    const outcome = mergeConversations(source, target, alex, NOW);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.target).toMatchObject({
      conversationTags: [
        { name: 'Billing', color: '#333333' },
        { name: 'refund', color: '#222222' },
      ],
      followers: [8, 7],
      links: [{ type: 'ticket', id: 3 }],
      lastActivityAt: NOW - 1_000,
      waitingSince: NOW - 5_000,
      updatedAt: NOW,
      status: 'open',
      version: target.version + 1,
    });
    expect(outcome.source).toMatchObject({ status: 'merged', mergedInto: 34, updatedAt: NOW });
    expect(outcome.effects).toEqual([
      { kind: 'thread_event', body: 'Alex merged #12 into this conversation' },
      {
        kind: 'webhook',
        payload: {
          orgId: target.orgId,
          type: 'conversation_push',
          data: { conversationId: 34, lastUpdated: NOW },
        },
      },
    ]);
  });

  it.each([
    ['itself', source, source, MERGE_REASONS.self],
    ['a spam source', conversation({ id: 1, status: 'spam' }), target, MERGE_REASONS.spam],
    ['into spam', source, conversation({ id: 2, status: 'spam' }), MERGE_REASONS.spam],
    ['a merged target', source, conversation({ id: 3, status: 'merged' }), MERGE_REASONS.merged],
  ])('refuses %s', (_, a, b, reason) => {
    expect(mergeConversations(a, b, alex, NOW)).toEqual({ ok: false, reason });
  });

  it('undo puts both back exactly, one version on', () => {
    const outcome = mergeConversations(source, target, alex, NOW);
    if (!outcome.ok) throw new Error(outcome.reason);
    for (const [before, after] of [
      [source, outcome.source],
      [target, outcome.target],
    ] as const) {
      expect(applyUndo(after, undoFields(before), mergeRestore(before))).toEqual({
        ...before,
        version: after.version + 1,
      });
    }
  });
});
