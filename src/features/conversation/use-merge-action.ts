// Merging the open conversation into another: the shared optimistic mutation, then the target
// opens (the pane follows `mergedInto`), with a toast whose Undo splits them back and returns.
import { useCallback } from 'react';
import { useLocation, useSearch } from 'wouter';
import type { ConversationDetail, ConversationRow } from '../../api';
import { PAGES } from '../../domain';
import { explainFailure, useMergeConversation, useUndo } from '../../queries';
import { toast } from '../../ui';
import { fromRoot } from './page-href';

export function useMergeAction(source: ConversationDetail) {
  const { mutateAsync } = useMergeConversation();
  const { mutateAsync: sendUndo } = useUndo();
  const [, navigate] = useLocation();
  const search = useSearch();

  return useCallback(
    async (target: ConversationRow): Promise<string | null> => {
      const open = (id: number, inboxId: number) =>
        navigate(fromRoot(PAGES.conversation.path({ inboxId, conversationId: id }), search));
      try {
        const saved = await mutateAsync({ source, target });
        open(saved.id, saved.inboxId);
        const undo = saved.undo;
        toast.show({
          message: `Merged #${source.id} into #${saved.id}`,
          ...(undo
            ? {
                action: {
                  label: 'Undo',
                  onAction: () =>
                    void sendUndo({ token: undo.token, before: [source, target] })
                      .then(() => open(source.id, source.inboxId))
                      .catch((error: unknown) =>
                        toast.show({ tone: 'error', message: explainFailure(error) }),
                      ),
                },
              }
            : { tone: 'success' as const }),
        });
        return null;
      } catch (error) {
        return explainFailure(error);
      }
    },
    [mutateAsync, sendUndo, navigate, search, source],
  );
}
