import { useQueryClient } from '@tanstack/react-query';
import type { ConversationDetail } from '../../../api';
import { knownTagsKey } from '../../../queries';
import { TagChip } from '../../../ui';
import type { RunAction } from '../use-pane-action';
import { AddTagPopover } from './add-tag-popover';

export interface TagListProps {
  conversation: ConversationDetail;
  run: RunAction;
}

/** The conversation's tags, each with "Remove tag <name>", then "Add tag". */
export function TagList({ conversation, run }: TagListProps) {
  const qc = useQueryClient();
  return (
    <div className="conversation-tags">
      {conversation.conversationTags.length > 0 ? (
        <ul className="conversation-tags__list" aria-label="Tags">
          {conversation.conversationTags.map((tag) => (
            <li key={tag.name}>
              <TagChip
                name={tag.name}
                color={tag.color}
                onRemove={(name) => void run({ kind: 'untag', name })}
              />
            </li>
          ))}
        </ul>
      ) : null}
      <AddTagPopover
        current={conversation.conversationTags}
        onAdd={async (tag) => {
          const error = await run({ kind: 'tag', name: tag.name, color: tag.color });
          // A new tag is now one the org has: offer it on other conversations too.
          if (error === null) void qc.invalidateQueries({ queryKey: knownTagsKey });
        }}
      />
    </div>
  );
}
