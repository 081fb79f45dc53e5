// The inbox: the views with their counts, and the list with its selection and bulk actions.
import './inbox.css';

export { InboxListPane } from './inbox-list-pane';
export { ViewsNav } from './views-nav';
export { useInboxLocation, type InboxLocation } from './use-inbox-location';
export {
  CONVERSATION_ROUTE,
  DEFAULT_SEARCH,
  INBOX_ROUTE,
  inboxHref,
  parseId,
  type InboxSearch,
} from './inbox-url';
