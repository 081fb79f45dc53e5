// Who wrote a message, as the thread names them.
import type { ContactRef, Directory } from '../../../api';
import type { Message } from '../../../domain';

export function authorName(
  message: Pick<Message, 'authorType' | 'authorId'>,
  contact: ContactRef,
  directory: Directory | undefined,
): string {
  switch (message.authorType) {
    case 'contact':
      return contact.name || contact.email;
    case 'agent':
      return (
        directory?.agents.find((a) => a.id === message.authorId)?.name ??
        `Agent #${message.authorId}`
      );
    case 'bot':
      return 'Bot';
    case 'system':
      return 'Parley';
  }
}
