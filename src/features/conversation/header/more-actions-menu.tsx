import { useState } from 'react';
import type { ConversationDetail } from '../../../api';
import { MenuButton, type MenuItem } from '../../../ui';
import type { RunAction } from '../use-pane-action';
import { CreateTicketDialog } from './create-ticket-dialog';
import { DeleteConversationDialog } from './delete-conversation-dialog';
import { LinkConversationDialog } from './link-conversation-dialog';
import { MergeDialog } from './merge-dialog';
import { useMergeAction } from '../use-merge-action';
import { useMergeDialogStore } from '../merge-dialog-store';

export interface MoreActionsMenuProps {
  conversation: ConversationDetail;
  isAdmin: boolean;
  run: RunAction;
  onDeleted: () => void;
}

type MoreChoice = 'ticket' | 'link' | 'merge' | 'delete';

/** The less frequent actions: tickets, links and, for admins, deletion. */
export function MoreActionsMenu({ conversation, isAdmin, run, onDeleted }: MoreActionsMenuProps) {
  const [dialog, setDialog] = useState<Exclude<MoreChoice, 'merge'> | null>(null);
  const close = () => setDialog(null);
  const mergeOpen = useMergeDialogStore((s) => s.open);
  const setMergeOpen = useMergeDialogStore((s) => s.set);
  const merge = useMergeAction(conversation);

  const items: MenuItem<MoreChoice>[] = [
    { id: 'ticket', label: 'Create ticket' },
    { id: 'link', label: 'Link conversation' },
    { id: 'merge', label: 'Merge into…' },
  ];
  if (isAdmin) {
    items.push(
      { kind: 'separator', id: 'danger' },
      { id: 'delete', label: 'Delete', tone: 'danger' },
    );
  }

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
        onSelect={(choice) => (choice === 'merge' ? setMergeOpen(true) : setDialog(choice))}
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
        open={mergeOpen}
        onClose={() => setMergeOpen(false)}
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
