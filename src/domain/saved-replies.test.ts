import { describe, expect, it } from 'vitest';
import { cleanFileName, formatSize, isImage } from './attachments';
import { fillSavedReply, filterSavedReplies, firstName } from './saved-replies';

const ctx = {
  contact: { name: 'Dana Scully', email: 'dana@customers.test' },
  agent: { name: 'Sam Rivera' },
};

describe('fillSavedReply', () => {
  it.each([
    ['Hi {{contact.firstName}},', 'Hi Dana,'],
    ['Dear {{contact.name}}', 'Dear Dana Scully'],
    ['We wrote to {{ contact.email }}.', 'We wrote to dana@customers.test.'],
    ['— {{agent.name}}', '— Sam Rivera'],
    ['{{agent.firstName}} here', 'Sam here'],
    ['{{contact.firstName}} and {{contact.firstName}}', 'Dana and Dana'],
    ['{{contact.phone}} stays', '{{contact.phone}} stays'],
    ['no variables', 'no variables'],
  ])('%s -> %s', (body, filled) => {
    expect(fillSavedReply(body, ctx)).toBe(filled);
  });

  it('leaves a contact variable as written when there is no contact', () => {
    expect(
      fillSavedReply('Hi {{contact.firstName}}, {{agent.firstName}}', { ...ctx, contact: null }),
    ).toBe('Hi {{contact.firstName}}, Sam');
  });

  it('takes the first word of a name, and a one-word name whole', () => {
    expect(firstName('  Mulder ')).toBe('Mulder');
    expect(firstName('Walter  S. Skinner')).toBe('Walter');
  });
});

describe('filterSavedReplies', () => {
  const replies = [
    { name: 'Refund policy', body: 'Refunds take 5 days.' },
    { name: 'Greeting', body: 'Hi, thanks for the refund question.' },
    { name: 'Browser', body: 'Which browser do you use?' },
  ];

  it('keeps every reply for an empty query', () => {
    expect(filterSavedReplies(replies, '  ')).toHaveLength(3);
  });

  it('puts name matches before body matches, any case', () => {
    expect(filterSavedReplies(replies, 'REFUND').map((r) => r.name)).toEqual([
      'Refund policy',
      'Greeting',
    ]);
  });

  it('needs every word and finds nothing for a stranger', () => {
    expect(filterSavedReplies(replies, 'which browser').map((r) => r.name)).toEqual(['Browser']);
    expect(filterSavedReplies(replies, 'invoice')).toEqual([]);
  });
});

describe('attachments', () => {
  it('shows raster images inline, never SVG', () => {
    expect(isImage('image/PNG')).toBe(true);
    expect(isImage('image/svg+xml')).toBe(false);
    expect(isImage('application/pdf')).toBe(false);
  });

  it('keeps the last path segment of a name without control characters', () => {
    expect(cleanFileName('C:\\Users\\d\\screen shot.png')).toBe('screen shot.png');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b\nc.txt')).toBe('abc.txt');
    expect(cleanFileName('///')).toBe('file');
  });

  it('says sizes in words', () => {
    expect(formatSize(1)).toBe('1 byte');
    expect(formatSize(2048)).toBe('2 KB');
    expect(formatSize(10 * 1024 * 1024)).toBe('10.0 MB');
  });
});
