// Every command an agent can give one conversation, as one entry each: the domain event it stands
// for and how the client and the server treat it. The optimistic update, the bulk request, undo
// and the backend's routes all read this table, so a new command is one entry here plus its case
// in the reducer (and the compiler then points at the client's request for it).
import type { AgentActor, ConversationEvent } from './events';
import { tagColor } from './tag-colors';
import type { ConversationStatus, Priority, SettableStatus } from './types';

/** A link to make: to something that exists, or (`title`) to a ticket the server creates. */
export type LinkParams =
  | { type: 'conversation'; id: number }
  | { type: 'ticket'; id: number }
  | { type: 'ticket'; title: string };

/** The parameters of each command, by name. */
export interface CommandParams {
  status: { status: SettableStatus };
  snooze: { until: number };
  unsnooze: object;
  spam: object;
  restore: object;
  priority: { priority: Priority };
  assign: { assigneeId: number | null; assigneeName?: string | null };
  team: { teamId: number | null; teamName?: string | null };
  /** Without a colour, the tag gets the one its name picks (`tagColor`). */
  tag: { name: string; color?: string | undefined };
  untag: { name: string };
  follow: object;
  unfollow: object;
  link: { link: LinkParams };
  sync: object;
}

export type CommandName = keyof CommandParams;
export type CommandOf<K extends CommandName> = { kind: K } & CommandParams[K];
/** A command as plain data: it is saved as JSON while it waits offline, so it holds no functions. */
export type Command = { [K in CommandName]: CommandOf<K> }[CommandName];

/** The bulk request's change (SPEC section 2), without its ids. */
export type BulkChange =
  | { action: 'close' | 'open' | 'pending' | 'spam' | 'restore' }
  | { action: 'snooze'; until: number }
  | { action: 'tag'; name: string; color?: string | undefined };
export type BulkName = BulkChange['action'];
type BulkOf<N extends BulkName> = Extract<BulkChange, { action: N }>;

export interface CommandSpec<K extends CommandName> {
  /** The domain event, or null where only the server can know it (a new ticket's id). */
  event(command: CommandOf<K>, actor: AgentActor): ConversationEvent | null;
  /** Carries the version it was based on (If-Match): two agents closing and reopening at once
   * must not silently overwrite each other. Tags, followers and links merge, so they do not. */
  versioned: boolean;
  /** Sending it twice is harmless (the same status or tag twice is no change), so a request that
   * got no answer may be retried, and survive a reload while on its way. */
  replaySafe: boolean;
  /** It moves the status, so Undo can put the status back (with one of these). */
  undoable: boolean;
  /** The status every conversation has after it, where that is one status whatever it was
   * before (restore returns each to its own; tags change none). */
  statusAfter?: (command: CommandOf<K>) => ConversationStatus;
  /** The bulk names it answers to, each with the command a bulk request of that name stands for;
   * and back, the bulk change that gives the command to many conversations. */
  bulk?: {
    from: { [N in BulkName]?: (change: BulkOf<N>) => CommandOf<K> };
    to(command: CommandOf<K>): BulkChange;
  };
}

const statusCommand = (status: SettableStatus) => () => ({ kind: 'status' as const, status });

export const COMMANDS: { [K in CommandName]: CommandSpec<K> } = {
  status: {
    event: ({ status }, actor) => ({ type: 'set_status', status, actor }),
    versioned: true,
    replaySafe: true,
    undoable: true,
    statusAfter: ({ status }) => status,
    bulk: {
      from: {
        close: statusCommand('closed'),
        open: statusCommand('open'),
        pending: statusCommand('pending'),
      },
      to: ({ status }) => ({ action: status === 'closed' ? 'close' : status }),
    },
  },
  snooze: {
    event: ({ until }, actor) => ({ type: 'snooze', until, actor }),
    versioned: true,
    replaySafe: true,
    undoable: true,
    statusAfter: () => 'snoozed',
    bulk: {
      from: { snooze: ({ until }) => ({ kind: 'snooze', until }) },
      to: ({ until }) => ({ action: 'snooze', until }),
    },
  },
  unsnooze: {
    event: (_, actor) => ({ type: 'unsnooze', actor }),
    versioned: true,
    replaySafe: true,
    undoable: false,
  },
  spam: {
    event: (_, actor) => ({ type: 'mark_spam', actor }),
    versioned: true,
    replaySafe: false,
    undoable: true,
    statusAfter: () => 'spam',
    bulk: { from: { spam: () => ({ kind: 'spam' }) }, to: () => ({ action: 'spam' }) },
  },
  restore: {
    event: (_, actor) => ({ type: 'restore_spam', actor }),
    versioned: true,
    replaySafe: false,
    undoable: true,
    bulk: { from: { restore: () => ({ kind: 'restore' }) }, to: () => ({ action: 'restore' }) },
  },
  priority: {
    event: ({ priority }, actor) => ({ type: 'set_priority', priority, actor }),
    versioned: true,
    replaySafe: true,
    undoable: false,
  },
  assign: {
    event: ({ assigneeId, assigneeName }, actor) => ({
      type: 'assign',
      actor,
      assigneeId,
      assigneeName: assigneeName ?? null,
    }),
    versioned: true,
    replaySafe: true,
    undoable: false,
  },
  team: {
    event: ({ teamId, teamName }, actor) => ({
      type: 'assign',
      actor,
      teamId,
      teamName: teamName ?? null,
    }),
    versioned: true,
    replaySafe: true,
    undoable: false,
  },
  tag: {
    event: ({ name, color }, actor) => ({
      type: 'add_tag',
      tag: { name, color: color ?? tagColor(name) },
      actor,
    }),
    versioned: false,
    replaySafe: true,
    undoable: false,
    bulk: {
      from: { tag: ({ name, color }) => ({ kind: 'tag', name, color }) },
      to: ({ name, color }) => ({ action: 'tag', name, color }),
    },
  },
  untag: {
    event: ({ name }, actor) => ({ type: 'remove_tag', name, actor }),
    versioned: false,
    replaySafe: true,
    undoable: false,
  },
  follow: {
    event: (_, actor) => ({ type: 'follow', agentId: actor.id }),
    versioned: false,
    replaySafe: true,
    undoable: false,
  },
  unfollow: {
    event: (_, actor) => ({ type: 'unfollow', agentId: actor.id }),
    versioned: false,
    replaySafe: true,
    undoable: false,
  },
  link: {
    event: ({ link }, actor) => ('id' in link ? { type: 'add_link', link, actor } : null),
    versioned: false,
    replaySafe: false,
    undoable: false,
  },
  sync: {
    event: (_, actor) => ({ type: 'sync', actor }),
    versioned: false,
    replaySafe: false,
    undoable: false,
  },
};
