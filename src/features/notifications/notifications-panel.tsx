import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation } from 'wouter';
import type { Notification } from '../../api';
import { PAGES } from '../../domain';
import {
  conversationQueries,
  explainFailure,
  useNotifications,
  useReadNotifications,
} from '../../queries';
import { Button, Dialog, EmptyState, ErrorState, Spinner } from '../../ui';
import { NotificationItem } from './notification-item';
import { useNotificationPrefs } from './notification-prefs';

/** Shown in the dialog: the newest ones; the count still covers every unread one. */
const SHOWN = 20;

function DesktopPermission() {
  const [permission, setPermission] = useState(() =>
    typeof Notification === 'undefined' ? 'unsupported' : Notification.permission,
  );
  if (permission === 'unsupported') return null;
  if (permission === 'granted')
    return <p className="notifications__hint">Desktop notifications are on.</p>;
  if (permission === 'denied')
    return (
      <p className="notifications__hint">Desktop notifications are blocked in this browser.</p>
    );
  return (
    <Button
      size="sm"
      onClick={() => void Notification.requestPermission().then((p) => setPermission(p))}
    >
      Allow desktop notifications
    </Button>
  );
}

export interface NotificationsPanelProps {
  /** When the list was opened: its times are relative to that. */
  now: number;
  onClose: () => void;
}

/** The list in a dialog: reading one opens its conversation; mark all read; sound; desktop. */
export function NotificationsPanel({ now, onClose }: NotificationsPanelProps) {
  const list = useNotifications();
  const read = useReadNotifications();
  const qc = useQueryClient();
  const [, navigate] = useLocation();
  const sound = useNotificationPrefs((s) => s.sound);
  const setSound = useNotificationPrefs((s) => s.setSound);
  const unread = list.data?.unreadCount ?? 0;

  const openOne = (n: Notification) => {
    if (n.unread) read.mutate({ ids: [n.id] });
    onClose();
    void qc.fetchQuery(conversationQueries.detail(n.conversationId)).then(
      (c) => navigate(PAGES.conversation.path({ inboxId: c.inboxId, conversationId: c.id })),
      () => undefined,
    );
  };

  let body;
  if (list.isPending) body = <Spinner label="Loading notifications" />;
  else if (list.isError)
    body = (
      <ErrorState
        title="Notifications could not be loaded"
        message={explainFailure(list.error)}
        onRetry={() => void list.refetch()}
        retrying={list.isFetching}
      />
    );
  else if (list.data.data.length === 0)
    body = (
      <EmptyState
        title="No notifications"
        description="Mentions, assignments and messages in conversations you follow show here."
      />
    );
  else
    body = (
      <ul className="notifications__list" aria-label="Notifications">
        {list.data.data.slice(0, SHOWN).map((n) => (
          <NotificationItem key={n.id} notification={n} now={now} onOpen={openOne} />
        ))}
      </ul>
    );

  return (
    <Dialog
      open
      onClose={onClose}
      title="Notifications"
      description={unread > 0 ? `${unread} unread` : 'All read'}
      footer={
        <>
          <label className="notifications__sound">
            <input
              type="checkbox"
              role="switch"
              checked={sound}
              aria-checked={sound}
              onChange={(e) => setSound(e.target.checked)}
            />
            Sound
          </label>
          <DesktopPermission />
          <Button
            size="sm"
            disabled={unread === 0 || read.isPending}
            onClick={() => read.mutate({ all: true })}
          >
            Mark all read
          </Button>
        </>
      }
    >
      {read.isError ? (
        <p role="alert" className="notifications__error">
          Not marked read: {explainFailure(read.error)}
        </p>
      ) : null}
      {body}
    </Dialog>
  );
}
