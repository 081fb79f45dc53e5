import type { ConversationDetail } from '../../../api';
import type { Priority } from '../../../domain';
import { MenuButton, PRIORITY_LABELS, PriorityIcon, type MenuItem } from '../../../ui';
import { priorityActions } from '../pane-actions';
import type { RunAction } from '../use-pane-action';

export interface PriorityMenuProps {
  conversation: ConversationDetail;
  run: RunAction;
}

/** "Priority": none, low, medium, high, urgent: the pane's priority actions. */
export function PriorityMenu({ conversation, run }: PriorityMenuProps) {
  const actions = priorityActions(run);
  const items: MenuItem<Priority>[] = actions.map((action) => ({
    kind: 'radio',
    id: action.priority,
    label: action.label,
    icon: <PriorityIcon priority={action.priority} decorative />,
    checked: conversation.priority === action.priority,
  }));
  return (
    <MenuButton
      label="Priority"
      size="sm"
      variant="ghost"
      items={items}
      icon={<PriorityIcon priority={conversation.priority} decorative />}
      onSelect={(priority) => {
        if (priority !== conversation.priority) actions.find((a) => a.priority === priority)?.run();
      }}
    >
      {PRIORITY_LABELS[conversation.priority]}
    </MenuButton>
  );
}
