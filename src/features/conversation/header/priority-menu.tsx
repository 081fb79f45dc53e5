import type { ConversationDetail } from '../../../api';
import { PRIORITIES, type Priority } from '../../../domain';
import { MenuButton, PRIORITY_LABELS, PriorityIcon, type MenuItem } from '../../../ui';
import type { RunAction } from '../use-pane-action';

export interface PriorityMenuProps {
  conversation: ConversationDetail;
  run: RunAction;
}

/** "Priority": none, low, medium, high, urgent. */
export function PriorityMenu({ conversation, run }: PriorityMenuProps) {
  const items: MenuItem<Priority>[] = PRIORITIES.map((priority) => ({
    kind: 'radio',
    id: priority,
    label: PRIORITY_LABELS[priority],
    icon: <PriorityIcon priority={priority} decorative />,
    checked: conversation.priority === priority,
  }));
  return (
    <MenuButton
      label="Priority"
      size="sm"
      variant="ghost"
      items={items}
      icon={<PriorityIcon priority={conversation.priority} decorative />}
      onSelect={(priority) => {
        if (priority !== conversation.priority) void run({ kind: 'priority', priority });
      }}
    >
      {PRIORITY_LABELS[conversation.priority]}
    </MenuButton>
  );
}
