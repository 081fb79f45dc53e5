// Inbound routing by channel (#15, defect 1): a message continues the contact's latest
// conversation on its own channel in the inbox, whatever came in on the other channel since.
import { describe, expect, it } from 'vitest';
import { getConversation, HOUR, type Ctx } from './helpers';

export function inboundChannelTests(ctx: Ctx) {
  describe('inbound routing by channel', () => {
    it('a chat, then an email, then a chat from one contact: the second chat joins the first', async () => {
      const alex = await ctx().as('alex');
      const chat = await ctx().inbound({ channel: 'chat', body: 'chat one' });
      ctx().advance(HOUR);
      const email = await ctx().inbound({ email: chat.email, channel: 'email', body: 'mail' });
      expect(email.created).toBe(true);
      ctx().advance(HOUR);
      const again = await ctx().inbound({ email: chat.email, channel: 'chat', body: 'chat two' });
      expect(again).toMatchObject({ conversationId: chat.conversationId, created: false });
      ctx().advance(HOUR);
      const mail2 = await ctx().inbound({ email: chat.email, channel: 'email', body: 'mail 2' });
      expect(mail2).toMatchObject({ conversationId: email.conversationId, created: false });
      expect((await getConversation(alex, chat.conversationId)).channel).toBe('chat');
    });
  });
}
