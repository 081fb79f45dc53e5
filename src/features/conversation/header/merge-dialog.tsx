import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import type { ConversationDetail, ConversationRow } from '../../../api';
import { conversationQueries, explainFailure } from '../../../queries';
import { Button, Dialog, Spinner, StatusPill } from '../../../ui';
import './merge-dialog.css';

/** One request per pause in the typing, as the inbox's search box does. */
const DEBOUNCE_MS = 250;

export interface MergeDialogProps {
  open: boolean;
  onClose: () => void;
  source: ConversationDetail;
  /** Resolves null once merged (the dialog closes), else why it was not. */
  onMerge: (target: ConversationRow) => Promise<string | null>;
}

function useDebounced(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

function lastWords(row: ConversationRow): string {
  const m = row.lastMessage;
  if (!m) return 'No messages yet';
  const text = m.body.replace(/\s+/g, ' ').trim();
  if (m.type === 'note') return `Note: ${text}`;
  return m.authorType === 'contact' ? text : `Reply: ${text}`;
}

/**
 * "Merge into…": finds the target with the inbox's own search (`q`, every view but spam; empty,
 * the contact's other conversations), shows its contact and last message, and says what moves.
 */
export function MergeDialog({ open, onClose, source, onMerge }: MergeDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title="Merge into another conversation" size="md">
      <MergeForm source={source} onClose={onClose} onMerge={onMerge} />
    </Dialog>
  );
}

function MergeForm({ source, onClose, onMerge }: Omit<MergeDialogProps, 'open'>) {
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<ConversationRow | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const q = useDebounced(text.trim());
  const listId = useId();
  const suggesting = q === '';
  const results = useInfiniteQuery(
    conversationQueries.list({
      view: 'all',
      q: suggesting ? source.contact.email : q,
      sort: suggesting ? 'newest' : 'relevance',
    }),
  );
  const rows = (results.data?.pages[0]?.data ?? []).filter((r) => r.id !== source.id).slice(0, 8);

  const merge = async () => {
    if (!chosen || running) return;
    setRunning(true);
    setError(null);
    const refusal = await onMerge(chosen);
    setRunning(false);
    if (refusal === null) onClose();
    else setError(refusal);
  };

  return (
    <div className="merge-dialog">
      <input
        type="search"
        className="merge-dialog__search"
        aria-label="Find conversation"
        placeholder="Name, email, words or #number"
        value={text}
        autoComplete="off"
        data-autofocus
        onChange={(event) => {
          setText(event.target.value);
          setChosen(null);
        }}
      />
      <p className="merge-dialog__hint" id={`${listId}-hint`}>
        {suggesting ? `${source.contact.name}'s other conversations` : `Matches for “${q}”`}
      </p>
      {results.isPending ? (
        <Spinner label="Searching conversations" />
      ) : results.isError ? (
        <p role="alert">{explainFailure(results.error)}</p>
      ) : rows.length === 0 ? (
        <p className="merge-dialog__empty" role="status">
          {suggesting ? 'No other conversations with this contact.' : 'No conversation matches.'}
        </p>
      ) : (
        <ul
          className="merge-dialog__results"
          aria-label="Conversations to merge into"
          aria-describedby={`${listId}-hint`}
        >
          {rows.map((row) => (
            <li key={row.id}>
              <button
                type="button"
                className="merge-dialog__option"
                aria-pressed={chosen?.id === row.id}
                onClick={() => setChosen(row)}
              >
                <span className="merge-dialog__who">
                  {row.contact.name} <span className="merge-dialog__id">#{row.id}</span>
                </span>
                <StatusPill status={row.status} />
                <span className="merge-dialog__last">{lastWords(row)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {chosen ? (
        <p className="merge-dialog__summary" role="status">
          Every message, note and event of #{source.id} moves into #{chosen.id} (
          {chosen.contact.name}), with its tags and followers. #{source.id} then leads to #
          {chosen.id}. You can undo it for 10 seconds.
        </p>
      ) : null}
      {error ? (
        <p className="merge-dialog__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="merge-dialog__actions">
        <Button variant="ghost" onClick={onClose}>
          Cancel
        </Button>
        <Button variant="primary" disabled={!chosen || running} onClick={() => void merge()}>
          {running ? 'Merging…' : chosen ? `Merge into #${chosen.id}` : 'Merge'}
        </Button>
      </div>
    </div>
  );
}
