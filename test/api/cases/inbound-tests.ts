// `POST /api/inbound`: a contact's message, under the rules of SPEC section 2.
import { describe, expect, it } from 'vitest';
import { conversationPageSchema } from '../../../src/api';
import { DEMO_TOKENS } from '../../../src/backend/demo-data';
import { DAY, errorOf, getConversation, getThread, HOUR, ok, patch, type Ctx } from './helpers';

const inboundBody = { channel: 'chat', contact: { email: 'x@customers.test' }, body: 'hi' };

export function inboundTests(ctx: Ctx) {
  describe('inbound messages', () => {
    it('needs the inbox bearer token (401)', async () => {
      const post = (authorization?: string) =>
        ctx().fetch('/api/inbound', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(authorization ? { authorization } : {}),
          },
          body: JSON.stringify(inboundBody),
        });
      expect(await errorOf(await post())).toMatchObject({ status: 401, code: 'unauthorized' });
      expect(await errorOf(await post('Bearer wrong-token'))).toMatchObject({
        status: 401,
        code: 'unauthorized',
      });
      expect(await errorOf(await post(DEMO_TOKENS.acme))).toMatchObject({
        status: 401,
        code: 'unauthorized',
      });
      expect((await post(`Bearer ${DEMO_TOKENS.acme}`)).status).toBe(201);
    });

    it('creates the contact and an open conversation (201, created: true), then appends to it', async () => {
      const alex = await ctx().as('alex');
      const first = await ctx().inbound({ name: 'Fox Mulder', body: 'The truth is out there' });
      expect(first.created).toBe(true);
      const c = await getConversation(alex, first.conversationId);
      expect(c).toMatchObject({
        status: 'open',
        channel: 'chat',
        inboxId: ctx().demo.acme.inboxId,
        contact: { name: 'Fox Mulder', email: first.email },
      });
      ctx().advance(1000);
      const second = await ctx().inbound({ email: first.email, body: 'Hello?' });
      expect(second).toMatchObject({ conversationId: first.conversationId, created: false });
      expect(
        (await getThread(alex, first.conversationId)).map((m) => [m.authorType, m.body]),
      ).toEqual([
        ['contact', 'The truth is out there'],
        ['contact', 'Hello?'],
      ]);
      expect((await getConversation(alex, first.conversationId)).lastActivityAt).toBe(ctx().now());
    });

    it('reopens a closed, pending or snoozed conversation', async () => {
      const alex = await ctx().as('alex');
      for (const setUp of ['closed', 'pending', 'snoozed'] as const) {
        const { conversationId, email } = await ctx().inbound({ name: 'Walter Skinner' });
        if (setUp === 'snoozed')
          await alex.send('POST', `/api/conversations/${conversationId}/snooze`, {
            until: ctx().now() + DAY,
          });
        else await patch(alex, conversationId, { status: setUp });
        ctx().advance(HOUR);
        expect(await ctx().inbound({ email, body: 'still there?' })).toMatchObject({
          conversationId,
          created: false,
        });
        expect(await getConversation(alex, conversationId)).toMatchObject({
          status: 'open',
          snoozedUntil: null,
        });
        expect((await getThread(alex, conversationId)).at(-2)?.body).toBe(
          'Reopened by a new message from Walter Skinner',
        );
      }
    });

    it('starts a new chat when the closed one was quiet for more than 24 hours; the old stays closed', async () => {
      const alex = await ctx().as('alex');
      const { conversationId, email } = await ctx().inbound();
      await patch(alex, conversationId, { status: 'closed' });
      ctx().advance(24 * HOUR + 1000);
      const next = await ctx().inbound({ email, body: 'New question' });
      expect(next.created).toBe(true);
      expect(next.conversationId).not.toBe(conversationId);
      expect((await getConversation(alex, conversationId)).status).toBe('closed');
      expect(await getConversation(alex, next.conversationId)).toMatchObject({
        status: 'open',
        contactId: (await getConversation(alex, conversationId)).contactId,
      });
    });

    it('reopens a quiet closed email conversation (the 24-hour rule is for chat only)', async () => {
      const alex = await ctx().as('alex');
      const { conversationId, email } = await ctx().inbound({ channel: 'email' });
      await patch(alex, conversationId, { status: 'closed' });
      ctx().advance(3 * DAY);
      expect(await ctx().inbound({ email, channel: 'email' })).toMatchObject({
        conversationId,
        created: false,
      });
      expect((await getConversation(alex, conversationId)).status).toBe('open');
    });

    it('follows the org setting for the new-conversation period', async () => {
      const admin = await ctx().as('admin');
      const { conversationId, email } = await ctx().inbound();
      await patch(admin, conversationId, { status: 'closed' });
      expect(
        (await admin.send('PATCH', '/api/org/settings', { chatNewConversationAfterHours: 1 }))
          .status,
      ).toBe(200);
      try {
        ctx().advance(2 * HOUR);
        expect((await ctx().inbound({ email })).created).toBe(true);
      } finally {
        await admin.send('PATCH', '/api/org/settings', { chatNewConversationAfterHours: 24 });
      }
    });

    it('keeps spam as spam and keeps the message', async () => {
      const alex = await ctx().as('alex');
      const { conversationId, email } = await ctx().inbound();
      await alex.send('POST', `/api/conversations/${conversationId}/spam`);
      ctx().advance(1000);
      expect(await ctx().inbound({ email, body: 'BUY NOW' })).toMatchObject({
        conversationId,
        created: false,
      });
      expect((await getConversation(alex, conversationId)).status).toBe('spam');
      expect((await getThread(alex, conversationId)).at(-1)?.body).toBe('BUY NOW');
    });

    it('goes to the named conversation; another org or contact answers 404', async () => {
      const alex = await ctx().as('alex');
      const mine = await ctx().inbound();
      const other = await ctx().inbound();
      expect(
        await ctx().inbound({ email: mine.email, conversationId: mine.conversationId }),
      ).toMatchObject({ conversationId: mine.conversationId, created: false });
      const post = (conversationId: number, token: string = DEMO_TOKENS.acme) =>
        ctx().fetch('/api/inbound', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            channel: 'chat',
            contact: { email: mine.email },
            body: 'x',
            conversationId,
          }),
        });
      expect(await errorOf(await post(other.conversationId))).toMatchObject({
        status: 404,
        code: 'not_found',
      });
      expect(await errorOf(await post(mine.conversationId, DEMO_TOKENS.globex))).toMatchObject({
        status: 404,
        code: 'not_found',
      });
      expect(await getThread(alex, other.conversationId)).toHaveLength(1);
    });

    it("files Globex's messages under Globex, out of Acme's sight", async () => {
      const alex = await ctx().as('alex');
      const gina = await ctx().as('gina');
      const { conversationId } = await ctx().inbound({
        token: DEMO_TOKENS.globex,
        name: 'Globex Customer',
      });
      expect(await errorOf(await alex.get(`/api/conversations/${conversationId}`))).toMatchObject({
        status: 404,
        code: 'not_found',
      });
      expect((await getConversation(gina, conversationId)).orgId).toBe(ctx().demo.globex.orgId);
      const list = await ok(await gina.get('/api/conversations?limit=100'), conversationPageSchema);
      expect(list.data.map((c) => c.id)).toContain(conversationId);
    });

    it('answers 400 for a bad email, channel or body', async () => {
      for (const body of [
        { ...inboundBody, contact: { email: 'not-an-email' } },
        { ...inboundBody, channel: 'sms' },
        { ...inboundBody, body: '' },
        { ...inboundBody, conversationId: 'abc' },
      ]) {
        const res = await ctx().fetch('/api/inbound', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${DEMO_TOKENS.acme}`,
          },
          body: JSON.stringify(body),
        });
        expect(await errorOf(res)).toMatchObject({ status: 400, code: 'bad_request' });
      }
    });
  });
}
