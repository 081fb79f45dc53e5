import { useState } from 'react';
import type { SavedViewWithCount } from '../../api';
import { explainFailure, useDeleteView, useMe, usePatchView } from '../../queries';
import { ConfirmDialog, MenuButton, toast } from '../../ui';
import { ViewNameDialog } from './view-name-dialog';
import { NavLink } from './nav-link';

export interface SavedViewItemProps {
  view: SavedViewWithCount;
  href: string;
  active: boolean;
}

type Action = 'rename' | 'delete';

/** A saved view in the navigation: its link with its count, and Rename and Delete. */
export function SavedViewItem({ view, href, active }: SavedViewItemProps) {
  const me = useMe();
  const rename = usePatchView();
  const remove = useDeleteView();
  const [doing, setDoing] = useState<Action | null>(null);
  // A shared view is changed by admins only; the API says so too.
  const mayChange = !view.shared || me.data?.role === 'admin';
  return (
    <li className="views-nav__saved">
      <NavLink href={href} label={view.name} count={view.count} active={active} />
      {mayChange ? (
        <MenuButton<Action>
          label={`Options for ${view.name}`}
          showLabel={false}
          size="sm"
          variant="ghost"
          align="end"
          className="views-nav__options"
          items={[
            { id: 'rename', kind: 'action', label: 'Rename…' },
            { id: 'delete', kind: 'action', label: 'Delete…' },
          ]}
          onSelect={setDoing}
        >
          …
        </MenuButton>
      ) : null}
      {doing === 'rename' ? (
        <ViewNameDialog
          title="Rename view"
          initialName={view.name}
          onClose={() => setDoing(null)}
          onSubmit={async (name) => {
            try {
              await rename.mutateAsync({ id: view.id, name });
              return null;
            } catch (error) {
              return explainFailure(error);
            }
          }}
        />
      ) : null}
      <ConfirmDialog
        open={doing === 'delete'}
        title={`Delete “${view.name}”?`}
        description={view.shared ? 'It is gone for the whole team.' : undefined}
        confirmLabel="Delete view"
        tone="danger"
        busy={remove.isPending}
        onCancel={() => setDoing(null)}
        onConfirm={() =>
          remove.mutate(view.id, {
            onSuccess: () => setDoing(null),
            onError: (error) => toast.show({ tone: 'error', message: explainFailure(error) }),
          })
        }
      />
    </li>
  );
}
