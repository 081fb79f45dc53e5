// The status rules of SPEC section 2 through PATCH and the one-click routes, with If-Match.
import { describe, expect, it } from 'vitest';
import { conversationDetailSchema } from '../../../src/api';
import { errorOf, getConversation, getThread, ok, patch, type Ctx } from './helpers';

export function statusTests(ctx: Ctx) {
  describe('setting the status', () => {
    it('closes: version +1, a thread line naming who, and the webhooks in the outbox', async () => {
      const sam = await ctx().as('sam');
      const { conversationId } = await ctx().inbound();
      const before = await ctx().outbox(ctx().demo.acme.orgId);
      const c = await ok(
        await patch(sam, conversationId, { status: 'closed' }),
        conversationDetailSchema,
      );
      expect(c).toMatchObject({ status: 'closed', version: 2, updatedAt: ctx().now() });
      expect((await getThread(sam, conversationId)).at(-1)).toMatchObject({
        type: 'event',
        body: 'Sam closed the conversation',
        authorType: 'agent',
      });
      const added = (await ctx().outbox(ctx().demo.acme.orgId)).slice(before.length);
      expect(added.map((e) => e.payload.type).sort()).toEqual([
        'conversation_manual_push',
        'conversation_push',
        'conversation_status_updated',
      ]);
      expect(added.every((e) => e.conversationId === conversationId)).toBe(true);
      expect(
        added.find((e) => e.payload.type === 'conversation_status_updated')?.payload.data,
      ).toMatchObject({ status: 'closed' });
    });

    it('setting the same status again changes nothing and emits nothing', async () => {
      const sam = await ctx().as('sam');
      const { conversationId } = await ctx().inbound();
      const thread = await getThread(sam, conversationId);
      const outbox = await ctx().outbox(ctx().demo.acme.orgId);
      const c = await ok(
        await patch(sam, conversationId, { status: 'open' }),
        conversationDetailSchema,
      );
      expect(c.version).toBe(1);
      expect(await getThread(sam, conversationId)).toHaveLength(thread.length);
      expect(await ctx().outbox(ctx().demo.acme.orgId)).toHaveLength(outbox.length);
    });

    it('applies several fields as one change (one version) and checks the agent and team', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      const { acme, globex } = ctx().demo;
      const team = acme.teams[0];
      const c = await ok(
        await patch(alex, conversationId, {
          status: 'pending',
          priority: 'urgent',
          assigneeId: acme.agents['sam']?.id,
          teamId: team?.id,
        }),
        conversationDetailSchema,
      );
      expect(c).toMatchObject({
        status: 'pending',
        priority: 'urgent',
        assigneeId: acme.agents['sam']?.id,
        teamId: team?.id,
        version: 2,
      });
      const lines = (await getThread(alex, conversationId))
        .filter((m) => m.type === 'event')
        .map((m) => m.body);
      expect(lines).toEqual(
        expect.arrayContaining([
          'Alex assigned the conversation to Sam',
          'Alex set the priority to urgent',
        ]),
      );
      expect(
        await errorOf(await patch(alex, conversationId, { assigneeId: globex.agents['gina']?.id })),
      ).toMatchObject({ status: 422, code: 'rejected' });
      expect(
        await errorOf(await patch(alex, conversationId, { teamId: globex.teams[0]?.id })),
      ).toMatchObject({ status: 422, code: 'rejected' });
      const unassigned = await ok(
        await patch(alex, conversationId, { assigneeId: null }),
        conversationDetailSchema,
      );
      expect(unassigned.assigneeId).toBeNull();
    });

    it('answers 400 for statuses an agent cannot set, unknown fields and an empty patch', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      for (const body of [
        { status: 'snoozed' },
        { status: 'spam' },
        { priority: 'extreme' },
        { colour: 'red' },
        {},
        { assigneeId: 'me' },
      ]) {
        expect(await errorOf(await patch(alex, conversationId, body))).toMatchObject({
          status: 400,
          code: 'bad_request',
        });
      }
      expect((await getConversation(alex, conversationId)).version).toBe(1);
    });

    it('replies do not change the status; they move lastActivityAt', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      await patch(alex, conversationId, { status: 'pending' });
      ctx().advance(60_000);
      await alex.send('POST', `/api/conversations/${conversationId}/messages`, {
        type: 'chat',
        body: 'On it',
      });
      const c = await getConversation(alex, conversationId);
      expect(c).toMatchObject({
        status: 'pending',
        lastActivityAt: ctx().now(),
        participants: [ctx().demo.acme.agents['alex']?.id],
      });
    });

    it('notes do not move lastActivityAt (updatedAt does) nor the status', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      const before = await getConversation(alex, conversationId);
      ctx().advance(60_000);
      await alex.send('POST', `/api/conversations/${conversationId}/messages`, {
        type: 'note',
        body: 'internal',
      });
      const after = await getConversation(alex, conversationId);
      expect(after).toMatchObject({
        status: 'open',
        lastActivityAt: before.lastActivityAt,
        updatedAt: ctx().now(),
      });
    });
  });

  describe('optimistic concurrency', () => {
    it('answers 409 with the current conversation for a stale If-Match, 200 for the right one', async () => {
      const alex = await ctx().as('alex');
      const sam = await ctx().as('sam');
      const { conversationId } = await ctx().inbound();
      await patch(sam, conversationId, { priority: 'high' });
      const conflict = await errorOf(
        await patch(alex, conversationId, { status: 'closed' }, { 'if-match': '"1"' }),
      );
      expect(conflict).toMatchObject({ status: 409, code: 'conflict' });
      expect(conflict.current).toMatchObject({
        id: conversationId,
        version: 2,
        priority: 'high',
        status: 'open',
      });
      expect(conflict.current?.contact.email).toMatch(/@/);
      const done = await ok(
        await patch(alex, conversationId, { status: 'closed' }, { 'if-match': '"2"' }),
        conversationDetailSchema,
      );
      expect(done).toMatchObject({ status: 'closed', version: 3 });
      // Every single-conversation change honours it.
      expect(
        await errorOf(
          await alex.send('POST', `/api/conversations/${conversationId}/spam`, undefined, {
            'if-match': '"2"',
          }),
        ),
      ).toMatchObject({ status: 409, code: 'conflict' });
    });

    it('answers 400 for an If-Match that is not a version', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      expect(
        await errorOf(
          await patch(alex, conversationId, { status: 'closed' }, { 'if-match': '"abc"' }),
        ),
      ).toMatchObject({ status: 400, code: 'bad_request' });
    });
  });
}
