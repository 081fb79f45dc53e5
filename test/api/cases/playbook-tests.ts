// Playbooks and bots (SPEC 7.1): `bulk_sent` conversations a reply opens and routes; a bot's close.
import { describe, expect, it } from 'vitest';
import { conversationPageSchema, countsSchema, playbookSendResultSchema } from '../../../src/api';
import { errorOf, getConversation, getThread, ok, type Ctx } from './helpers';
import { routingOrg } from './routing-kit';

export function playbookTests(ctx: Ctx) {
  describe('playbooks', () => {
    it('starts one bulk_sent conversation per contact, which a reply opens and routes', async () => {
      const org = await routingOrg(ctx);
      await org.autoAssign('round_robin');
      await org.available(org.rob, true);
      const contacts = [
        { email: 'pat@customers.test', name: 'Pat' },
        { email: 'kim@customers.test' },
      ];
      const sent = await ok(
        await org.rae.send('POST', '/api/playbooks/send', {
          playbookId: 42,
          body: 'Our spring offer is here',
          contacts,
        }),
        playbookSendResultSchema,
        201,
      );
      expect(sent.conversationIds).toHaveLength(2);
      const [first, second] = sent.conversationIds;
      expect(await getConversation(org.rae, first ?? 0)).toMatchObject({
        status: 'bulk_sent',
        relatedPlaybookId: 42,
        assigneeId: null,
        contact: { name: 'Pat', email: 'pat@customers.test' },
      });
      expect((await getThread(org.rae, second ?? 0)).map((m) => [m.authorType, m.body])).toEqual([
        ['bot', 'Our spring offer is here'],
      ]);
      const view = await ok(
        await org.rae.get('/api/conversations?view=bulk_sent'),
        conversationPageSchema,
      );
      expect(view.data.map((c) => c.id).sort()).toEqual([...sent.conversationIds].sort());
      expect(await ok(await org.rae.get('/api/conversations/counts'), countsSchema)).toMatchObject({
        bulk_sent: 2,
        open: 0,
      });
      const reply = await ctx().inbound({
        token: org.token,
        email: 'pat@customers.test',
        body: 'Tell me more',
      });
      expect(reply).toMatchObject({ conversationId: first, created: false });
      expect(await getConversation(org.rae, first ?? 0)).toMatchObject({
        status: 'open',
        assigneeId: org.ids.rob,
      });
      expect(await getConversation(org.rae, second ?? 0)).toMatchObject({ status: 'bulk_sent' });
    });

    it('refuses no contacts, more than 100, a bad email or no body (400), changing nothing', async () => {
      const org = await routingOrg(ctx);
      const many = Array.from({ length: 101 }, (_, i) => ({ email: `c${i}@customers.test` }));
      for (const body of [
        { playbookId: 1, body: 'Hi', contacts: [] },
        { playbookId: 1, body: 'Hi', contacts: many },
        { playbookId: 1, body: 'Hi', contacts: [{ email: 'not-an-email' }] },
        { playbookId: 1, body: ' ', contacts: [{ email: 'a@customers.test' }] },
        { body: 'Hi', contacts: [{ email: 'a@customers.test' }] },
      ]) {
        expect(
          await errorOf(await org.rae.send('POST', '/api/playbooks/send', body)),
        ).toMatchObject({ status: 400, code: 'bad_request' });
      }
      expect(await ok(await org.rae.get('/api/conversations/counts'), countsSchema)).toMatchObject({
        bulk_sent: 0,
        all: 0,
      });
    });
  });

  describe('a bot closes a conversation (POST /api/inbound/close)', () => {
    const close = (token: string, conversationId: unknown) =>
      ctx().fetch('/api/inbound/close', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ conversationId }),
      });

    it('closes with the thread line "Bot closed the conversation" and the webhooks of a close', async () => {
      const org = await routingOrg(ctx);
      const id = await org.inbound();
      const res = await close(org.token, id);
      expect({ status: res.status, body: await res.json() }).toEqual({
        status: 200,
        body: { conversationId: id, status: 'closed' },
      });
      const conversation = await getConversation(org.ada, id);
      expect(conversation.status).toBe('closed');
      const events = (await getThread(org.ada, id)).filter((m) => m.type === 'event');
      expect(events.map((m) => [m.authorType, m.body])).toEqual([
        ['system', 'Bot closed the conversation'],
      ]);
      // The close's payloads (the conversation's creation and messages queued theirs before).
      const types = (await ctx().outbox(org.orgId))
        .filter((e) => e.conversationId === id)
        .map((e) => e.payload.type)
        .filter((type) => type !== 'conversation_created' && type !== 'message_created');
      expect(types).toEqual([
        'conversation_status_updated',
        'conversation_manual_push',
        'conversation_push',
      ]);
    });

    it('signs the line with the playbook that started the conversation', async () => {
      const org = await routingOrg(ctx);
      const sent = await ok(
        await org.rae.send('POST', '/api/playbooks/send', {
          playbookId: 7,
          body: 'Book a demo?',
          contacts: [{ email: 'lee@customers.test' }],
        }),
        playbookSendResultSchema,
        201,
      );
      const id = sent.conversationIds[0] ?? 0;
      expect((await close(org.token, id)).status).toBe(200);
      const lines = (await getThread(org.ada, id)).map((m) => [m.authorType, m.authorId, m.body]);
      expect(lines).toEqual([
        ['bot', 7, 'Book a demo?'],
        ['bot', 7, 'Bot closed the conversation'],
      ]);
      expect((await getConversation(org.ada, id)).status).toBe('closed');
    });

    it('needs the inbox token (401); another org or inbox answers 404; bad bodies 400', async () => {
      const org = await routingOrg(ctx);
      const other = await routingOrg(ctx);
      const id = await org.inbound();
      expect(await errorOf(await close('wrong-token', id))).toMatchObject({ status: 401 });
      expect(await errorOf(await close(other.token, id))).toMatchObject({ status: 404 });
      expect(await errorOf(await close(org.token, 'seven'))).toMatchObject({ status: 400 });
      expect((await getConversation(org.ada, id)).status).toBe('open');
    });
  });
}
