export { ConversationPane } from './conversation-pane';
export type { ConversationPaneProps } from './conversation-pane';
