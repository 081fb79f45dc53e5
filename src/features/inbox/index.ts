// The inbox: the views with their counts, and the list with its selection and bulk actions.
import './inbox.css';

export { InboxListPane } from './inbox-list-pane';
export { ViewsNav } from './views-nav';
export { useInboxLocation, type InboxLocation } from './use-inbox-location';
export { DEFAULT_SEARCH, inboxHref, parseId, type InboxSearch } from './inbox-url';
