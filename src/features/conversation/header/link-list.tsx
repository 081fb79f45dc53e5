import { Link as RouterLink, useSearch } from 'wouter';
import type { ConversationDetail } from '../../../api';
import { PAGES } from '../../../domain';
import { fromRoot } from '../page-href';

export interface LinkListProps {
  conversation: ConversationDetail;
}

/** Tickets and linked conversations; a linked conversation opens here, keeping view and sort. */
export function LinkList({ conversation }: LinkListProps) {
  const search = useSearch();
  if (conversation.links.length === 0) return null;
  return (
    <ul className="conversation-links" aria-label="Links">
      {conversation.links.map((link) => (
        <li key={`${link.type}-${link.id}`} className="conversation-links__item">
          {link.type === 'conversation' ? (
            <RouterLink
              href={fromRoot(
                PAGES.conversation.path({
                  inboxId: conversation.inboxId,
                  conversationId: link.id,
                }),
                search,
              )}
              className="conversation-links__chip"
            >
              Conversation #{link.id}
            </RouterLink>
          ) : (
            <span className="conversation-links__chip">Ticket #{link.id}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
