// What an agent can do to one conversation, as plain data: the same value becomes the domain event
// for the optimistic update (through the domain's command table) and the API call for the real one
// (and survives a reload when queued).
import type { ConversationDetail } from '../api';
import type { Command, CommandName, CommandOf } from '../domain';
import { api } from './api';

export type ConversationAction = Command;

type Send<K extends CommandName> = (
  id: number,
  command: CommandOf<K>,
  opts: { ifMatch?: number },
) => Promise<ConversationDetail | null>;

/** The request for each command; a Record, so a new command without its request does not compile. */
const REQUESTS: { [K in CommandName]: Send<K> } = {
  status: (id, { status }, opts) => api.updateConversation(id, { status }, opts),
  snooze: (id, { until }, opts) => api.snooze(id, until, opts),
  unsnooze: (id, _, opts) => api.unsnooze(id, opts),
  spam: (id, _, opts) => api.markSpam(id, opts),
  restore: (id, _, opts) => api.restoreSpam(id, opts),
  priority: (id, { priority }, opts) => api.updateConversation(id, { priority }, opts),
  assign: (id, { assigneeId }, opts) => api.updateConversation(id, { assigneeId }, opts),
  team: (id, { teamId }, opts) => api.updateConversation(id, { teamId }, opts),
  tag: (id, { name, color }) => api.addTag(id, { name, color }),
  untag: (id, { name }) => api.removeTag(id, name),
  follow: (id) => api.follow(id),
  unfollow: (id) => api.unfollow(id),
  link: (id, { link }) => api.addLink(id, link),
  sync: (id) => api.sync(id).then(() => null),
};

function requestOf<K extends CommandName>(command: CommandOf<K>): Send<K> {
  return REQUESTS[command.kind];
}

/** Sends the action; answers the conversation as the server saved it (or null for sync). */
export function sendAction(
  id: number,
  action: ConversationAction,
  ifMatch?: number,
): Promise<ConversationDetail | null> {
  return requestOf(action)(id, action, ifMatch === undefined ? {} : { ifMatch });
}
