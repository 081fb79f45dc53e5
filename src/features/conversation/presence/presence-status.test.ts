import { describe, expect, it } from 'vitest';
import { describeViewers } from './presence-status';

const v = (name: string, typing = false) => ({ agentId: name.length, name, typing });

describe('describeViewers', () => {
  it.each([
    [[], ''],
    [[v('Sam')], 'Sam is viewing'],
    [[v('Sam', true)], 'Sam is typing…'],
    [[v('Sam'), v('Dana')], 'Sam and Dana are viewing'],
    [[v('Sam', true), v('Dana'), v('Kim')], 'Sam is typing… · Dana and Kim are viewing'],
    [[v('Sam', true), v('Dana', true), v('Kim', true)], 'Sam, Dana and Kim are typing…'],
  ])('%j', (viewers, text) => {
    expect(describeViewers(viewers)).toBe(text);
  });
});
