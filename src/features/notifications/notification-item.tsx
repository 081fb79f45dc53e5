import type { Notification } from '../../api';
import { RelativeTime, cx } from '../../ui';
import { notificationText } from './notification-text';

export interface NotificationItemProps {
  notification: Notification;
  now: number;
  onOpen: (notification: Notification) => void;
}

/** One notification: what happened and where, and when; unread ones stand out. */
export function NotificationItem({ notification, now, onOpen }: NotificationItemProps) {
  return (
    <li className={cx('notification', notification.unread && 'notification--unread')}>
      <button type="button" className="notification__button" onClick={() => onOpen(notification)}>
        <span className="notification__text">
          {notificationText(notification.kind, notification.contactName || null)}
          {notification.unread ? <span className="visually-hidden">, unread</span> : null}
        </span>
        <RelativeTime timestamp={notification.createdAt} now={now} className="notification__time" />
      </button>
    </li>
  );
}
