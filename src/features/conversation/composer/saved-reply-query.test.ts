import { describe, expect, it } from 'vitest';
import { hashAt, insertReply, withHashAt } from './saved-reply-query';

describe('hashAt', () => {
  it.each([
    ['#', 1, { start: 0, query: '' }],
    ['Hello #gre', 10, { start: 6, query: 'gre' }],
    ['Hello #refund pol', 17, { start: 6, query: 'refund pol' }],
    ['issue#12', 8, null],
    ['Hello #gre and more', 19, null],
  ])('%s at %i', (text, caret, expected) => {
    expect(hashAt(text, caret)).toEqual(expected);
  });
});

describe('insertReply', () => {
  it('replaces the # and its query, keeping what follows, and puts the caret after', () => {
    const text = 'Hello #gre! Bye';
    const at = hashAt(text, 10);
    if (!at) throw new Error('no # found');
    expect(insertReply(text, at, 'Hi Dana,')).toEqual({ text: 'Hello Hi Dana,! Bye', caret: 14 });
  });
});

describe('withHashAt', () => {
  it('starts a word with # at the caret', () => {
    expect(withHashAt('', 0)).toEqual({ text: '#', caret: 1 });
    expect(withHashAt('Hello', 5)).toEqual({ text: 'Hello #', caret: 7 });
    expect(withHashAt('Hello ', 6)).toEqual({ text: 'Hello #', caret: 7 });
  });
});
