import type { ConversationDetail } from '../../../api';
import { Button } from '../../../ui';
import type { RunAction } from '../use-pane-action';

export interface FollowButtonProps {
  conversation: ConversationDetail;
  meId: number | undefined;
  run: RunAction;
}

/** "Follow" or "Unfollow": followers hear of every update. The name says what a press does. */
export function FollowButton({ conversation, meId, run }: FollowButtonProps) {
  const following = meId !== undefined && conversation.followers.includes(meId);
  return (
    <Button
      size="sm"
      variant="ghost"
      disabled={meId === undefined}
      onClick={() => void run({ kind: following ? 'unfollow' : 'follow' })}
    >
      {following ? 'Unfollow' : 'Follow'}
    </Button>
  );
}
