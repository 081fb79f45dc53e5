// One-click actions on a conversation: snooze, spam, tags, followers, links, sync.
import { Hono } from 'hono';
import { addTagSchema, linkRequestSchema, snoozeSchema } from '../../api';
import { tagColor, type ConversationEvent } from '../../domain';
import type { Services } from '../deps';
import type { AppContext, AppEnv } from '../http/env';
import { parseId, parseIfMatch, readJson } from '../http/parse';
import { changeConversation, type BuildEvents } from '../service/change-conversation';
import { actorOf } from '../service/context';
import { addLink } from '../service/links';

export function conversationActionRoutes(svc: Services) {
  const change = (c: AppContext, build: BuildEvents) =>
    changeConversation(svc, c.get('caller'), parseId(c.req.param('id')), build, {
      ifMatch: parseIfMatch(c),
    });
  const actor = (c: AppContext) => actorOf(c.get('caller'));
  const one =
    (event: ConversationEvent): BuildEvents =>
    () => [event];

  return (
    new Hono<AppEnv>()
      // Before any body is read: a malformed id answers 404 whatever the body says.
      .use('/:id/*', async (c, next) => {
        parseId(c.req.param('id'));
        return next();
      })
      .post('/:id/snooze', async (c) => {
        const { until } = await readJson(c, snoozeSchema);
        return c.json(await change(c, one({ type: 'snooze', until, actor: actor(c) })));
      })
      // Unsnoozing is reopening early; a conversation that is not snoozed is left as it is.
      .delete('/:id/snooze', async (c) =>
        c.json(
          await change(c, (conv) =>
            conv.status === 'snoozed'
              ? [{ type: 'set_status', status: 'open', actor: actor(c) }]
              : [],
          ),
        ),
      )
      .post('/:id/spam', async (c) =>
        c.json(await change(c, one({ type: 'mark_spam', actor: actor(c) }))),
      )
      .delete('/:id/spam', async (c) =>
        c.json(await change(c, one({ type: 'restore_spam', actor: actor(c) }))),
      )
      .post('/:id/tags', async (c) => {
        const { name, color } = await readJson(c, addTagSchema);
        return c.json(
          await change(
            c,
            one({
              type: 'add_tag',
              tag: { name, color: color ?? tagColor(name) },
              actor: actor(c),
            }),
          ),
        );
      })
      .delete('/:id/tags/:name', async (c) =>
        c.json(
          await change(c, one({ type: 'remove_tag', name: c.req.param('name'), actor: actor(c) })),
        ),
      )
      .post('/:id/followers', async (c) =>
        c.json(await change(c, one({ type: 'follow', agentId: c.get('caller').agent.id }))),
      )
      .delete('/:id/followers/me', async (c) =>
        c.json(await change(c, one({ type: 'unfollow', agentId: c.get('caller').agent.id }))),
      )
      .post('/:id/links', async (c) => {
        const id = parseId(c.req.param('id'));
        const ifMatch = parseIfMatch(c);
        const link = await readJson(c, linkRequestSchema);
        return c.json(await addLink(svc, c.get('caller'), id, link, { ifMatch }));
      })
      // 202: the webhooks are queued in the outbox; delivery happens later, at least once.
      .post('/:id/sync', async (c) => {
        await change(c, one({ type: 'sync', actor: actor(c) }));
        return c.json({ accepted: true }, 202);
      })
  );
}
