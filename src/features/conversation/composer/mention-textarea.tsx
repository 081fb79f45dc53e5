import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MentionAgent } from '../thread/mention-segments';
import { MentionListbox } from './mention-listbox';
import { insertMention, matchAgents, mentionAt, type MentionQuery } from './mention-query';

export interface MentionTextareaProps {
  value: string;
  onChange: (text: string) => void;
  /** Ctrl/Cmd+Enter. */
  onSubmit: () => void;
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

  const matches = mentionable && mention ? matchAgents(mentionable, mention.query) : [];
  const mentionSignature = mention ? `${mention.start}:${mention.query}` : null;
  const open = matches.length > 0 && mentionSignature !== dismissed;
  const activeIndex = Math.min(active, Math.max(matches.length - 1, 0));

  // Put the caret after an inserted mention once the new text is in the box.
  useLayoutEffect(() => {
    if (caretAfter.current === null || !ref.current) return;
    ref.current.setSelectionRange(caretAfter.current, caretAfter.current);
    caretAfter.current = null;
  }, [value]);

  const track = (text: string, caret: number) => {
    const next = mentionable ? mentionAt(text, caret) : null;
    setMention(next);
    if (next?.query !== mention?.query) setActive(0);
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
      onSubmit();
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
    switch (event.key) {
      case 'ArrowDown':
        setActive((activeIndex + 1) % matches.length);
        break;
      case 'ArrowUp':
        setActive((activeIndex - 1 + matches.length) % matches.length);
        break;
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

  const autocompletes = mentionable !== null;
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
      <textarea
        ref={ref}
        aria-label="Message"
        aria-autocomplete={autocompletes ? 'list' : undefined}
        aria-controls={open ? listboxId : undefined}
        aria-activedescendant={open ? optionId(activeIndex) : undefined}
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
        onBlur={() => setMention(null)}
      />
    </div>
  );
}
