// A stream resuming from a Last-Event-ID ahead of the feed (#15, defect 3): it is told to read
// everything again, starts from the newest change, and every later change reaches it.
import { describe, expect, it } from 'vitest';
import { FEED_RESET_EVENT } from '../../../src/api';
import { changes } from './feed-tests';
import { patch, readSse, type Ctx } from './helpers';

export function resumeAheadTests(ctx: Ctx) {
  describe('resuming from a Last-Event-ID ahead of the feed', () => {
    it('resets to the newest change, then sends every later one', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      const { latest } = await ctx().store.read((tx) => tx.changeFeedBounds(ctx().demo.acme.orgId));
      const res = await alex.get('/api/events', { 'last-event-id': String(latest + 500) });
      const later = (async () => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        await patch(alex, conversationId, { status: 'pending' });
      })();
      const events = await readSse(res, (es) =>
        changes(es).some((e) => e.type === 'counts.changed' && e.conversationId === conversationId),
      );
      await later;
      expect(events[0]?.event).toBe(FEED_RESET_EVENT);
      expect(events[1]?.event).toBe('ready');
      const start = Number(events[1]?.id);
      expect(start).toBe(latest);
      const seen = changes(events);
      expect(seen.map((e) => e.type)).toEqual([
        'message.added',
        'conversation.changed',
        'counts.changed',
      ]);
      expect(seen[0]?.id).toBe(start + 1);
    });
  });
}
