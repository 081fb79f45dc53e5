// Links to another conversation (which becomes its side conversation: see side-conversations.ts)
// or a ticket; `{ type: 'ticket', title }` creates the ticket as a
// child of this conversation (deleted with it) and links it.
import type { ConversationDetail, LinkRequest } from '../../api';
import { commandEvent, type LinkParams } from '../../domain';
import { rejected } from '../app-error';
import type { Services } from '../deps';
import { actorOf, type Caller } from './context';
import { changeConversation } from './change-conversation';
import { refuseLinking } from './side-conversations';

export function addLink(
  svc: Services,
  caller: Caller,
  id: number,
  req: LinkRequest,
  opts: { ifMatch?: number | undefined } = {},
): Promise<ConversationDetail> {
  return changeConversation(
    svc,
    caller,
    id,
    async (c, tx, _settings, now) => {
      let link: Exclude<LinkParams, { title: string }>;
      if ('title' in req) {
        const ticket = await tx.insertTicket({
          orgId: caller.orgId,
          conversationId: c.id,
          title: req.title.trim(),
          createdAt: now,
        });
        link = { type: 'ticket', id: ticket.id };
      } else if (req.type === 'ticket') {
        if (!(await tx.getTicket(caller.orgId, req.id)))
          throw rejected(`There is no ticket #${req.id}.`);
        link = { type: 'ticket', id: req.id };
      } else {
        if (!(await tx.getConversation(caller.orgId, req.id)))
          throw rejected(`There is no conversation #${req.id}.`);
        await refuseLinking(tx, c, req.id);
        link = { type: 'conversation', id: req.id };
      }
      const event = commandEvent({ kind: 'link', link }, actorOf(caller));
      return event ? [event] : [];
    },
    opts,
  );
}
