// A thread's pages in both directions: oldest first (the SPEC's default) and `order=newest`, which
// the pane reads so that a long thread shows its end after one request.
import { describe, expect, it } from 'vitest';
import { messagePageSchema, messageSchema, type MessagePage } from '../../../src/api';
import type { Message } from '../../../src/domain';
import type { Client } from '../harness';
import { errorOf, getThread, ok, type Ctx } from './helpers';

const messagesOf = (id: number) => `/api/conversations/${id}/messages`;

async function readPage(client: Client, id: number, query: string): Promise<MessagePage> {
  return ok(await client.get(`${messagesOf(id)}?${query}`), messagePageSchema);
}

/** Every page of `query`, following `next` to the end. */
async function walk(
  client: Client,
  id: number,
  query: string,
  between?: (pageIndex: number) => Promise<void>,
): Promise<{ pages: Message[][]; all: Message[] }> {
  const pages: Message[][] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 50; i += 1) {
    const p = await readPage(client, id, `${query}${cursor ? `&cursor=${cursor}` : ''}`);
    pages.push(p.data);
    if (!p.next) return { pages, all: pages.flat() };
    cursor = p.next;
    await between?.(i);
  }
  throw new Error('too many pages');
}

const ids = (messages: readonly Message[]) => messages.map((m) => m.id);

export function threadPageTests(ctx: Ctx) {
  describe('thread pages, newest first', () => {
    /** A conversation of `n` messages (the inbound one first), a second apart. */
    async function threadOf(n: number) {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound({ body: 'message 1' });
      for (let i = 2; i <= n; i += 1) {
        ctx().advance(1000);
        await alex.send('POST', messagesOf(conversationId), { type: 'chat', body: `message ${i}` });
      }
      return { alex, conversationId, thread: await getThread(alex, conversationId) };
    }

    it('answers the newest page first, newest first, and pages back to the very first message', async () => {
      const { alex, conversationId, thread } = await threadOf(7);
      expect(thread.map((m) => m.body)).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => `message ${i}`));

      const first = await readPage(alex, conversationId, 'order=newest&limit=3');
      expect(first.data.map((m) => m.body)).toEqual(['message 7', 'message 6', 'message 5']);
      expect(first.next).not.toBeNull();

      const { pages, all } = await walk(alex, conversationId, 'order=newest&limit=3');
      expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
      expect(ids(all)).toEqual(ids(thread).reverse());
      expect(all.at(-1)?.body).toBe('message 1');
    });

    it('says there is no page after one that ends exactly at the first message', async () => {
      const { alex, conversationId, thread } = await threadOf(6);
      const { pages, all } = await walk(alex, conversationId, 'order=newest&limit=3');
      expect(pages.map((p) => p.length)).toEqual([3, 3]);
      expect(ids(all)).toEqual(ids(thread).reverse());
      const whole = await readPage(alex, conversationId, 'order=newest&limit=100');
      expect(whole.next).toBeNull();
      expect(ids(whole.data)).toEqual(ids(thread).reverse());
    });

    it('neither repeats nor skips a message when one is added between pages', async () => {
      const { alex, conversationId, thread } = await threadOf(7);
      let added: Message | undefined;
      const { all } = await walk(alex, conversationId, 'order=newest&limit=2', async (i) => {
        if (i !== 0) return;
        ctx().advance(1000);
        added = await ok(
          await alex.send('POST', messagesOf(conversationId), { type: 'note', body: 'meanwhile' }),
          messageSchema,
          201,
        );
      });
      // The walk read the thread as it was when it started: the new message is beyond its start.
      expect(ids(all)).toEqual(ids(thread).reverse());
      expect(new Set(ids(all)).size).toBe(all.length);
      // A fresh first page starts with it.
      const fresh = await readPage(alex, conversationId, 'order=newest&limit=2');
      expect(fresh.data[0]?.id).toBe(added?.id);
    });

    it('oldest first (the default) also takes a message added between pages, at the end', async () => {
      const { alex, conversationId, thread } = await threadOf(5);
      const byDefault = await readPage(alex, conversationId, 'limit=2');
      const oldest = await readPage(alex, conversationId, 'order=oldest&limit=2');
      expect(byDefault).toEqual(oldest);
      expect(ids(oldest.data)).toEqual(ids(thread).slice(0, 2));

      const { all } = await walk(alex, conversationId, 'order=oldest&limit=2', async (i) => {
        if (i !== 0) return;
        ctx().advance(1000);
        await alex.send('POST', messagesOf(conversationId), { type: 'chat', body: 'meanwhile' });
      });
      expect(all.map((m) => m.body)).toEqual([...thread.map((m) => m.body), 'meanwhile']);
      expect(new Set(ids(all)).size).toBe(all.length);
    });

    it('answers 400, saying why, for a bad order or a cursor of the other order', async () => {
      const { alex, conversationId } = await threadOf(3);
      const newest = await readPage(alex, conversationId, 'order=newest&limit=1');
      const oldest = await readPage(alex, conversationId, 'order=oldest&limit=1');
      const forged = (value: object) =>
        btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
      const cases: [query: string, message: RegExp][] = [
        ['order=sideways', /order/],
        ['order=NEWEST', /order/],
        ['order=', /order/],
        ['order=newest&cursor=zzz', /cursor/],
        [`order=newest&cursor=${oldest.next}`, /order=oldest/],
        [`order=oldest&cursor=${newest.next}`, /order=newest/],
        [`cursor=${newest.next}`, /order=newest/],
        [`order=newest&cursor=${forged({ i: 1, b: 2 })}`, /cursor/],
        [`order=newest&cursor=${forged({ b: 2 ** 31 })}`, /cursor/],
        [`order=newest&cursor=${forged({ b: -1 })}`, /cursor/],
        ['order=newest&limit=101', /limit/],
      ];
      for (const [query, message] of cases) {
        const error = await errorOf(await alex.get(`${messagesOf(conversationId)}?${query}`));
        expect({ query, ...error }).toMatchObject({
          query,
          status: 400,
          code: 'bad_request',
          message: expect.stringMatching(message),
        });
      }
    });

    it("answers 404 for another org's conversation, whatever the order", async () => {
      const { conversationId } = await threadOf(1);
      const gina = await ctx().as('gina');
      for (const query of ['order=newest', 'order=oldest']) {
        expect(
          await errorOf(await gina.get(`${messagesOf(conversationId)}?${query}`)),
        ).toMatchObject({ status: 404 });
      }
    });
  });
}
