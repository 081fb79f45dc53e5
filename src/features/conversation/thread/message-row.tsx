import type { Message } from '../../../domain';
import { Avatar, cx } from '../../../ui';
import { MessageAttachments } from './message-attachments';
import { MessageBody } from './message-body';
import type { MentionAgent } from './mention-segments';
import { MessageTime } from './message-time';

export interface MessageRowProps {
  message: Pick<Message, 'type' | 'authorType' | 'body' | 'createdAt' | 'attachments'>;
  author: string;
  agents: readonly MentionAgent[];
  /** Still on its way to the server. */
  sending?: boolean;
}

/** A chat or email message, or an internal note (set apart and labelled as such). */
export function MessageRow({ message, author, agents, sending = false }: MessageRowProps) {
  const isNote = message.type === 'note';
  const fromTeam = message.authorType === 'agent' || message.authorType === 'bot';
  return (
    <article
      className={cx(
        'thread-message',
        isNote && 'thread-message--note',
        !isNote && fromTeam && 'thread-message--team',
        sending && 'thread-message--sending',
      )}
      aria-label={isNote ? `Internal note from ${author}` : `Message from ${author}`}
      aria-busy={sending || undefined}
    >
      <Avatar name={author} size="sm" className="thread-message__avatar" />
      <div className="thread-message__content">
        <header className="thread-message__header">
          <span className="thread-message__author">{author}</span>
          {message.authorType === 'bot' ? <span className="thread-message__badge">Bot</span> : null}
          {isNote ? (
            <span className="thread-message__badge thread-message__badge--note">Internal note</span>
          ) : null}
          {sending ? (
            <span className="thread-message__status">Sending…</span>
          ) : (
            <MessageTime timestamp={message.createdAt} className="thread-message__time" />
          )}
        </header>
        {message.body ? <MessageBody body={message.body} agents={agents} /> : null}
        {message.attachments?.length ? (
          <MessageAttachments attachments={message.attachments} />
        ) : null}
      </div>
    </article>
  );
}
