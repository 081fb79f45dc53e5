// The open conversation's actions, contributed to the one registry of actions: the palette lists
// them (status, snooze presets, assign to…, tag…, priority…, spam, follow, merge, sync) and their
// keys are bound while the pane is shown. A group key opens the palette at its actions. The
// header's Status, Snooze, Priority and More actions menus list the same declarations
// (`statusActions`, `snoozeActions`, `priorityActions`, `moreActions`), so each of those actions
// is declared once.
import type { ConversationDetail, Directory } from '../../api';
import {
  PRIORITIES,
  SETTABLE_STATUSES,
  SNOOZE_PRESETS,
  snoozeUntil,
  type Priority,
  type SettableStatus,
  type Tag,
} from '../../domain';
import { openPalette, PRIORITY_LABELS, STATUS_LABELS, type Action } from '../../ui';
import { formatSnoozeTime } from './header/snooze-times';
import type { PaneDialog } from './pane-dialog-store';
import type { RunAction } from './use-pane-action';

export interface PaneActionContext {
  conversation: ConversationDetail;
  directory: Directory | undefined;
  meId: number | undefined;
  isAdmin: boolean;
  knownTags: readonly Tag[];
  run: RunAction;
  openDialog: (dialog: PaneDialog) => void;
}

/** An action the header's menus list too: `label` is its short name there. */
export interface PaneAction extends Action {
  label: string;
  /** A snooze preset's time, from the moment it is shown or chosen. */
  until?: (now: number) => number;
  tone?: 'danger';
}

const opener = (id: string, group: string, title: string, key: string, query: string): Action => ({
  id,
  group,
  title,
  key,
  run: () => openPalette(query),
});

const STATUS_TITLES: Record<SettableStatus, string> = {
  open: 'Reopen conversation',
  pending: 'Mark as pending',
  closed: 'Close conversation',
};
const STATUS_KEYS: Record<SettableStatus, string> = { open: 'o', pending: 'p', closed: 'e' };

/** Setting the status: the Status menu lists every one, the palette those that change it. */
export function statusActions(run: RunAction): (PaneAction & { status: SettableStatus })[] {
  return SETTABLE_STATUSES.map((status) => ({
    id: `status.${status}`,
    group: 'Status',
    title: STATUS_TITLES[status],
    label: STATUS_LABELS[status],
    status,
    keywords: [STATUS_LABELS[status]],
    key: STATUS_KEYS[status],
    // The inbox's `e` closes the open conversation, or the selection when there is one.
    ...(status === 'closed' ? { bind: false as const } : {}),
    run: () =>
      void run(
        { kind: 'status', status },
        status === 'closed' ? { undoable: 'Conversation closed' } : {},
      ),
  }));
}

/**
 * Assigning to an agent or a team: the Assignee menu lists every one, the palette those that
 * change it (an agent's and a team's are separate fields).
 */
export function assignActions(
  directory: Directory | undefined,
  meId: number | undefined,
  run: RunAction,
): {
  agents: (PaneAction & { agentId: number })[];
  teams: (PaneAction & { teamId: number })[];
} {
  const agents = (directory?.agents ?? []).map((agent) => ({
    id: `assign.${agent.id}`,
    group: 'Assign',
    title: `Assign to ${agent.name}`,
    label: agent.name,
    agentId: agent.id,
    keywords: agent.id === meId ? ['me', 'myself'] : [],
    key: 'a',
    bind: false as const,
    run: () => void run({ kind: 'assign', assigneeId: agent.id, assigneeName: agent.name }),
  }));
  const teams = (directory?.teams ?? []).map((team) => ({
    id: `team.${team.id}`,
    group: 'Assign',
    title: `Assign to team ${team.name}`,
    label: team.name,
    teamId: team.id,
    keywords: ['team'],
    key: 'a',
    bind: false as const,
    run: () => void run({ kind: 'team', teamId: team.id, teamName: team.name }),
  }));
  return { agents, teams };
}

/** Setting the priority: the Priority menu lists every one, the palette those that change it. */
export function priorityActions(run: RunAction): (PaneAction & { priority: Priority })[] {
  return PRIORITIES.map((priority) => ({
    id: `priority.${priority}`,
    group: 'Priority',
    title: priority === 'none' ? 'No priority' : `Priority ${PRIORITY_LABELS[priority]}`,
    label: PRIORITY_LABELS[priority],
    priority,
    key: 'i',
    bind: false,
    run: () => void run({ kind: 'priority', priority }),
  }));
}

