import { useId, useMemo, useState } from 'react';
import { Dialog } from '../dialog/dialog';
import { Kbd } from '../kbd/kbd';
import { arrowStep, ListboxOption } from '../listbox/listbox-option';
import { usePaletteStore } from './palette-store';
import { rankActions, readRecent, rememberUse } from './rank';
import { keyLabel, useActions, type Action } from './registry';

/**
 * The command palette's dialog and its list (SPEC 7.8). Loaded on demand: the first screen carries
 * only the small host in command-palette.tsx, which listens for the palette's key.
 */
export function PaletteDialog() {
  const open = usePaletteStore((s) => s.open);
  const hide = usePaletteStore((s) => s.hide);
  return (
    <Dialog open={open} onClose={hide} title="Command palette" size="md" className="palette">
      <PaletteBody onDone={hide} />
    </Dialog>
  );
}

export interface PaletteBodyProps {
  onDone: () => void;
  /** For stories: the actions to list instead of the registry's. */
  actions?: readonly Action[];
}

export function PaletteBody({ onDone, actions: given }: PaletteBodyProps) {
  const registered = useActions();
  const actions = given ?? registered;
  const [query, setQuery] = useState(() => usePaletteStore.getState().initialQuery);
  const [active, setActive] = useState(0);
  const [recent] = useState(readRecent);
  const [running, setRunning] = useState<string | null>(null);
  const listId = useId();
  const ranked = useMemo(() => rankActions(actions, query, recent), [actions, query, recent]);
  const current = ranked[Math.min(active, ranked.length - 1)];

  const runAction = (action: Action) => {
    rememberUse(action.id);
    setRunning(action.title);
    onDone();
    // After the dialog is gone, so focus and any dialog the action opens start from the page.
    queueMicrotask(() => action.run());
  };

  const optionId = (a: Action) => `${listId}-${a.id.replace(/[^\w-]/g, '_')}`;

  return (
    <div className="palette__body">
      <input
        role="combobox"
        aria-label="Command"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current ? optionId(current) : undefined}
        className="palette__input"
        placeholder="Type an action: close, snooze, assign, spam…"
        value={query}
        autoComplete="off"
        spellCheck={false}
        data-autofocus
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          const step = arrowStep(event.key, Math.min(active, ranked.length - 1), ranked.length);
          if (step !== null) {
            event.preventDefault();
            setActive(step);
          } else if (event.key === 'Enter') {
            event.preventDefault();
            if (current) runAction(current);
          }
        }}
      />
      {running ? (
        <p role="status" className="palette__running">
          {running}…
        </p>
      ) : null}
      <div id={listId} role="listbox" aria-label="Actions" className="palette__list">
        {ranked.map((action) => (
          <ListboxOption
            key={action.id}
            id={optionId(action)}
            active={action === current}
            className="palette__option"
            onPick={() => runAction(action)}
          >
            <span className="palette__group">{action.group}</span>
            <span className="palette__title">{action.title}</span>
            {action.key ? <Kbd>{keyLabel(action.key)}</Kbd> : null}
          </ListboxOption>
        ))}
      </div>
      {ranked.length === 0 ? (
        <p role="status" className="palette__empty">
          No action matches “{query}”.
        </p>
      ) : null}
    </div>
  );
}
