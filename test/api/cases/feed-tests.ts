// The change feed behind `GET /api/events` (SPEC section 8): ids that are the org's own, so no
// org learns another's volume from them; pruned by the clock after a day; and a stream resuming
// from what was pruned is told to read everything again instead of silently missing changes.
import { describe, expect, it } from 'vitest';
import { FEED_RESET_EVENT, feedEventSchema } from '../../../src/api';
import { DAY, HOUR, readSse, type Ctx, type SseEvent } from './helpers';

export const changes = (events: SseEvent[]) =>
  events
    .filter((e) => e.data !== undefined && e.event !== 'ready' && e.event !== FEED_RESET_EVENT)
    .map((e) => feedEventSchema.parse(JSON.parse(e.data ?? '')));

export function feedTests(ctx: Ctx) {
  describe('the change feed', () => {
    const acmeFeed = (after: number) =>
      ctx().store.transaction((tx) => tx.listChangesSince(ctx().demo.acme.orgId, after, 1000));
    const acmeBounds = () => ctx().store.read((tx) => tx.changeFeedBounds(ctx().demo.acme.orgId));
    /** The first events of a stream resuming after `lastEventId`. */
    const resume = async (lastEventId: number, until: (events: SseEvent[]) => boolean) => {
      const alex = await ctx().as('alex');
      return readSse(
        await alex.get('/api/events', { 'last-event-id': String(lastEventId) }),
        until,
      );
    };

    it("numbers each org's changes on its own: Acme's ids do not move when Globex changes", async () => {
      const alex = await ctx().as('alex');
      const ready = (await readSse(await alex.get('/api/events'), (es) => es.length > 0))[0];
      const start = Number(ready?.id);
      for (let i = 0; i < 3; i += 1) await ctx().inbound({ token: 'globex-demo-inbox-token' });
      const again = (await readSse(await alex.get('/api/events'), (es) => es.length > 0))[0];
      expect(Number(again?.id)).toBe(start);
      const { conversationId } = await ctx().inbound();
      const seen = changes(await resume(start, (es) => changes(es).length >= 2));
      expect(seen[0]).toMatchObject({ id: start + 1, conversationId });
      expect(seen.map((e) => e.id)).toEqual(seen.map((_, i) => start + 1 + i));
    });

    it('prunes changes older than a day on the clock and keeps younger ones', async () => {
      const mark = (await acmeBounds()).latest;
      await ctx().inbound();
      const oldIds = (await acmeFeed(mark)).map((e) => e.id);
      expect(oldIds.length).toBeGreaterThan(0);
      ctx().advance(23 * HOUR);
      await ctx().inbound();
      const youngIds = (await acmeFeed(Math.max(...oldIds))).map((e) => e.id);
      expect(youngIds.length).toBeGreaterThan(0);
      ctx().advance(2 * HOUR);
      await ctx().tick();
      // (The tick's own changes, such as inactivity notices, are new ones.)
      const ids = async () => new Set((await acmeFeed(mark)).map((e) => e.id));
      const kept = await ids();
      expect(oldIds.filter((id) => kept.has(id))).toEqual([]);
      expect(youngIds.filter((id) => kept.has(id))).toEqual(youngIds);
      expect((await acmeBounds()).prunedThrough).toBe(Math.max(...oldIds));
      // The young ones go a day later.
      ctx().advance(DAY);
      await ctx().tick();
      const later = await ids();
      expect(youngIds.filter((id) => later.has(id))).toEqual([]);
    });

    it('tells a stream resuming from a pruned id to read everything again, then goes on from now', async () => {
      const mark = (await acmeBounds()).latest;
      await ctx().inbound();
      ctx().advance(DAY + HOUR);
      await ctx().tick();
      const { latest, prunedThrough } = await acmeBounds();
      expect(prunedThrough).toBeGreaterThan(mark);
      const events = await resume(mark, (es) => es.length >= 2);
      expect(events.slice(0, 2)).toEqual([
        {
          id: String(latest),
          event: FEED_RESET_EVENT,
          data: expect.stringContaining('"lastEventId":' + latest),
        },
        { id: String(latest), event: 'ready', data: `{"lastEventId":${latest}}` },
      ]);
      expect(JSON.parse(events[0]?.data ?? '')).toMatchObject({
        message: expect.stringMatching(/no longer kept/),
      });
      // From the newest pruned id on, nothing was lost: no reset.
      const fromMark = await resume(prunedThrough, (es) => es.length >= 1);
      expect(fromMark[0]?.event).toBe('ready');
    });

    it('tells a stream resuming from an id the feed never gave out (another database) to read everything again', async () => {
      const { latest } = await acmeBounds();
      const events = await resume(latest + 1_000, (es) => es.length >= 1);
      expect(events[0]).toMatchObject({ event: FEED_RESET_EVENT, id: String(latest) });
    });
  });
}
