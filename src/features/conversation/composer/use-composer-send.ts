// Sending the draft of one slot: it leaves the composer at once (the thread shows it as
// "Sending…"); if the server does not take it, it comes back with the reason and its key, so
// "Retry" can never post it twice.
import { useCallback } from 'react';
import { explainFailure, useSendMessage } from '../../../queries';
import { toast } from '../../../ui';
import { draftSlot, useDraftStore, type ComposerTab } from './draft-store';

export function useComposerSend(conversationId: number): (tab: ComposerTab) => void {
  const { mutateAsync } = useSendMessage();
  return useCallback(
    (tab) => {
      const slot = draftSlot(conversationId, tab);
      const { take, restore } = useDraftStore.getState();
      const sent = take(slot);
      if (!sent) return;
      mutateAsync({
        conversationId,
        type: tab === 'reply' ? 'chat' : 'note',
        body: sent.text,
        idempotencyKey: sent.key,
      })
        .then((result) => {
          if (result.type === 'command') toast.show({ message: 'Sync requested', tone: 'success' });
        })
        .catch((error: unknown) => restore(slot, sent, explainFailure(error)));
    },
    [conversationId, mutateAsync],
  );
}
