import { describe, expect, it } from 'vitest';
import { insertMention, matchAgents, mentionAt } from './mention-query';

describe('mentionAt', () => {
  it.each([
    ['@', 1, { start: 0, query: '' }],
    ['Hi @Sa', 6, { start: 3, query: 'Sa' }],
    ['Hi @Sa and more', 6, { start: 3, query: 'Sa' }],
    ['line\n@al', 8, { start: 5, query: 'al' }],
  ])('finds the mention in %j at %i', (text, caret, expected) => {
    expect(mentionAt(text, caret)).toEqual(expected);
  });

  it.each([
    ['mail sam@acme', 13],
    ['Hi @Sam there', 13],
    ['no at sign', 5],
  ])('finds none in %j at %i', (text, caret) => {
    expect(mentionAt(text, caret)).toBeNull();
  });
});

describe('matchAgents', () => {
  const agents = [
    { id: 1, name: 'Avery' },
    { id: 2, name: 'Alex' },
    { id: 3, name: 'Sam Lee' },
  ];
  it('matches the start of any word of the name, any case', () => {
    expect(matchAgents(agents, 'a').map((a) => a.id)).toEqual([1, 2]);
    expect(matchAgents(agents, 'LE').map((a) => a.id)).toEqual([3]);
    expect(matchAgents(agents, '').map((a) => a.id)).toEqual([1, 2, 3]);
    expect(matchAgents(agents, 'x')).toEqual([]);
  });
});

describe('insertMention', () => {
  it('replaces the typed part and puts the caret after a space', () => {
    expect(insertMention('Hi @Sa', { start: 3, query: 'Sa' }, 'Sam')).toEqual({
      text: 'Hi @Sam ',
      caret: 8,
    });
    expect(insertMention('Hi @S please', { start: 3, query: 'S' }, 'Sam')).toEqual({
      text: 'Hi @Sam please',
      caret: 8,
    });
  });
});
