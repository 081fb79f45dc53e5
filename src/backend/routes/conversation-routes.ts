// The inbox and one conversation: list, counts, read, change, delete, and its messages. A
// conversation carries a weak ETag: a sync asking with If-None-Match gets 304 until it changes.
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import {
  createMessageSchema,
  deleteQuerySchema,
  listQuerySchema,
  messagePageQuerySchema,
  patchConversationSchema,
  type ConversationPage,
  type MessagePage,
} from '../../api';
import { effectiveSort, isUndoable, resolveFilter } from '../../domain';
import { notFound } from '../app-error';
import type { Services } from '../deps';
import {
  decodeCursor,
  decodeMessageCursor,
  encodeCursor,
  encodeMessageCursor,
} from '../http/cursor';
import { latestChangeIdIfKnown } from '../http/event-stream';
import type { AppEnv } from '../http/env';
import { createPageCache, listPageKey } from '../http/page-cache';
import { parseId, parseIfMatch, readJson, readQuery } from '../http/parse';
import { changeConversation } from '../service/change-conversation';
import { deleteConversation } from '../service/delete';
import { idempotent } from '../service/idempotency';
import { listMessages, postMessage } from '../service/messages';
import { patchEvents } from '../service/patch-events';
import { counts, getConversation, listConversations, type ListParams } from '../service/read';

const JSON_TYPE = { 'Content-Type': 'application/json' };

export function conversationRoutes(svc: Services) {
  const pages = createPageCache();
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const { sort: asked, limit, cursor, ...query } = readQuery(c, listQuerySchema);
      const sort = effectiveSort(asked, query.q);
      const caller = c.get('caller');
      // `me` as an id: the page cache is the org's, and each agent's `me` is another list.
      const filter = resolveFilter(query, caller.agent.id);
      const params: ListParams = { filter, sort, limit, after: decodeCursor(cursor, sort) };
      const readPage = async () => {
        const { rows, more } = await listConversations(svc, caller, params);
        const last = rows[rows.length - 1];
        const page: ConversationPage = {
          data: rows,
          next: more && last ? encodeCursor(last, sort) : null,
        };
        return JSON.stringify(page);
      };
      // Read before the page, so the page is at least as new as what it is kept under: the
      // database's count of writes where it has one (no query), else the change feed's newest id.
      const changeId = svc.store.writeCount
        ? svc.store.writeCount()
        : await latestChangeIdIfKnown(svc, caller.orgId);
      const key = listPageKey(filter, sort, limit, cursor);
      if (changeId === null) return c.body(await readPage(), 200, JSON_TYPE);
      const { text, etag } = await pages.get(caller.orgId, key, changeId, readPage);
      return c.body(text, 200, { ...JSON_TYPE, ETag: etag });
    })
    .get('/counts', async (c) => c.json(await counts(svc, c.get('caller'))))
    .get('/:id', etag({ weak: true }), async (c) =>
      c.json(await getConversation(svc, c.get('caller'), parseId(c.req.param('id')))),
    )
    .patch('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const ifMatch = parseIfMatch(c);
      const { idempotencyKey, ...patch } = await readJson(c, patchConversationSchema);
      const caller = c.get('caller');
      const { answer, replayed } = await idempotent(
        svc,
        caller,
        idempotencyKey,
        `PATCH /api/conversations/${id}`,
        () =>
          changeConversation(svc, caller, id, (_c, tx) => patchEvents(tx, caller, patch), {
            ifMatch,
            // A status change is undoable (the status command's entry says so); the undo puts
            // back the status fields only.
            undoable:
              patch.status !== undefined && isUndoable({ kind: 'status', status: patch.status }),
          }),
      );
      if (replayed) c.header('Idempotent-Replayed', 'true');
      return c.json(answer);
    })
    .delete('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const { retain_metrics } = readQuery(c, deleteQuerySchema);
      await deleteConversation(svc, c.get('caller'), id, retain_metrics === 'true');
      return c.body(null, 204);
    })
    .get('/:id/messages', async (c) => {
      const id = parseId(c.req.param('id'));
      const q = readQuery(c, messagePageQuerySchema);
      const from = decodeMessageCursor(q.cursor, q.order);
      const page = await listMessages(
        svc,
        c.get('caller'),
        id,
        q.order === 'newest'
          ? { order: 'newest', before: from, limit: q.limit }
          : { after: from, limit: q.limit },
      );
      if (!page) throw notFound();
      const last = page.messages[page.messages.length - 1];
      const body: MessagePage = {
        data: page.messages,
        next: page.more && last ? encodeMessageCursor(last, q.order) : null,
      };
      return c.json(body);
    })
    .post('/:id/messages', async (c) => {
      const id = parseId(c.req.param('id'));
      const ifMatch = parseIfMatch(c);
      const req = await readJson(c, createMessageSchema);
      const result = await postMessage(svc, c.get('caller'), id, req, { ifMatch });
      if (result.kind === 'command') {
        // Nothing was stored as a message: 202, like POST …/sync, with the conversation.
        return c.json({ type: 'command', command: 'sync', conversation: result.conversation }, 202);
      }
      // A replay answers exactly as the first request did, flagged like Stripe's idempotent replays.
      if (result.kind === 'replayed') c.header('Idempotent-Replayed', 'true');
      return c.json(result.message, 201);
    });
}
