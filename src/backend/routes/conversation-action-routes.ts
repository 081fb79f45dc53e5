// One-click actions on a conversation: snooze, spam, tags, followers, links, sync. Each route reads
// its command from the request; the command's event comes from the domain's table.
import { Hono } from 'hono';
import { addTagSchema, linkRequestSchema, mergeRequestSchema, snoozeSchema } from '../../api';
import { commandEvent, isUndoable, type Command } from '../../domain';
import type { Services } from '../deps';
import type { AppContext, AppEnv } from '../http/env';
import { parseId, parseIfMatch, readJson } from '../http/parse';
import { changeConversation, type BuildEvents } from '../service/change-conversation';
import { actorOf } from '../service/context';
import { addLink } from '../service/links';
import { mergeConversation } from '../service/merge';

export function conversationActionRoutes(svc: Services) {
  /** Applies the command as one change, based on the request's If-Match. */
  const run = (c: AppContext, command: Command) => {
    const event = commandEvent(command, actorOf(c.get('caller')));
    const build: BuildEvents = () => (event ? [event] : []);
    return changeConversation(svc, c.get('caller'), parseId(c.req.param('id')), build, {
      ifMatch: parseIfMatch(c),
      undoable: isUndoable(command),
    });
  };

  return (
    new Hono<AppEnv>()
      // Before any body is read: a malformed id answers 404 whatever the body says.
      .use('/:id/*', async (c, next) => {
        parseId(c.req.param('id'));
        return next();
      })
      .post('/:id/snooze', async (c) => {
        const { until } = await readJson(c, snoozeSchema);
        return c.json(await run(c, { kind: 'snooze', until }));
      })
      .delete('/:id/snooze', async (c) => c.json(await run(c, { kind: 'unsnooze' })))
      .post('/:id/merge', async (c) => {
        const id = parseId(c.req.param('id'));
        const { intoId } = await readJson(c, mergeRequestSchema);
        return c.json(await mergeConversation(svc, c.get('caller'), id, intoId));
      })
      .post('/:id/spam', async (c) => c.json(await run(c, { kind: 'spam' })))
      .delete('/:id/spam', async (c) => c.json(await run(c, { kind: 'restore' })))
      .post('/:id/tags', async (c) => {
        const { name, color } = await readJson(c, addTagSchema);
        return c.json(await run(c, { kind: 'tag', name, color }));
      })
      .delete('/:id/tags/:name', async (c) =>
        c.json(await run(c, { kind: 'untag', name: c.req.param('name') })),
      )
      .post('/:id/followers', async (c) => c.json(await run(c, { kind: 'follow' })))
      .delete('/:id/followers/me', async (c) => c.json(await run(c, { kind: 'unfollow' })))
      // A link names something the service looks up (or a ticket it creates) before the event.
      .post('/:id/links', async (c) => {
        const id = parseId(c.req.param('id'));
        const ifMatch = parseIfMatch(c);
        const link = await readJson(c, linkRequestSchema);
        return c.json(await addLink(svc, c.get('caller'), id, link, { ifMatch }));
      })
      // 202: the webhooks are queued in the outbox; delivery happens later, at least once.
      .post('/:id/sync', async (c) => {
        await run(c, { kind: 'sync' });
        return c.json({ accepted: true }, 202);
      })
  );
}
