// The bulk limit counts distinct conversations (SPEC section 2): a request naming one id many times
// is one conversation, and any request over 25 distinct ids, however long, gets the SPEC's words.
import { describe, expect, it } from 'vitest';
import { bulkResultSchema } from '../../../src/api';
import { BULK_LIMIT_MESSAGE } from '../../../src/domain';
import { errorOf, getThread, ok, type Ctx } from './helpers';

export function bulkLimitTests(ctx: Ctx) {
  describe('bulk limit', () => {
    it('counts an id named 26 times once: one change, one thread line', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      const ids = Array.from({ length: 26 }, () => conversationId);
      const { data } = await ok(
        await alex.send('POST', '/api/conversations/bulk', { action: 'close', ids }),
        bulkResultSchema,
      );
      expect(data.map((c) => [c.id, c.status])).toEqual([[conversationId, 'closed']]);
      const lines = (await getThread(alex, conversationId)).filter((m) => m.type === 'event');
      expect(lines.map((m) => m.body)).toEqual(['Alex closed the conversation']);
    });

    it('refuses 10,000 ids with the 25-limit message (422)', async () => {
      const alex = await ctx().as('alex');
      const ids = Array.from({ length: 10_000 }, (_, i) => i + 1);
      expect(
        await errorOf(await alex.send('POST', '/api/conversations/bulk', { action: 'close', ids })),
      ).toMatchObject({ status: 422, code: 'rejected', message: BULK_LIMIT_MESSAGE });
    });
  });
}
