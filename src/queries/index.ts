export * from './api';
export * from './keys';
export * from './conversation-action';
export * from './optimistic';
export * from './conflict';
export * from './use-conversation-action';
export * from './optimistic-action';
export * from './retries';
export * from './mutation-context';
export * from './explain-failure';
export * from './use-bulk-action';
export * from './undo';
export * from './live-updates';
export * from './session';
export * from './use-conversation-detail';
export * from './use-thread-messages';
export * from './thread-window';
export * from './use-send-message';
export * from './offline';
export * from './use-delete-conversation';
export * from './use-known-tags';
export * from './inboxes';
export * from './unauthorized';
export * from './routing';
// Not here: reports.ts, settings.ts and webhooks.ts. Their screens load on demand and import them
// by path, so a bundler keeps them out of the first download along with the screens.
export * from './find';
export * from './answer';
