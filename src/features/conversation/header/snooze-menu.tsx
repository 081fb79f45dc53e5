import type { ConversationDetail } from '../../../api';
import { ClockIcon, MenuButton, type MenuItem } from '../../../ui';
import { snoozeActions, type PaneAction } from '../pane-actions';
import { usePaneDialogStore } from '../pane-dialog-store';
import type { RunAction } from '../use-pane-action';
import { CustomSnoozeDialog } from './custom-snooze-dialog';
import { formatSnoozeTime } from './snooze-times';

export interface SnoozeMenuProps {
  conversation: ConversationDetail;
  run: RunAction;
  now: number;
}

/**
 * "Snooze": 1 hour, Tomorrow morning, Next week, Custom… (the pane's snooze actions); Undo puts it
 * back as it was.
 */
export function SnoozeMenu({ conversation, run, now }: SnoozeMenuProps) {
  const dialog = usePaneDialogStore((s) => s.dialog);
  const showDialog = usePaneDialogStore((s) => s.show);
  const closeDialog = usePaneDialogStore((s) => s.close);
  const actions = snoozeActions(conversation, run, showDialog);

  const line: MenuItem = { kind: 'separator', id: 'custom-separator' };
  const item = (action: PaneAction): MenuItem => ({
    id: action.id,
    label: action.label,
    hint: action.until ? formatSnoozeTime(action.until(now), now) : undefined,
  });
  // The presets, a line, then Custom… and Unsnooze.
  const items: MenuItem[] = [
    ...actions.filter((a) => a.until).map(item),
    line,
    ...actions.filter((a) => !a.until).map(item),
  ];

  return (
    <>
      <MenuButton
        label="Snooze"
        align="end"
        icon={<ClockIcon size={14} />}
        items={items}
        // The time is taken when chosen, not when the menu was drawn.
        onSelect={(id) => actions.find((a) => a.id === id)?.run()}
      />
      <CustomSnoozeDialog
        open={dialog === 'snooze'}
        onClose={closeDialog}
        onSnooze={(until) => {
          closeDialog();
          void run(
            { kind: 'snooze', until },
            { undoable: `Snoozed until ${formatSnoozeTime(until, Date.now())}` },
          );
        }}
      />
    </>
  );
}
