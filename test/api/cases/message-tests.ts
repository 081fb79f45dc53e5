// Replies, notes with @mentions, idempotency keys and the `/sync` composer command.
import { describe, expect, it } from 'vitest';
import { commandResultSchema, messageSchema } from '../../../src/api';
import { errorOf, getConversation, getThread, ok, type Ctx } from './helpers';

export function messageTests(ctx: Ctx) {
  describe('messages', () => {
    it('posts a reply (201) that shows in the thread, authored by the agent', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      const m = await ok(
        await alex.send('POST', `/api/conversations/${conversationId}/messages`, {
          type: 'chat',
          body: 'Hi there',
        }),
        messageSchema,
        201,
      );
      expect(m).toMatchObject({
        conversationId,
        type: 'chat',
        authorType: 'agent',
        authorId: ctx().demo.acme.agents['alex']?.id,
        body: 'Hi there',
        createdAt: ctx().now(),
      });
      expect((await getThread(alex, conversationId)).at(-1)).toEqual(m);
    });

    it("finds @mentions of the org's agents in a note", async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      const m = await ok(
        await alex.send('POST', `/api/conversations/${conversationId}/messages`, {
          type: 'note',
          body: '@sam please look, and @Gina too',
        }),
        messageSchema,
        201,
      );
      expect(m).toMatchObject({ type: 'note', mentions: [ctx().demo.acme.agents['sam']?.id] });
    });

    it('creates one message per idempotency key: a retry gets the same message back', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      const send = () =>
        alex.send(
          'POST',
          `/api/conversations/${conversationId}/messages`,
          { type: 'chat', body: 'Once only', idempotencyKey: 'key-123' },
          { 'if-match': '"1"' },
        );
      const first = await ok(await send(), messageSchema, 201);
      const again = await send();
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(await ok(again, messageSchema, 201)).toEqual(first);
      expect(
        (await getThread(alex, conversationId)).filter((m) => m.body === 'Once only'),
      ).toHaveLength(1);
      // The same key for other words is a client bug: refused, nothing stored.
      const reused = await alex.send('POST', `/api/conversations/${conversationId}/messages`, {
        type: 'chat',
        body: 'Something else',
        idempotencyKey: 'key-123',
      });
      expect(await errorOf(reused)).toMatchObject({ status: 422, code: 'rejected' });
      // The same key on another conversation is another message.
      const other = (await ctx().inbound()).conversationId;
      const elsewhere = await ok(
        await alex.send('POST', `/api/conversations/${other}/messages`, {
          type: 'chat',
          body: 'Once only',
          idempotencyKey: 'key-123',
        }),
        messageSchema,
        201,
      );
      expect(elsewhere.id).not.toBe(first.id);
    });

    it('runs `/sync` typed in the reply box: 202, no message stored, webhooks queued', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      const thread = await getThread(alex, conversationId);
      const outbox = await ctx().outbox(ctx().demo.acme.orgId);
      const result = await ok(
        await alex.send('POST', `/api/conversations/${conversationId}/messages`, {
          type: 'chat',
          body: ' /sync ',
        }),
        commandResultSchema,
        202,
      );
      expect(result).toMatchObject({
        type: 'command',
        command: 'sync',
        conversation: { id: conversationId, status: 'open' },
      });
      expect(await getThread(alex, conversationId)).toHaveLength(thread.length);
      const added = (await ctx().outbox(ctx().demo.acme.orgId)).slice(outbox.length);
      expect(added.map((e) => e.payload.type)).toContain('conversation_manual_push');
      // As a note it is just text.
      const note = await alex.send('POST', `/api/conversations/${conversationId}/messages`, {
        type: 'note',
        body: '/sync',
      });
      expect(note.status).toBe(201);
    });

    it('answers 400 for a blank body, an event type or a missing type', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      for (const body of [
        { type: 'chat', body: '   ' },
        { type: 'event', body: 'x' },
        { body: 'x' },
        { type: 'chat', body: 42 },
      ]) {
        expect(
          await errorOf(
            await alex.send('POST', `/api/conversations/${conversationId}/messages`, body),
          ),
        ).toMatchObject({ status: 400, code: 'bad_request' });
      }
      expect((await getConversation(alex, conversationId)).version).toBe(1);
    });
  });
}
