// What `q` looks in for one conversation of the memory Store, weighted as the SQL Store's search
// column is: the contact's name and email, the titles of its child tickets, its chats and notes.
import type { Conversation, SearchText } from '../../domain';
import type { MemoryState } from './state';

export function* searchTexts(state: MemoryState, c: Conversation): Generator<SearchText> {
  const contact = state.contacts.get(c.contactId);
  if (contact) {
    yield { text: contact.name, weight: 'contact' };
    yield { text: contact.email, weight: 'contact' };
  }
  for (const id of state.index.ticketsByConversation.get(c.id)) {
    const ticket = state.tickets.get(id);
    if (ticket) yield { text: ticket.title, weight: 'ticket' };
  }
  for (const id of state.index.messagesByConversation.get(c.id)) {
    const m = state.messages.get(id);
    if (m && m.type !== 'event') yield { text: m.body, weight: 'message' };
  }
}
