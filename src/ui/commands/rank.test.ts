import { describe, expect, it } from 'vitest';
import { matchScore, rankActions } from './rank';
import type { Action } from './registry';

const a = (id: string, title: string, group = 'Conversation'): Action => ({
  id,
  title,
  group,
  run: () => undefined,
});

describe('the palette ranking', () => {
  it.each([
    ['Mark as spam', 'spam', 80],
    ['Close conversation', 'close', 100],
    ['Close conversation', 'onver', 60],
    ['Close conversation', 'clc', 35],
    ['Sign out', 'sno', 0],
    ['Merge into…', 'xyz', 0],
  ])('%s for "%s": %i', (text, query, score) => {
    expect(matchScore(text, query)).toBe(score);
  });

  it('puts the better match first, and among equals the recently used', () => {
    const actions = [
      a('close', 'Close conversation'),
      a('snooze', 'Snooze 1 hour'),
      a('spam', 'Mark as spam'),
    ];
    expect(rankActions(actions, 's', []).map((x) => x.id)).toEqual(['snooze', 'spam', 'close']);
    expect(rankActions(actions, '', ['spam']).map((x) => x.id)).toEqual([
      'spam',
      'close',
      'snooze',
    ]);
    expect(rankActions(actions, 'conversation', []).map((x) => x.id)).toEqual([
      'close',
      'snooze',
      'spam',
    ]);
  });
});
