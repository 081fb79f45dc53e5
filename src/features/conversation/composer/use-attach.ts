// Attaching files to the composer's message: each uploads at once; one over 10 MB is refused
// here, before any byte leaves, and the chip says so.
import { useCallback } from 'react';
import { ApiError } from '../../../api';
import { ATTACHMENT_MAX_BYTES } from '../../../domain';
import { explainFailure, uploadAttachment } from '../../../queries';
import { useAttachmentStore } from './attachment-store';

let seq = 0;
/** The Files of failed uploads, for Retry. */
const originals = new Map<string, File>();

export function useAttach(conversationId: number, slot: string) {
  const upload = useCallback(
    (key: string, file: File) => {
      const { update } = useAttachmentStore.getState();
      update(slot, key, { status: 'uploading', error: undefined });
      uploadAttachment(conversationId, file).then(
        (saved) => {
          originals.delete(key);
          update(slot, key, { status: 'ready', id: saved.id });
        },
        (error: unknown) => {
          const tooLarge = error instanceof ApiError && error.status === 413;
          update(slot, key, {
            status: tooLarge ? 'too-large' : 'failed',
            error: explainFailure(error),
          });
        },
      );
    },
    [conversationId, slot],
  );

  const attach = useCallback(
    (files: readonly File[]) => {
      const { add } = useAttachmentStore.getState();
      for (const file of files) {
        seq += 1;
        const key = `file-${seq}`;
        const tooLarge = file.size > ATTACHMENT_MAX_BYTES;
        add(slot, {
          key,
          name: file.name || 'pasted image',
          size: file.size,
          contentType: file.type,
          status: tooLarge ? 'too-large' : 'uploading',
        });
        if (tooLarge) continue;
        originals.set(key, file);
        upload(key, file);
      }
    },
    [slot, upload],
  );

  const retry = useCallback(
    (key: string) => {
      const file = originals.get(key);
      if (file) upload(key, file);
    },
    [upload],
  );

  return { attach, retry };
}
