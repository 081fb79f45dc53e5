import { lazy, Suspense, useEffect, useState } from 'react';
import { useActionKeys } from './key-bindings';
import { usePaletteStore } from './palette-store';
// With the first screen's styles: a sheet that arrives later makes the browser restyle the page.
import './command-palette.css';

// The dialog and its ranking load on the first open, not with the first screen: the key
// listener below is all a screen needs until then.
let dialog: Promise<typeof import('./palette-dialog')> | undefined;
export const preloadPalette = () => (dialog ??= import('./palette-dialog'));
const PaletteDialog = lazy(() => preloadPalette().then((m) => ({ default: m.PaletteDialog })));

/**
 * The command palette (SPEC 7.8): Ctrl/Cmd+K anywhere opens a dialog named "Command palette"
 * whose combobox lists every registered action, best match and most recent first; Enter runs the
 * highlighted one. The dialog's code loads on the first open, and the dialog shows as soon as it
 * is in.
 */
export function CommandPalette() {
  const open = usePaletteStore((s) => s.open);
  const hide = usePaletteStore((s) => s.hide);
  const show = usePaletteStore((s) => s.show);
  const [wanted, setWanted] = useState(open);
  if (open && !wanted) setWanted(true);
  // Every registered key works wherever the palette does: on every signed-in screen.
  useActionKeys();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey) || event.altKey)
        return;
      event.preventDefault();
      if (usePaletteStore.getState().open) hide();
      else show();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      // Signed out or gone: the next screen does not start with the palette open.
      hide();
    };
  }, [show, hide]);

  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <PaletteDialog />
    </Suspense>
  );
}
