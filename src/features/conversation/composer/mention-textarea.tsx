import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
} from 'react';
import type { SavedReplyDto } from '../../../api';
import { arrowStep } from '../../../ui';
import { filterSavedReplies } from '../../../domain';
import type { MentionAgent } from '../thread/mention-segments';
import { MentionListbox } from './mention-listbox';
import { insertMention, matchAgents, mentionAt, type MentionQuery } from './mention-query';
import { SavedReplyListbox } from './saved-reply-listbox';
import { hashAt, insertReply, withHashAt, type HashQuery } from './saved-reply-query';

/** The org's saved replies, offered after `#`, and how one is filled in for this conversation. */
export interface SavedReplyOffer {
  replies: readonly SavedReplyDto[];
  loading: boolean;
  fill: (body: string) => string;
}

export interface MentionTextareaProps {
  value: string;
  onChange: (text: string) => void;
  /** Ctrl/Cmd+Enter. */
  onSubmit: () => void;
  /** Ctrl/Cmd+Shift+Enter ("Send and close"), where the tab offers it. */
  onSubmitAndClose?: (() => void) | undefined;
  /** Saved replies, opened by `#` at the start of a word or by the tools' button. */
  savedReplies?: SavedReplyOffer | undefined;
  /** Counts the "Saved replies" button's presses: each opens the saved replies at the caret. */
  openSavedRepliesRequest?: number | undefined;
  /** Files pasted into the box. */
  onPasteFiles?: ((files: File[]) => void) | undefined;
  /** Offer @mentions of these agents (notes); without them it is a plain text box. */
  mentionable: readonly MentionAgent[] | null;
  placeholder: string;
  describedBy?: string | undefined;
}

/**
 * The composer's text box, named "Message" (SPEC section 5) in both tabs. In a note, typing `@`
 * opens a listbox of agents that the box controls (`aria-autocomplete`, `aria-activedescendant`,
 * both allowed on a textbox); arrows move, Enter or Tab insert, Escape closes; focus never leaves.
 */
