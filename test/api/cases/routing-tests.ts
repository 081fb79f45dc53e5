// Automatic assignment (SPEC 7.1): fairness, capacity, the waiting queue, statuses never routed,
// availability, teams, and the agents' API with its refusals.
import { describe, expect, it } from 'vitest';
import {
  conversationDetailSchema,
  directorySchema,
  routedAgentAnswerSchema,
} from '../../../src/api';
import { errorOf, getConversation, getThread, ok, patch, type Ctx } from './helpers';
import { routingOrg, setStatus } from './routing-kit';

export function routingTests(ctx: Ctx) {
  describe('routing', () => {
    it('with autoAssign off, nothing is assigned', async () => {
      const org = await routingOrg(ctx);
      await org.available(org.rae, true);
      const id = await org.inbound();
      expect(await org.assigneeOf(id)).toBeNull();
    });

    it('spreads new open conversations between two available agents at once, with a thread line', async () => {
      const org = await routingOrg(ctx);
      await org.autoAssign('round_robin');
      await org.available(org.rae, true);
      await org.available(org.rob, true);
      const ids = [];
      for (let i = 0; i < 4; i += 1) ids.push(await org.inbound());
      const assignees = await Promise.all(ids.map(org.assigneeOf));
      expect(assignees).toEqual([org.ids.rae, org.ids.rob, org.ids.rae, org.ids.rob]);
      const lines = (await getThread(org.rae, ids[1] ?? 0)).map((m) => [m.type, m.body]);
      expect(lines).toEqual([
        ['chat', 'Hello, I need help'],
        ['event', 'Parley assigned the conversation to Rob'],
      ]);
      const { agents } = await ok(await org.rae.get('/api/agents'), directorySchema);
      expect(
        agents.map((a) => [a.name, a.available, a.capacity, a.openAssigned, a.teamIds]),
      ).toEqual([
        ['Ada', false, 10, 0, []],
        ['Rae', true, 10, 2, []],
        ['Rob', true, 10, 2, []],
      ]);
    });

    it('at capacity conversations wait, and are assigned oldest first the moment capacity frees', async () => {
      const org = await routingOrg(ctx);
      await org.autoAssign('round_robin');
      await org.capacity(org.ids.rae, 1);
      await org.capacity(org.ids.rob, 1);
      await org.available(org.rae, true);
      await org.available(org.rob, true);
      const [first, second] = [await org.inbound(), await org.inbound()];
      const waiting = [];
      for (let i = 0; i < 3; i += 1) {
        ctx().advance(1000);
        waiting.push(await org.inbound());
      }
      expect(await Promise.all(waiting.map(org.assigneeOf))).toEqual([null, null, null]);
      // Rae closes hers: the oldest waiting one is hers in the same request.
      const raes = (await org.assigneeOf(first ?? 0)) === org.ids.rae ? first : second;
      expect((await setStatus(org.rae, raes ?? 0, 'closed')).status).toBe(200);
      expect(await Promise.all(waiting.map(org.assigneeOf))).toEqual([org.ids.rae, null, null]);
      // Rob gets more room: the next one is his.
      await org.capacity(org.ids.rob, 2);
      expect(await Promise.all(waiting.map(org.assigneeOf))).toEqual([
        org.ids.rae,
        org.ids.rob,
        null,
      ]);
      // A conversation moved off Rae (reassigned by hand) frees her too.
      await patch(org.ada, waiting[0] ?? 0, { assigneeId: org.ids.ada });
      expect(await org.assigneeOf(waiting[2] ?? 0)).toBe(org.ids.rae);
      // Nobody is ever over capacity.
      const { agents } = await ok(await org.ada.get('/api/agents'), directorySchema);
      for (const a of agents.filter((x) => x.available))
        expect(a.openAssigned).toBeLessThanOrEqual(a.capacity);
    });

    it('never routes pending, snoozed, closed or spam conversations; routes them when reopened', async () => {
      const org = await routingOrg(ctx);
      await org.autoAssign('round_robin');
      const [pending, snoozed, closed, spam] = [
        await org.inbound(),
        await org.inbound(),
        await org.inbound(),
        await org.inbound(),
      ];
      await setStatus(org.ada, pending ?? 0, 'pending');
      await org.ada.send('POST', `/api/conversations/${snoozed}/snooze`, {
        until: ctx().now() + 3_600_000,
      });
      await setStatus(org.ada, closed ?? 0, 'closed');
      await org.ada.send('POST', `/api/conversations/${spam}/spam`);
      await org.available(org.rae, true);
      await ctx().tick();
      const all = [pending, snoozed, closed, spam].map((id) => id ?? 0);
      expect(await Promise.all(all.map(org.assigneeOf))).toEqual([null, null, null, null]);
      const reopened = await ok(
        await setStatus(org.ada, pending ?? 0, 'open'),
        conversationDetailSchema,
      );
      expect(reopened).toMatchObject({ assigneeId: org.ids.rae, status: 'open' });
    });

    it('an unavailable agent receives none; signing out makes an agent unavailable', async () => {
      const org = await routingOrg(ctx);
      await org.autoAssign('round_robin');
      await org.available(org.rae, true);
      await org.available(org.rob, true);
      await org.available(org.rob, false);
      const ids = [await org.inbound(), await org.inbound(), await org.inbound()];
      expect(await Promise.all(ids.map(org.assigneeOf))).toEqual(ids.map(() => org.ids.rae));
      expect((await org.rae.send('DELETE', '/api/session')).status).toBe(204);
      const next = await org.inbound();
      expect(await org.assigneeOf(next)).toBeNull();
      const { agents } = await ok(await org.ada.get('/api/agents'), directorySchema);
      expect(agents.find((a) => a.id === org.ids.rae)?.available).toBe(false);
    });

    it("gives a team's conversation to its members first", async () => {
      const org = await routingOrg(ctx);
      const rob = await ok(
        await org.ada.send('PATCH', `/api/agents/${org.ids.rob}`, { teamIds: [org.teamId] }),
        routedAgentAnswerSchema,
      );
      expect(rob.agent.teamIds).toEqual([org.teamId]);
      await org.available(org.rae, true);
      await org.available(org.rob, true);
      const held = await org.inbound();
      await patch(org.ada, held, { assigneeId: org.ids.rob });
      const id = await org.inbound();
      await patch(org.ada, id, { teamId: org.teamId });
      await org.autoAssign('round_robin');
      // Rob has one more open than Rae, but the conversation is his team's.
      expect(await org.assigneeOf(id)).toBe(org.ids.rob);
      expect((await getConversation(org.ada, id)).version).toBeGreaterThan(1);
    });

    it('refuses bad changes to agents, and changes nothing', async () => {
      const org = await routingOrg(ctx);
      const other = await routingOrg(ctx);
      const path = `/api/agents/${org.ids.rae}`;
      expect(await errorOf(await org.rob.send('PATCH', path, { capacity: 3 }))).toMatchObject({
        status: 403,
      });
      expect(await errorOf(await org.ada.send('PATCH', path, { capacity: -1 }))).toMatchObject({
        status: 400,
      });
      expect(await errorOf(await org.ada.send('PATCH', path, {}))).toMatchObject({ status: 400 });
      expect(
        await errorOf(await org.ada.send('PATCH', path, { teamIds: [other.teamId] })),
      ).toMatchObject({ status: 422, message: `No such team: #${other.teamId}.` });
      expect(
        await errorOf(await org.ada.send('PATCH', `/api/agents/${other.ids.rae}`, { capacity: 1 })),
      ).toMatchObject({ status: 404 });
      expect(
        await errorOf(await org.rae.send('PATCH', '/api/me', { available: 'yes' })),
      ).toMatchObject({ status: 400 });
      expect(
        await errorOf(await org.ada.send('PATCH', '/api/org/settings', { autoAssign: 'random' })),
      ).toMatchObject({ status: 400 });
      const { agents } = await ok(await org.ada.get('/api/agents'), directorySchema);
      expect(agents.find((a) => a.id === org.ids.rae)).toMatchObject({
        available: false,
        capacity: 10,
        teamIds: [],
      });
      const { agents: theirs } = await ok(await other.ada.get('/api/agents'), directorySchema);
      expect(theirs.find((a) => a.id === other.ids.rae)?.capacity).toBe(10);
    });
  });
}
