import { describe, expect, it } from 'vitest';
import { reduce } from './reducer';
import { conversation, MINUTE_MS, NOW, sam, alex, settings } from './test-fixtures';
import { applyUndo, touchedSince, undoFields } from './undo';

const later = NOW + MINUTE_MS;

describe('undo', () => {
  it.each([
    [
      'close of an open one',
      conversation({ updatedAt: NOW - 5 * MINUTE_MS }),
      { type: 'set_status', status: 'closed', actor: sam },
    ],
    [
      'snooze of a pending one',
      conversation({ status: 'pending' }),
      { type: 'snooze', until: NOW + 60 * MINUTE_MS, actor: sam },
    ],
    [
      'spam of a snoozed one',
      conversation({ status: 'snoozed' }),
      { type: 'mark_spam', actor: sam },
    ],
    [
      'restore from spam',
      conversation({ status: 'spam', statusBeforeSpam: 'pending' }),
      { type: 'restore_spam', actor: sam },
    ],
  ] as const)('puts back exactly what the %s replaced, one version on', (_, before, event) => {
    const outcome = reduce(before, event, later, settings());
    if (!outcome.ok) throw new Error(outcome.reason);
    const undone = applyUndo(outcome.conversation, undoFields(before));
    expect(undone).toEqual({ ...before, version: outcome.conversation.version + 1 });
  });

  it('counts a status, a snooze or a message since as a touch, not a priority or a tag', () => {
    const closed = reduce(
      conversation(),
      { type: 'set_status', status: 'closed', actor: alex },
      NOW,
      settings(),
    );
    if (!closed.ok) throw new Error(closed.reason);
    const after = undoFields(closed.conversation);
    const step = (event: Parameters<typeof reduce>[1]) => {
      const o = reduce(closed.conversation, event, later, settings());
      if (!o.ok) throw new Error(o.reason);
      return touchedSince(o.conversation, after);
    };
    expect(step({ type: 'set_status', status: 'open', actor: sam })).toBe(true);
    expect(step({ type: 'agent_note', actor: sam, mentions: [] })).toBe(true);
    expect(step({ type: 'contact_message', actor: { kind: 'contact', id: 1, name: 'Dana' } })).toBe(
      true,
    );
    expect(step({ type: 'set_priority', priority: 'high', actor: sam })).toBe(false);
    expect(step({ type: 'add_tag', tag: { name: 'vip', color: '#22c55e' }, actor: sam })).toBe(
      false,
    );
  });
});
