import { Dialog, Kbd, keyLabel, useActions } from '../../ui';

export interface ShortcutsDialogProps {
  open: boolean;
  onClose: () => void;
}

/** `?`: every key of the actions that apply here, from the one registry of actions. */
export function ShortcutsDialog({ open, onClose }: ShortcutsDialogProps) {
  const actions = useActions();
  const rows = [
    { id: 'palette', key: 'Ctrl+K', title: 'Command palette (⌘K on a Mac)', group: 'Help' },
    ...actions.flatMap((a) =>
      a.key ? [{ id: a.id, key: keyLabel(a.key), title: a.title, group: a.group }] : [],
    ),
  ];
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts" size="sm">
      <dl className="shortcuts">
        {rows.map((s) => (
          <div key={s.id} className="shortcuts__row">
            <dt>
              <Kbd>{s.key}</Kbd>
            </dt>
            <dd>
              {s.group === 'Inbox' || s.group === 'Help' ? '' : `${s.group}: `}
              {s.title}
            </dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
