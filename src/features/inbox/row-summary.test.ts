import { describe, expect, it } from 'vitest';
import { isUnread, previewText } from './row-summary';

const message = (
  authorType: 'contact' | 'agent' | 'bot' | 'system',
  type: 'chat' | 'note' = 'chat',
  body = 'Hi  there\nfriend',
) => ({
  lastMessage: { type, authorType, body, createdAt: 0 },
});

describe('row summary', () => {
  it('is unread while the contact spoke last', () => {
    expect(isUnread(message('contact'))).toBe(true);
    expect(isUnread(message('agent'))).toBe(false);
    expect(isUnread(message('agent', 'note'))).toBe(false);
    expect(isUnread({ lastMessage: null })).toBe(false);
  });

  it('previews the last message on one line, saying whose it is when not the contact', () => {
    expect(previewText(message('contact'))).toBe('Hi there friend');
    expect(previewText(message('agent'))).toBe('Reply: Hi there friend');
    expect(previewText(message('bot'))).toBe('Bot: Hi there friend');
    expect(previewText(message('agent', 'note'))).toBe('Note: Hi there friend');
    expect(previewText({ lastMessage: null })).toBe('No messages yet');
  });
});
