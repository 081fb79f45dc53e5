// Every migration, in the order it applies. Append only: an applied migration never changes,
// a new change is a new entry with the next version.
import { initialSchema } from './0001-initial-schema';
import { webhookDeliverySchema } from './0002-webhook-delivery';
import { metricsClosedAtSchema } from './0003-metrics-closed-at';
import { conversationCountsSchema } from './0004-conversation-counts';
import { webhookFairnessSchema } from './0005-webhook-fairness';
import { changeFeedPerOrgSchema } from './0006-change-feed-per-org';
import { undoSchema } from './0007-undo';
import { routingSchema } from './0008-routing';
import { findSchema } from './0009-find';
import { integratorsSchema } from './0010-integrators';
import { answerSchema } from './0011-answer';
import { notificationsSchema } from './0012-notifications';
import { mergeSchema } from './0013-merge';
import { searchTiersSchema } from './0014-search-tiers';
import { heldMetricsSchema } from './0015-held-metrics';
import { threadTimeOrderSchema } from './0016-thread-time-order';
import { searchWordsSchema } from './0017-search-words';
import { writeChangesSchema } from './0018-write-changes';
import { optimisticWritesSchema } from './0019-optimistic-writes';
import { tagKeysSchema } from './0020-tag-keys-plpgsql';
import { lastMessageIndexesSchema } from './0021-last-message-indexes';
import { statusLinesOutOfSearchSchema } from './0022-status-lines-out-of-search';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial-schema', sql: initialSchema },
  { version: 2, name: 'webhook-delivery', sql: webhookDeliverySchema },
  { version: 3, name: 'metrics-closed-at', sql: metricsClosedAtSchema },
  { version: 4, name: 'conversation-counts', sql: conversationCountsSchema },
  { version: 5, name: 'webhook-fairness', sql: webhookFairnessSchema },
  { version: 6, name: 'change-feed-per-org', sql: changeFeedPerOrgSchema },
  { version: 7, name: 'undo', sql: undoSchema },
  { version: 8, name: 'routing', sql: routingSchema },
  { version: 9, name: 'find', sql: findSchema },
  { version: 10, name: 'integrators', sql: integratorsSchema },
  { version: 11, name: 'answer', sql: answerSchema },
  { version: 12, name: 'notifications', sql: notificationsSchema },
  { version: 13, name: 'merge', sql: mergeSchema },
  { version: 14, name: 'search-tiers', sql: searchTiersSchema },
  { version: 15, name: 'held-metrics', sql: heldMetricsSchema },
  { version: 16, name: 'thread-time-order', sql: threadTimeOrderSchema },
  { version: 17, name: 'search-words', sql: searchWordsSchema },
  { version: 18, name: 'write-changes', sql: writeChangesSchema },
  { version: 19, name: 'optimistic-writes', sql: optimisticWritesSchema },
  { version: 20, name: 'tag-keys-plpgsql', sql: tagKeysSchema },
  { version: 21, name: 'last-message-indexes', sql: lastMessageIndexesSchema },
  { version: 22, name: 'status-lines-out-of-search', sql: statusLinesOutOfSearchSchema },
];
