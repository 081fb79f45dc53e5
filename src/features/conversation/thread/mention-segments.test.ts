import { describe, expect, it } from 'vitest';
import { mentionSegments } from './mention-segments';

const agents = [
  { id: 1, name: 'Avery' },
  { id: 2, name: 'Sam' },
  { id: 3, name: 'Sam Lee' },
];

describe('mentionSegments', () => {
  it('leaves text without mentions whole', () => {
    expect(mentionSegments('No one here', agents)).toEqual([{ text: 'No one here' }]);
  });

  it('finds first and full names in any case, keeping the text as written', () => {
    expect(mentionSegments('Ask @avery and @Sam Lee, then @SAM.', agents)).toEqual([
      { text: 'Ask ' },
      { text: '@avery', agentId: 1 },
      { text: ' and ' },
      { text: '@Sam Lee', agentId: 3 },
      { text: ', then ' },
      { text: '@SAM', agentId: 2 },
      { text: '.' },
    ]);
  });

  it('ignores near misses and e-mail addresses', () => {
    expect(mentionSegments('@samuel wrote to sam@acme.test', agents)).toEqual([
      { text: '@samuel wrote to sam@acme.test' },
    ]);
  });

  it('joins back into the original text', () => {
    const body = '@Sam <b>hi</b> @Avery';
    expect(
      mentionSegments(body, agents)
        .map((s) => s.text)
        .join(''),
    ).toBe(body);
  });
});
