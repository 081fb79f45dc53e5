import { useEffect, useRef, useState, type RefObject } from 'react';

/** How long typing pauses before the list asks again: one request per word, not per key. */
export const SEARCH_DEBOUNCE_MS = 250;

export interface SearchBoxProps {
  /** The search in the address. */
  value: string;
  onSearch: (q: string) => void;
  inputRef?: RefObject<HTMLInputElement | null>;
}

/**
 * The box named "Search conversations" (role searchbox). Results follow the typing after a short
 * pause; Escape clears it (and, empty, leaves it); `/` anywhere in the inbox focuses it.
 */
export function SearchBox({ value, onSearch, inputRef }: SearchBoxProps) {
  const [text, setText] = useState(value);
  // The last text sent: an address that catches up with it must not undo newer typing.
  const sent = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (value === sent.current) return;
    // The address changed from elsewhere (a view, Back): show its search.
    sent.current = value;
    setText(value);
  }, [value]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const send = (q: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (q.trim() === sent.current.trim()) return;
    sent.current = q;
    onSearch(q.trim());
  };

  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        send(text);
      }}
    >
      <input
        ref={inputRef}
        type="search"
        className="search-box__input"
        aria-label="Search conversations"
        placeholder="Search conversations  /"
        value={text}
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => send(next), SEARCH_DEBOUNCE_MS);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          // Handled here: the inbox's keys and an open dialog must not see it.
          event.preventDefault();
          event.stopPropagation();
          if (text === '') event.currentTarget.blur();
          setText('');
          send('');
        }}
      />
    </form>
  );
}
