import { useToastStore } from './toast-store';
import { ToastItem } from './toast-item';
import './toast.css';

export interface ToastRegionProps {
  /** Names the live region; distinguishes it from other status elements. */
  label?: string;
}

/**
 * Where toasts appear: mount once, near the end of the app. The live region is always in the
 * DOM so that screen readers announce what is added to it.
 */
export function ToastRegion({ label = 'Notifications' }: ToastRegionProps) {
  const toasts = useToastStore((state) => state.toasts);
  const dismiss = useToastStore((state) => state.dismiss);

  return (
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- <output> may hold only phrasing content; this holds a list.
    <div role="status" aria-live="polite" aria-label={label} className="ui-toast-region">
      <ol className="ui-toast-region__list">
        {toasts.map((t) => (
          <ToastItem key={t.id} toast={t} onDismiss={dismiss} />
        ))}
      </ol>
    </div>
  );
}
