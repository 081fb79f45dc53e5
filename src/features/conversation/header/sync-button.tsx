import { Button } from '../../../ui';
import type { RunAction } from '../use-pane-action';

export interface SyncButtonProps {
  run: RunAction;
}

/** "Sync": asks for a manual push to the org's integrations (webhooks); nothing else changes. */
export function SyncButton({ run }: SyncButtonProps) {
  return (
    <Button
      size="sm"
      variant="ghost"
      onClick={() => void run({ kind: 'sync' }, { success: 'Sync requested' })}
    >
      Sync
    </Button>
  );
}
