// The open conversation's actions, contributed to the one registry of actions: the palette lists
// them (status, snooze presets, assign to…, tag…, priority…, spam, follow, merge, sync) and their
// keys are bound while the pane is shown. A group key opens the palette at its actions.
import type { ConversationDetail, Directory } from '../../api';
import { PRIORITIES, SNOOZE_PRESETS, snoozeUntil, type Tag } from '../../domain';
import { openPalette, PRIORITY_LABELS, STATUS_LABELS, type Action } from '../../ui';
import type { RunAction } from './use-pane-action';

export interface PaneActionContext {
  conversation: ConversationDetail;
  directory: Directory | undefined;
  meId: number | undefined;
  knownTags: readonly Tag[];
  run: RunAction;
  openMerge: () => void;
}

const opener = (id: string, group: string, title: string, key: string, query: string): Action => ({
  id,
  group,
  title,
  key,
  run: () => openPalette(query),
});

export function paneActions(ctx: PaneActionContext): Action[] {
  const { conversation: c, run } = ctx;
  const actions: Action[] = [];
  const statusKeys = { open: 'o', pending: 'p', closed: 'e' } as const;
  if (c.status === 'spam') {
    actions.push({
      id: 'spam.restore',
      group: 'Conversation',
      title: 'Restore from spam',
      key: '!',
      run: () => void run({ kind: 'restore' }, { success: 'Restored from spam' }),
    });
  } else {
    for (const status of ['open', 'pending', 'closed'] as const) {
      if (status === c.status) continue;
      actions.push({
        id: `status.${status}`,
        group: 'Status',
        title:
          status === 'open'
            ? 'Reopen conversation'
            : status === 'closed'
              ? 'Close conversation'
              : 'Mark as pending',
        keywords: [STATUS_LABELS[status]],
        key: statusKeys[status],
        // The inbox's `e` closes the open conversation, or the selection when there is one.
        ...(status === 'closed' ? { bind: false as const } : {}),
        run: () =>
          void run(
            { kind: 'status', status },
            status === 'closed' ? { undoable: 'Conversation closed' } : {},
          ),
      });
    }
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
      for (const { id, label } of SNOOZE_PRESETS) {
        actions.push({
          id: `snooze.${id}`,
          group: 'Snooze',
          title: `Snooze ${label.toLowerCase()}`,
          key: 'z',
          bind: false,
          run: () =>
            void run(
              { kind: 'snooze', until: snoozeUntil(id, Date.now()) },
              { undoable: 'Conversation snoozed' },
            ),
        });
      }
    }
  }
  actions.push(opener('assign.menu', 'Assign', 'Assign to…', 'a', 'Assign to '));
  for (const agent of ctx.directory?.agents ?? []) {
    if (agent.id === c.assigneeId) continue;
    actions.push({
      id: `assign.${agent.id}`,
      group: 'Assign',
      title: `Assign to ${agent.name}`,
      keywords: agent.id === ctx.meId ? ['me', 'myself'] : [],
      key: 'a',
      bind: false,
      run: () => void run({ kind: 'assign', assigneeId: agent.id, assigneeName: agent.name }),
    });
  }
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
  for (const priority of PRIORITIES) {
    if (priority === c.priority) continue;
    actions.push({
      id: `priority.${priority}`,
      group: 'Priority',
      title: priority === 'none' ? 'No priority' : `Priority ${PRIORITY_LABELS[priority]}`,
      key: 'i',
      bind: false,
      run: () => void run({ kind: 'priority', priority }),
    });
  }
  const following = ctx.meId !== undefined && c.followers.includes(ctx.meId);
  actions.push({
    id: 'follow',
    group: 'Conversation',
    title: following ? 'Unfollow' : 'Follow',
    key: 'f',
    run: () => void run({ kind: following ? 'unfollow' : 'follow' }),
  });
  actions.push({
    id: 'merge',
    group: 'Conversation',
    title: 'Merge into…',
    keywords: ['combine', 'duplicate'],
    key: 'm',
    run: ctx.openMerge,
  });
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
