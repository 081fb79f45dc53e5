import type { Message } from '../../../domain';
import { MessageTime } from './message-time';

export interface EventRowProps {
  message: Message;
}

/** A status change or other action, as one quiet line: "Sam closed the conversation · 10:32". */
export function EventRow({ message }: EventRowProps) {
  return (
    <p className="thread-event">
      <span className="thread-event__text">{message.body}</span>
      <span aria-hidden="true"> · </span>
      <MessageTime timestamp={message.createdAt} />
    </p>
  );
}