export function MentionTextarea({
  value,
  onChange,
  onSubmit,
  onSubmitAndClose,
  savedReplies,
  openSavedRepliesRequest = 0,
  onPasteFiles,
  mentionable,
  placeholder,
  describedBy,
}: MentionTextareaProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const listboxId = useId();
  const optionId = (index: number) => `${listboxId}-option-${index}`;
  const [mention, setMention] = useState<MentionQuery | null>(null);
  const [active, setActive] = useState(0);
  // Escape closes the popup until the agent types something else.
  const [dismissed, setDismissed] = useState<string | null>(null);
  const caretAfter = useRef<number | null>(null);

  const [hash, setHash] = useState<HashQuery | null>(null);

  const matches = mentionable && mention ? matchAgents(mentionable, mention.query) : [];
  const mentionSignature = mention ? `${mention.start}:${mention.query}` : null;
  const open = matches.length > 0 && mentionSignature !== dismissed;
  const replies = savedReplies && hash ? filterSavedReplies(savedReplies.replies, hash.query) : [];
  const hashSignature = hash ? `#${hash.start}:${hash.query}` : null;
  const repliesOpen =
    !open && hash !== null && savedReplies !== undefined && hashSignature !== dismissed;
  const count = open ? matches.length : replies.length;
  const activeIndex = Math.min(active, Math.max(count - 1, 0));

  // Put the caret after an inserted mention once the new text is in the box.
  useLayoutEffect(() => {
    if (caretAfter.current === null || !ref.current) return;
    ref.current.setSelectionRange(caretAfter.current, caretAfter.current);
    caretAfter.current = null;
  }, [value]);

  const track = (text: string, caret: number) => {
    const next = mentionable ? mentionAt(text, caret) : null;
    setMention(next);
    const nextHash = savedReplies ? hashAt(text, caret) : null;
    setHash(nextHash);
    if (next?.query !== mention?.query || nextHash?.query !== hash?.query) setActive(0);
  };

  const pickReply = (reply: SavedReplyDto) => {
    if (!hash || !savedReplies) return;
    const inserted = insertReply(value, hash, savedReplies.fill(reply.body));
    caretAfter.current = inserted.caret;
    setHash(null);
    onChange(inserted.text);
  };

  const openSavedReplies = () => {
    const box = ref.current;
    if (!box) return;
    const marked = withHashAt(value, box.selectionStart ?? value.length);
    caretAfter.current = marked.caret;
    setHash({ start: marked.caret - 1, query: '' });
    setDismissed(null);
    setActive(0);
    onChange(marked.text);
    box.focus();
  };

  // The button's press, once per request (not on the first render).
  const handled = useRef(openSavedRepliesRequest);
  useEffect(() => {
    if (openSavedRepliesRequest === handled.current) return;
    handled.current = openSavedRepliesRequest;
    openSavedReplies();
  });

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const files = [...event.clipboardData.files];
    if (files.length === 0 || !onPasteFiles) return;
    event.preventDefault();
    onPasteFiles(files);
  };

  const pick = (agent: MentionAgent) => {
    if (!mention) return;
    const inserted = insertMention(value, mention, agent.name);
    caretAfter.current = inserted.caret;
    setMention(null);
    onChange(inserted.text);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (event.shiftKey && onSubmitAndClose) onSubmitAndClose();
      else onSubmit();
      return;
    }
    if (repliesOpen) {
      onRepliesKey(event);
      return;
    }
    if (!open) {
      // Escape leaves the composer (the draft stays), so the inbox's single keys work again.
      if (event.key === 'Escape') {
        event.preventDefault();
        event.currentTarget.blur();
      }
      return;
    }
    const agent = matches[activeIndex];
    const step = arrowStep(event.key, activeIndex, matches.length);
    if (step !== null) {
      event.preventDefault();
      setActive(step);
      return;
    }
    switch (event.key) {
      case 'Enter':
      case 'Tab':
        if (agent) pick(agent);
        break;
      case 'Escape':
        // Only the popup closes, not a dialog or anything else around the composer.
        event.stopPropagation();
        setDismissed(mentionSignature);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  function onRepliesKey(event: KeyboardEvent<HTMLTextAreaElement>) {
    const reply = replies[activeIndex];
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      // With no reply to move to, the arrows still stay in the popup.
      event.preventDefault();
      const step = arrowStep(event.key, activeIndex, replies.length);
      if (step !== null) setActive(step);
      return;
    }
    switch (event.key) {
      case 'Enter':
      case 'Tab':
        // With nothing to insert, Enter is a new line as usual.
        if (!reply) return;
        pickReply(reply);
        break;
      case 'Escape':
        event.stopPropagation();
        setDismissed(hashSignature);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  const autocompletes = mentionable !== null || savedReplies !== undefined;
  const popupOpen = open || repliesOpen;
  return (
    <div className="composer__field">
      {open ? (
        <MentionListbox
          id={listboxId}
          optionId={optionId}
          agents={matches}
          active={activeIndex}
          onPick={pick}
        />
      ) : null}
      {repliesOpen && savedReplies ? (
        <SavedReplyListbox
          id={listboxId}
          optionId={optionId}
          replies={replies}
          active={activeIndex}
          query={hash.query}
          loading={savedReplies.loading}
          onPick={pickReply}
        />
      ) : null}
      <textarea
        ref={ref}
        aria-label="Message"
        aria-autocomplete={autocompletes ? 'list' : undefined}
        aria-controls={popupOpen ? listboxId : undefined}
        aria-activedescendant={popupOpen && count > 0 ? optionId(activeIndex) : undefined}
        aria-describedby={describedBy}
        className="composer__textarea"
        placeholder={placeholder}
        value={value}
        rows={3}
        onChange={(event) => {
          onChange(event.target.value);
          track(event.target.value, event.target.selectionStart);
        }}
        onSelect={(event) => track(event.currentTarget.value, event.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onBlur={() => {
          setMention(null);
          setHash(null);
        }}
      />
    </div>
  );
}
