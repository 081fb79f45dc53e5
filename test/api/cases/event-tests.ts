// `GET /api/events`: the change feed as server-sent events, resumable, per org, with heartbeats.
import { describe, expect, it } from 'vitest';
import { feedEventSchema } from '../../../src/api';
import { errorOf, patch, readSse, type Ctx, type SseEvent } from './helpers';

const changes = (events: SseEvent[]) =>
  events
    .filter((e) => e.event !== 'ready' && e.data !== undefined)
    .map((e) => feedEventSchema.parse(JSON.parse(e.data ?? '')));

export function eventTests(ctx: Ctx) {
  describe('event stream', () => {
    it('opens with `ready`, then sends each change with its id as it happens', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      const res = await alex.get('/api/events');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const later = (async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        await patch(alex, conversationId, { status: 'closed' });
      })();
      const events = await readSse(res, (es) =>
        changes(es).some((e) => e.type === 'counts.changed'),
      );
      await later;
      expect(events[0]?.event).toBe('ready');
      const seen = changes(events);
      expect(seen.map((e) => e.type)).toEqual([
        'message.added',
        'conversation.changed',
        'counts.changed',
      ]);
      expect(
        seen.every((e) => e.conversationId === conversationId && e.orgId === ctx().demo.acme.orgId),
      ).toBe(true);
      // Heartbeat comments (every 100 ms in the harness) carry no id and no data: not changes.
      const ids = events
        .filter((e) => e.event !== 'ready' && e.data !== undefined)
        .map((e) => Number(e.id));
      expect(ids).toEqual(seen.map((e) => e.id));
      expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    });

    it('resumes after Last-Event-ID (header or query) with what was missed', async () => {
      const alex = await ctx().as('alex');
      const first = await alex.get('/api/events');
      const ready = (await readSse(first, (es) => es.length > 0))[0];
      const start = Number(ready?.id);
      const { conversationId } = await ctx().inbound();
      await patch(alex, conversationId, { priority: 'high' });
      for (const res of [
        await alex.get('/api/events', { 'last-event-id': String(start) }),
        await alex.get(`/api/events?lastEventId=${start}`),
      ]) {
        const missed = changes(
          await readSse(res, (es) =>
            changes(es).some(
              (e) =>
                e.type === 'conversation.changed' &&
                e.data.conversation.id === conversationId &&
                e.data.conversation.priority === 'high',
            ),
          ),
        );
        expect(missed[0]?.id).toBe(start + 1);
        expect(
          missed.filter((e) => e.conversationId === conversationId).length,
        ).toBeGreaterThanOrEqual(4);
      }
    });

    it("sends only the agent's own org", async () => {
      const gina = await ctx().as('gina');
      const res = await gina.get('/api/events');
      const acme = (async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        await ctx().inbound();
        await ctx().inbound({ token: 'globex-demo-inbox-token' });
      })();
      const events = await readSse(res, (es) =>
        changes(es).some((e) => e.type === 'message.added'),
      );
      await acme;
      const seen = changes(events);
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((e) => e.orgId === ctx().demo.globex.orgId)).toBe(true);
    });

    it('gives every stream of an org every change, once and in order, under concurrent writes', async () => {
      const alex = await ctx().as('alex');
      const ready = (await readSse(await alex.get('/api/events'), (es) => es.length > 0))[0];
      const start = Number(ready?.id);
      // Streams of one org read the feed together; none may lose a change committed meanwhile.
      const streams = await Promise.all(
        Array.from({ length: 8 }, () => alex.get(`/api/events?lastEventId=${start}`)),
      );
      const writes = (async () => {
        const made = await Promise.all(Array.from({ length: 5 }, () => ctx().inbound()));
        const ids = made.map((m) => m.conversationId);
        for (const id of ids) await patch(alex, id, { status: 'pending' });
        return ids;
      })();
      const readers = streams.map((res) =>
        readSse(
          res,
          (es) =>
            changes(es).filter((e) => e.type === 'conversation.changed').length >= 10 &&
            changes(es).filter((e) => e.type === 'message.added').length >= 5,
        ),
      );
      const ids = await writes;
      const seen = (await Promise.all(readers)).map((events) => changes(events));
      const longest = seen.reduce((a, b) => (b.length > a.length ? b : a), []);
      // Ids are shared by every org: the first of Acme's may come after another org's.
      expect(longest[0]?.id).toBeGreaterThan(start);
      expect(longest.length).toBeGreaterThanOrEqual(20);
      for (const events of seen) {
        const got = events.map((e) => e.id);
        expect(got).toEqual(longest.slice(0, got.length).map((e) => e.id));
        expect(new Set(events.map((e) => e.conversationId))).toEqual(new Set(ids));
      }
    });

    it('keeps the connection alive with heartbeat comments', async () => {
      const alex = await ctx().as('alex');
      const events = await readSse(await alex.get('/api/events'), (es) =>
        es.some((e) => e.comment === 'heartbeat'),
      );
      expect(events.some((e) => e.comment === 'heartbeat')).toBe(true);
    });

    it('answers 400 for a Last-Event-ID that is not an id', async () => {
      const alex = await ctx().as('alex');
      expect(
        await errorOf(await alex.get('/api/events', { 'last-event-id': 'yesterday' })),
      ).toMatchObject({ status: 400, code: 'bad_request' });
    });
  });
}
