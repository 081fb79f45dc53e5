import { useMemo } from 'react';
import { mentionSegments, type MentionAgent } from './mention-segments';

export interface MessageBodyProps {
  body: string;
  agents: readonly MentionAgent[];
}

/** The text of a message, as text (React escapes it), with @mentions of agents highlighted. */
export function MessageBody({ body, agents }: MessageBodyProps) {
  const segments = useMemo(() => mentionSegments(body, agents), [body, agents]);
  return (
    <p className="thread-message__body">
      {segments.map((segment, i) =>
        segment.agentId === undefined ? (
          segment.text
        ) : (
          // Index keys: the segments of one body never reorder.
          <mark key={i} className="thread-mention">
            {segment.text}
          </mark>
        ),
      )}
    </p>
  );
}
