import type { ConversationDetail } from '../../../api';
import { Button } from '../../../ui';
import type { RunAction } from '../use-pane-action';

export interface SpamButtonProps {
  conversation: ConversationDetail;
  run: RunAction;
}

/** "Mark as spam" (with Undo), or "Restore" on a conversation that is spam. */
export function SpamButton({ conversation, run }: SpamButtonProps) {
  if (conversation.status === 'spam') {
    return (
      <Button onClick={() => void run({ kind: 'restore' }, { success: 'Restored from spam' })}>
        Restore
      </Button>
    );
  }
  return (
    <Button onClick={() => void run({ kind: 'spam' }, { undoable: 'Marked as spam' })}>
      Mark as spam
    </Button>
  );
}
