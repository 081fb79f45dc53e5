import { describe, expect, it } from 'vitest';
import { BULK_LIMIT_MESSAGE, MAX_BULK, checkBulkIds, reduceBulk } from './bulk';
import type { ConversationEvent } from './events';
import { NOW, conversation, frozen, sam, settings, webhooksOf } from './test-fixtures';
import type { Conversation, ConversationStatus } from './types';

const close: ConversationEvent = { type: 'set_status', status: 'closed', actor: sam };
const closeAll = () => close;
const range = (n: number, from = 1): number[] => Array.from({ length: n }, (_, i) => from + i);
const many = (n: number, status: ConversationStatus = 'open'): Conversation[] =>
  range(n).map((id) => frozen(conversation({ id, status })));

describe('checkBulkIds', () => {
  it('rejects 0 ids (a request names 1 to 25)', () => {
    expect(checkBulkIds([]).ok).toBe(false);
  });

  it('accepts 1 and 25 ids', () => {
    expect(checkBulkIds([7])).toEqual({ ok: true, ids: [7] });
    expect(checkBulkIds(range(MAX_BULK))).toEqual({ ok: true, ids: range(25) });
  });

  it('rejects 26 ids with exactly the spec message', () => {
    expect(checkBulkIds(range(26))).toEqual({
      ok: false,
      reason: 'You can close up to 25 conversations at a time',
    });
  });

  it('counts duplicates once', () => {
    expect(checkBulkIds([...range(25), 1, 2, 3])).toEqual({ ok: true, ids: range(25) });
  });
});

describe('reduceBulk', () => {
  it('closes 25 conversations', () => {
    const outcome = reduceBulk(many(25), closeAll, NOW, settings());
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.results).toHaveLength(25);
    expect(outcome.results.every((r) => r.conversation.status === 'closed' && r.changed)).toBe(
      true,
    );
  });

  it('rejects 26 whole, with the spec message, and changes nothing', () => {
    const outcome = reduceBulk(many(26), closeAll, NOW, settings());
    expect(outcome).toEqual({ ok: false, reason: BULK_LIMIT_MESSAGE, failed: [] });
  });

  it('is atomic: one spam conversation rejects the whole bulk close and is named', () => {
    const list = many(5);
    list[2] = frozen(conversation({ id: 3, status: 'spam' }));
    const outcome = reduceBulk(list, closeAll, NOW, settings());
    if (outcome.ok) throw new Error('expected a rejection');
    expect(outcome.reason).toContain('#3');
    expect(outcome.reason).not.toContain('#1');
    expect(outcome.failed).toEqual([
      { id: 3, reason: expect.stringContaining('restore it first') as unknown },
    ]);
    expect('results' in outcome).toBe(false);
  });

  it('closing an already closed conversation is not an error', () => {
    const list = [
      frozen(conversation({ id: 1, status: 'closed' })),
      frozen(conversation({ id: 2 })),
    ];
    const outcome = reduceBulk(list, closeAll, NOW, settings());
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.results.map((r) => [r.conversation.status, r.changed])).toEqual([
      ['closed', false],
      ['closed', true],
    ]);
  });

  it('a conversation named twice is changed once, with one set of webhooks', () => {
    const [a] = many(1);
    if (!a) throw new Error('no conversation');
    const outcome = reduceBulk([a, a], closeAll, NOW, settings());
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.results).toHaveLength(1);
    const statusUpdates = outcome.results
      .flatMap((r) => webhooksOf(r.effects))
      .filter((p) => p.type === 'conversation_status_updated');
    expect(statusUpdates).toHaveLength(1);
  });

  it('applies the event each conversation is given', () => {
    const list = many(3);
    const outcome = reduceBulk(
      list,
      (c) => ({ type: 'set_priority', priority: c.id === 2 ? 'urgent' : 'low', actor: sam }),
      NOW,
      settings(),
    );
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.results.map((r) => r.conversation.priority)).toEqual(['low', 'urgent', 'low']);
  });
});
