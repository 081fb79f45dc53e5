import { useEffect } from 'react';
import type { ConversationDetail } from '../../../api';
import { MenuButton, type MenuItem } from '../../../ui';
import type { RunAction } from '../use-pane-action';
import { CreateTicketDialog } from './create-ticket-dialog';
import { DeleteConversationDialog } from './delete-conversation-dialog';
import { LinkConversationDialog } from './link-conversation-dialog';
import { MergeDialog } from './merge-dialog';
import { useMergeAction } from '../use-merge-action';
import { moreActions } from '../pane-actions';
import { usePaneDialogStore } from '../pane-dialog-store';

export interface MoreActionsMenuProps {
  conversation: ConversationDetail;
  isAdmin: boolean;
  run: RunAction;
  onDeleted: () => void;
}

/** The less frequent actions (the pane's `moreActions`): tickets, links, merge and, for admins, deletion. */
export function MoreActionsMenu({ conversation, isAdmin, run, onDeleted }: MoreActionsMenuProps) {
  const dialog = usePaneDialogStore((s) => s.dialog);
  const showDialog = usePaneDialogStore((s) => s.show);
  const close = usePaneDialogStore((s) => s.close);
  const merge = useMergeAction(conversation);
  // A dialog belongs to the conversation it was opened on.
  useEffect(() => close, [conversation.id, close]);

  const actions = moreActions(isAdmin, showDialog);
  const items: MenuItem[] = actions.flatMap((action): MenuItem[] =>
    action.tone === 'danger'
      ? [
          { kind: 'separator', id: 'danger' },
          { id: action.id, label: action.label, tone: action.tone },
        ]
      : [{ id: action.id, label: action.label }],
  );

  return (
    <>
      <MenuButton
        label="More actions"
        showLabel={false}
        size="sm"
        variant="ghost"
        align="end"
        chevron={false}
        items={items}
        onSelect={(id) => actions.find((a) => a.id === id)?.run()}
      >
        <span aria-hidden="true">•••</span>
      </MenuButton>
      <CreateTicketDialog
        open={dialog === 'ticket'}
        onClose={close}
        onCreate={(title) =>
          run(
            { kind: 'link', link: { type: 'ticket', title } },
            { quiet: true, success: 'Ticket created' },
          )
        }
      />
      <LinkConversationDialog
        open={dialog === 'link'}
        onClose={close}
        currentId={conversation.id}
        onLink={(id) =>
          run(
            { kind: 'link', link: { type: 'conversation', id } },
            { quiet: true, success: 'Conversation linked' },
          )
        }
      />
      <MergeDialog
        open={dialog === 'merge'}
        onClose={close}
        source={conversation}
        onMerge={merge}
      />
      {isAdmin ? (
        <DeleteConversationDialog
          open={dialog === 'delete'}
          conversationId={conversation.id}
          contactName={conversation.contact.name}
          onClose={close}
          onDeleted={onDeleted}
        />
      ) : null}
    </>
  );
}
