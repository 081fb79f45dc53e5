import { lazy, Suspense, useId, useState } from 'react';
import { useNotifications } from '../../queries';
import { useNotificationAlerts } from './use-notification-alerts';

// The list, its dialog and its choices load on the first open: the badge is all the first screen needs.
const NotificationsPanel = lazy(() =>
  import('./notifications-panel').then((m) => ({ default: m.NotificationsPanel })),
);

/**
 * "Notifications" (SPEC 7.5): the unread count as a badge, the list in a dialog, reading one opens
 * its conversation. Also keeps the tab title counting and alerts while the tab is hidden.
 */
export function NotificationsButton() {
  useNotificationAlerts();
  const [open, setOpen] = useState(false);
  /** When the list was opened: its times are relative to that. */
  const [now, setNow] = useState(0);
  const list = useNotifications();
  const countId = useId();
  const unread = list.data?.unreadCount ?? 0;

  return (
    <>
      <button
        type="button"
        className="notifications-button"
        aria-describedby={countId}
        onClick={() => {
          setNow(Date.now());
          setOpen(true);
        }}
      >
        <BellIcon />
        <span className="notifications-button__label">Notifications</span>
        {unread > 0 ? (
          <span className="notifications-button__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      <span id={countId} hidden>
        {unread > 0 ? `${unread} unread` : 'None unread'}
      </span>
      {open ? (
        <Suspense fallback={null}>
          <NotificationsPanel now={now} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}

function BellIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" fill="none">
      <path
        d="M6 9a6 6 0 1 1 12 0c0 5 2 6.5 2 6.5H4S6 14 6 9Zm4 10a2 2 0 0 0 4 0"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
