// Sending the draft of one slot: it leaves the composer at once (the thread shows it as
// "Sending…"); if the server does not take it, it comes back with the reason and its key, so
// "Retry" can never post it twice. Uploaded files go with it, and come back with it too.
import { useCallback } from 'react';
import { explainFailure, useSendMessage } from '../../../queries';
import { toast } from '../../../ui';
import { useAttachmentStore } from './attachment-store';
import { draftSlot, useDraftStore, type ComposerTab } from './draft-store';
import { newIdempotencyKey } from './idempotency-key';

/** Resolves true once the server has the message. */
export function useComposerSend(conversationId: number): (tab: ComposerTab) => Promise<boolean> {
  const { mutateAsync } = useSendMessage();
  return useCallback(
    async (tab) => {
      const slot = draftSlot(conversationId, tab);
      const { take, restore } = useDraftStore.getState();
      const attachments = useAttachmentStore.getState();
      const pending = attachments.files[slot] ?? [];
      if (pending.some((f) => f.status === 'uploading')) return false;
      const files = attachments.take(slot);
      const draft = take(slot);
      if (!draft && files.length === 0) return false;
      // Files alone make a message: it gets a key of its own.
      const sent = draft ?? { text: '', key: newIdempotencyKey() };
      try {
        const result = await mutateAsync({
          conversationId,
          type: tab === 'reply' ? 'chat' : 'note',
          body: sent.text,
          idempotencyKey: sent.key,
          attachmentIds: files.flatMap((f) => (f.id === undefined ? [] : [f.id])),
        });
        if (result.type === 'command') toast.show({ message: 'Sync requested', tone: 'success' });
        return true;
      } catch (error) {
        attachments.restore(slot, files);
        restore(slot, sent, explainFailure(error));
        return false;
      }
    },
    [conversationId, mutateAsync],
  );
}
