import type { ConversationDetail } from '../../../api';
import { SETTABLE_STATUSES, type SettableStatus } from '../../../domain';
import { MenuButton, StatusPill, STATUS_LABELS, type MenuItem } from '../../../ui';
import type { RunAction } from '../use-pane-action';
import { formatSnoozeTime } from './snooze-times';

export interface StatusMenuProps {
  conversation: ConversationDetail;
  run: RunAction;
  now: number;
}

/** "Status": Open, Pending, Closed. Closing offers Undo. */
export function StatusMenu({ conversation, run, now }: StatusMenuProps) {
  const items: MenuItem<SettableStatus>[] = SETTABLE_STATUSES.map((status) => ({
    kind: 'radio',
    id: status,
    label: STATUS_LABELS[status],
    checked: conversation.status === status,
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
        void run(
          { kind: 'status', status },
          status === 'closed' ? { undoable: 'Conversation closed' } : {},
        );
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
