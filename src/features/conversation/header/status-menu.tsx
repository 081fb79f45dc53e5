import type { ConversationDetail } from '../../../api';
import type { SettableStatus } from '../../../domain';
import { MenuButton, StatusPill, STATUS_LABELS, type MenuItem } from '../../../ui';
import { statusActions } from '../pane-actions';
import type { RunAction } from '../use-pane-action';
import { formatSnoozeTime } from './snooze-times';

export interface StatusMenuProps {
  conversation: ConversationDetail;
  run: RunAction;
  now: number;
}

/** "Status": Open, Pending, Closed, the pane's status actions. Closing offers Undo. */
export function StatusMenu({ conversation, run, now }: StatusMenuProps) {
  const actions = statusActions(run);
  const items: MenuItem<SettableStatus>[] = actions.map((action) => ({
    kind: 'radio',
    id: action.status,
    label: action.label,
    checked: conversation.status === action.status,
  }));
  const snoozedUntil = conversation.status === 'snoozed' ? conversation.snoozedUntil : null;
  const shown =
    snoozedUntil !== null
      ? `Snoozed until ${formatSnoozeTime(snoozedUntil, now)}`
      : STATUS_LABELS[conversation.status];

  return (
    <MenuButton
      label="Status"
      className="conversation-status-menu"
      items={items}
      onSelect={(status) => {
        if (status === conversation.status) return;
        actions.find((a) => a.status === status)?.run();
      }}
    >
      <StatusPill status={conversation.status} plain>
        {/* Cut short on screen (see header.css), whole in the title and the button's name. */}
        <span className="conversation-status-menu__value" title={shown}>
          {shown}
        </span>
      </StatusPill>
    </MenuButton>
  );
}
