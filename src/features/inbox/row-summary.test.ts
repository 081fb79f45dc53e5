import { describe, expect, it } from 'vitest';
import { isUnread, previewText, repliedLast, visibleTags } from './row-summary';

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

  it('previews what the customer last said, and says when the team replied after it', () => {
    const row = {
      lastMessage: {
        type: 'chat' as const,
        authorType: 'agent' as const,
        body: 'Which browser?',
        createdAt: 2,
      },
      contactMessage: { body: 'It  crashes\non save', createdAt: 1 },
    };
    expect(previewText(row)).toBe('It crashes on save');
    expect(repliedLast(row)).toBe(true);
    expect(repliedLast({ ...row, lastMessage: { ...row.lastMessage, type: 'note' } })).toBe(false);
    expect(repliedLast({ ...row, contactMessage: null })).toBe(false);
    expect(previewText({ ...row, contactMessage: null })).toBe('Reply: Which browser?');
  });

  it('shows tags whole within the budget and counts the others', () => {
    const t = (name: string) => ({ name });
    expect(visibleTags([t('billing'), t('vip'), t('refund')])).toEqual({
      shown: [t('billing'), t('vip')],
      more: 1,
    });
    expect(visibleTags([t('billing'), t('enterprise-renewal'), t('vip')])).toEqual({
      shown: [t('billing')],
      more: 2,
    });
    expect(visibleTags([t('a-very-long-tag-name-indeed')])).toEqual({ shown: [], more: 1 });
    expect(visibleTags([])).toEqual({ shown: [], more: 0 });
  });
});
