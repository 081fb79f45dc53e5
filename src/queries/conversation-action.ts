// What an agent can do to one conversation, as plain data: the same value becomes the domain event
// for the optimistic update and the API call for the real one (and survives a reload when queued).
import type { ConversationDetail, LinkRequest } from '../api';
import type { AgentActor, ConversationEvent, Priority, SettableStatus } from '../domain';
import { api } from './api';

export type ConversationAction =
  | { kind: 'status'; status: SettableStatus }
  | { kind: 'snooze'; until: number }
  | { kind: 'unsnooze' }
  | { kind: 'spam' }
  | { kind: 'restore' }
  | { kind: 'priority'; priority: Priority }
  | { kind: 'assign'; assigneeId: number | null; assigneeName?: string | null }
  | { kind: 'team'; teamId: number | null; teamName?: string | null }
  | { kind: 'tag'; name: string; color: string }
  | { kind: 'untag'; name: string }
  | { kind: 'follow' }
  | { kind: 'unfollow' }
  | { kind: 'link'; link: LinkRequest }
  | { kind: 'sync' };

/** The domain event an action stands for, or null where the outcome is only known to the server. */
export function actionEvent(
  action: ConversationAction,
  actor: AgentActor,
): ConversationEvent | null {
  switch (action.kind) {
    case 'status':
      return { type: 'set_status', status: action.status, actor };
    case 'snooze':
      return { type: 'snooze', until: action.until, actor };
    case 'unsnooze':
      return { type: 'set_status', status: 'open', actor };
    case 'spam':
      return { type: 'mark_spam', actor };
    case 'restore':
      return { type: 'restore_spam', actor };
    case 'priority':
      return { type: 'set_priority', priority: action.priority, actor };
    case 'assign':
      return {
        type: 'assign',
        actor,
        assigneeId: action.assigneeId,
        assigneeName: action.assigneeName ?? null,
      };
    case 'team':
      return { type: 'assign', actor, teamId: action.teamId, teamName: action.teamName ?? null };
    case 'tag':
      return { type: 'add_tag', tag: { name: action.name, color: action.color }, actor };
    case 'untag':
      return { type: 'remove_tag', name: action.name, actor };
    case 'follow':
      return { type: 'follow', agentId: actor.id };
    case 'unfollow':
      return { type: 'unfollow', agentId: actor.id };
    case 'sync':
      return { type: 'sync', actor };
    case 'link':
      // A new ticket's id is the server's to give.
      return 'id' in action.link ? { type: 'add_link', link: action.link, actor } : null;
  }
}

/** Sends the action; answers the conversation as the server saved it (or null for sync). */
export function sendAction(
  id: number,
  action: ConversationAction,
  ifMatch?: number,
): Promise<ConversationDetail | null> {
  const opts = ifMatch === undefined ? {} : { ifMatch };
  switch (action.kind) {
    case 'status':
      return api.updateConversation(id, { status: action.status }, opts);
    case 'snooze':
      return api.snooze(id, action.until, opts);
    case 'unsnooze':
      return api.unsnooze(id, opts);
    case 'spam':
      return api.markSpam(id, opts);
    case 'restore':
      return api.restoreSpam(id, opts);
    case 'priority':
      return api.updateConversation(id, { priority: action.priority }, opts);
    case 'assign':
      return api.updateConversation(id, { assigneeId: action.assigneeId }, opts);
    case 'team':
      return api.updateConversation(id, { teamId: action.teamId }, opts);
    case 'tag':
      return api.addTag(id, { name: action.name, color: action.color });
    case 'untag':
      return api.removeTag(id, action.name);
    case 'follow':
      return api.follow(id);
    case 'unfollow':
      return api.unfollow(id);
    case 'link':
      return api.addLink(id, action.link);
    case 'sync':
      return api.sync(id).then(() => null);
  }
}

/** Status changes carry the version they were based on: two agents closing and reopening at once
 * must not silently overwrite each other. Tags, followers and links merge, so they do not. */
export function isVersioned(action: ConversationAction): boolean {
  return ['status', 'snooze', 'unsnooze', 'spam', 'restore', 'priority', 'assign', 'team'].includes(
    action.kind,
  );
}
