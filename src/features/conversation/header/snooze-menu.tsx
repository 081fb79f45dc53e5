import { useState } from 'react';
import type { ConversationDetail } from '../../../api';
import { ClockIcon, MenuButton, type MenuItem } from '../../../ui';
import type { RunAction } from '../use-pane-action';
import { CustomSnoozeDialog } from './custom-snooze-dialog';
import { SNOOZE_PRESETS, snoozeUntil, type SnoozePreset } from '../../../domain';
import { formatSnoozeTime } from './snooze-times';

export interface SnoozeMenuProps {
  conversation: ConversationDetail;
  run: RunAction;
  now: number;
}

type SnoozeChoice = SnoozePreset | 'custom' | 'unsnooze';

/** "Snooze": 1 hour, Tomorrow morning, Next week, Custom…; Undo puts it back as it was. */
export function SnoozeMenu({ conversation, run, now }: SnoozeMenuProps) {
  const [customOpen, setCustomOpen] = useState(false);

  const snooze = (until: number) =>
    run(
      { kind: 'snooze', until },
      { undoable: `Snoozed until ${formatSnoozeTime(until, Date.now())}` },
    );

  const items: MenuItem<SnoozeChoice>[] = [
    ...SNOOZE_PRESETS.map(({ id, label }) => ({
      id,
      label,
      hint: formatSnoozeTime(snoozeUntil(id, now), now),
    })),
    { kind: 'separator', id: 'custom-separator' },
    { id: 'custom', label: 'Custom…' },
  ];
  if (conversation.status === 'snoozed') items.push({ id: 'unsnooze', label: 'Unsnooze' });

  return (
    <>
      <MenuButton
        label="Snooze"
        align="end"
        icon={<ClockIcon size={14} />}
        items={items}
        onSelect={(choice) => {
          if (choice === 'custom') setCustomOpen(true);
          else if (choice === 'unsnooze') void run({ kind: 'unsnooze' });
          // The time is taken when chosen, not when the menu was drawn.
          else void snooze(snoozeUntil(choice, Date.now()));
        }}
      />
      <CustomSnoozeDialog
        open={customOpen}
        onClose={() => setCustomOpen(false)}
        onSnooze={(until) => {
          setCustomOpen(false);
          void snooze(until);
        }}
      />
    </>
  );
}