/** The snooze presets (timed when chosen, with Undo), Custom…, and Unsnooze when it is snoozed. */
export function snoozeActions(
  conversation: ConversationDetail,
  run: RunAction,
  openDialog: (dialog: PaneDialog) => void,
): PaneAction[] {
  const actions: PaneAction[] = SNOOZE_PRESETS.map(({ id, label }) => ({
    id: `snooze.${id}`,
    group: 'Snooze',
    title: `Snooze ${label.toLowerCase()}`,
    label,
    until: (now: number) => snoozeUntil(id, now),
    key: 'z',
    bind: false as const,
    run: () => {
      const until = snoozeUntil(id, Date.now());
      void run(
        { kind: 'snooze', until },
        { undoable: `Snoozed until ${formatSnoozeTime(until, Date.now())}` },
      );
    },
  }));
  actions.push({
    id: 'snooze.custom',
    group: 'Snooze',
    title: 'Snooze until…',
    label: 'Custom…',
    keywords: ['custom'],
    key: 'z',
    bind: false,
    run: () => openDialog('snooze'),
  });
  if (conversation.status === 'snoozed') {
    actions.push({
      id: 'snooze.clear',
      group: 'Snooze',
      title: 'Unsnooze',
      label: 'Unsnooze',
      key: 'z',
      bind: false,
      run: () => void run({ kind: 'unsnooze' }),
    });
  }
  return actions;
}

/** The less frequent actions: tickets, links, merge and, for admins, deletion. */
export function moreActions(
  isAdmin: boolean,
  openDialog: (dialog: PaneDialog) => void,
): PaneAction[] {
  const actions: PaneAction[] = [
    {
      id: 'ticket',
      group: 'Conversation',
      title: 'Create ticket',
      label: 'Create ticket',
      run: () => openDialog('ticket'),
    },
    {
      id: 'link',
      group: 'Conversation',
      title: 'Link conversation',
      label: 'Link conversation',
      run: () => openDialog('link'),
    },
    {
      id: 'merge',
      group: 'Conversation',
      title: 'Merge into…',
      label: 'Merge into…',
      keywords: ['combine', 'duplicate'],
      key: 'm',
      run: () => openDialog('merge'),
    },
  ];
  if (isAdmin) {
    actions.push({
      id: 'delete',
      group: 'Conversation',
      title: 'Delete conversation',
      label: 'Delete',
      tone: 'danger',
      run: () => openDialog('delete'),
    });
  }
  return actions;
}

export function paneActions(ctx: PaneActionContext): Action[] {
  const { conversation: c, run } = ctx;
  const actions: Action[] = [];
  if (c.status === 'spam') {
    actions.push({
      id: 'spam.restore',
      group: 'Conversation',
      title: 'Restore from spam',
      key: '!',
      run: () => void run({ kind: 'restore' }, { success: 'Restored from spam' }),
    });
  } else {
    actions.push(...statusActions(run).filter((a) => a.status !== c.status));
    actions.push({
      id: 'spam.mark',
      group: 'Conversation',
      title: 'Mark as spam',
      keywords: ['spam', 'junk'],
      key: '!',
      run: () => void run({ kind: 'spam' }, { undoable: 'Marked as spam' }),
    });
    if (c.status !== 'closed' && c.status !== 'bulk_sent') {
      actions.push(opener('snooze.menu', 'Snooze', 'Snooze…', 'z', 'Snooze '));
      actions.push(...snoozeActions(c, run, ctx.openDialog));
    }
  }
  actions.push(opener('assign.menu', 'Assign', 'Assign to…', 'a', 'Assign to '));
  const assign = assignActions(ctx.directory, ctx.meId, run);
  actions.push(...assign.agents.filter((a) => a.agentId !== c.assigneeId));
  actions.push(...assign.teams.filter((t) => t.teamId !== c.teamId));
  if (c.assigneeId !== null) {
    actions.push({
      id: 'assign.none',
      group: 'Assign',
      title: 'Unassign',
      key: 'a',
      bind: false,
      run: () => void run({ kind: 'assign', assigneeId: null }),
    });
  }
  actions.push(opener('tag.menu', 'Tag', 'Tag…', 't', 'Tag '));
  const onIt = new Set(c.conversationTags.map((t) => t.name.toLowerCase()));
  for (const tag of ctx.knownTags) {
    if (onIt.has(tag.name.toLowerCase())) continue;
    actions.push({
      id: `tag.add.${tag.name}`,
      group: 'Tag',
      title: `Tag ${tag.name}`,
      key: 't',
      bind: false,
      run: () => void run({ kind: 'tag', name: tag.name, color: tag.color }),
    });
  }
  for (const tag of c.conversationTags) {
    actions.push({
      id: `tag.remove.${tag.name}`,
      group: 'Tag',
      title: `Remove tag ${tag.name}`,
      key: 't',
      bind: false,
      run: () => void run({ kind: 'untag', name: tag.name }),
    });
  }
  actions.push(opener('priority.menu', 'Priority', 'Priority…', 'i', 'Priority '));
  actions.push(...priorityActions(run).filter((a) => a.priority !== c.priority));
  const following = ctx.meId !== undefined && c.followers.includes(ctx.meId);
  actions.push({
    id: 'follow',
    group: 'Conversation',
    title: following ? 'Unfollow' : 'Follow',
    key: 'f',
    run: () => void run({ kind: following ? 'unfollow' : 'follow' }),
  });
  actions.push(...moreActions(ctx.isAdmin, ctx.openDialog));
  actions.push({
    id: 'sync',
    group: 'Conversation',
    title: 'Sync',
    keywords: ['push'],
    key: 'y',
    run: () => void run({ kind: 'sync' }, { success: 'Sync requested' }),
  });
  return actions;
}
