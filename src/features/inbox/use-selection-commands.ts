// The bulk toolbar's and the keyboard's commands over the selection, or over the focused row.
import { useCallback } from 'react';
import type { BulkRequest } from '../../api';
import {
  BULK_LIMIT_MESSAGE,
  MAX_BULK,
  snoozeUntil,
  type SnoozePreset,
  type Tag,
} from '../../domain';
import { toast } from '../../ui';
import type { useInboxCommands } from './use-inbox-commands';
import type { ListSelection } from './use-list-selection';

type Commands = ReturnType<typeof useInboxCommands>;

export function useSelectionCommands(selection: ListSelection, commands: Commands) {
  const { ids, select, clear } = selection;
  const { runBulk } = commands;

  const run = useCallback(
    async (request: BulkRequest) => {
      if (request.ids.length > MAX_BULK) {
        toast.show({ message: BULK_LIMIT_MESSAGE, tone: 'error' });
        return;
      }
      const ok = await runBulk(request);
      // A failed change was rolled back; so is the selection, so the agent can try again.
      if (ok) clear();
      else select(request.ids);
    },
    [runBulk, clear, select],
  );

  const selected = useCallback(() => [...ids], [ids]);

  return {
    close: useCallback(() => run({ action: 'close', ids: selected() }), [run, selected]),
    setStatus: useCallback(
      (status: 'open' | 'pending') => run({ action: status, ids: selected() }),
      [run, selected],
    ),
    snooze: useCallback(
      (preset: SnoozePreset) =>
        run({ action: 'snooze', until: snoozeUntil(preset, Date.now()), ids: selected() }),
      [run, selected],
    ),
    spam: useCallback(() => run({ action: 'spam', ids: selected() }), [run, selected]),
    restore: useCallback(() => run({ action: 'restore', ids: selected() }), [run, selected]),
    tag: useCallback(
      (tag: Tag) => run({ action: 'tag', name: tag.name, color: tag.color, ids: selected() }),
      [run, selected],
    ),
  };
}
