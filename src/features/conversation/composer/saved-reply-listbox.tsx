import type { SavedReplyDto } from '../../../api';
import { ListboxOption } from '../../../ui';

export interface SavedReplyListboxProps {
  id: string;
  optionId: (index: number) => string;
  replies: readonly SavedReplyDto[];
  active: number;
  query: string;
  /** Still loading the org's replies. */
  loading: boolean;
  onPick: (reply: SavedReplyDto) => void;
}

/**
 * The saved replies matching what follows `#`, above the text box, which keeps focus and points
 * at the active option (`aria-activedescendant`). With none to offer it says why.
 */
export function SavedReplyListbox({
  id,
  optionId,
  replies,
  active,
  query,
  loading,
  onPick,
}: SavedReplyListboxProps) {
  const empty = loading
    ? 'Loading saved replies…'
    : query.trim()
      ? `No saved reply matches “${query.trim()}”`
      : 'No saved replies yet: admins add them in Settings';
  return (
    <div
      id={id}
      role="listbox"
      aria-label="Saved replies"
      className="mention-listbox saved-reply-listbox"
    >
      {replies.length === 0 ? (
        <div
          role="option"
          aria-selected={false}
          aria-disabled="true"
          className="saved-reply-listbox__empty"
        >
          {empty}
        </div>
      ) : (
        replies.map((reply, index) => (
          <ListboxOption
            key={reply.id}
            id={optionId(index)}
            active={index === active}
            className="mention-listbox__option saved-reply-listbox__option"
            onPick={() => onPick(reply)}
          >
            <span className="saved-reply-listbox__name">{reply.name}</span>
            <span className="saved-reply-listbox__body">{reply.body}</span>
          </ListboxOption>
        ))
      )}
    </div>
  );
}
