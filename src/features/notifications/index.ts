// Notifications (SPEC 7.5): the button with its unread badge and list, the tab title, the alerts.
import './notifications.css';

export { NotificationsButton } from './notifications-button';
export { notificationText, titleWithCount } from './notification-text';
