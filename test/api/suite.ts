// The one API test suite: written once, run on every Store (memory here; PGlite and PostgreSQL in
// server/). A host passes a factory for a fresh, empty Store; the suite seeds the demo data and
// builds the app around it with a clock the tests move.
import { afterAll, beforeAll, describe } from 'vitest';
import { buildHarness, type ApiHarness, type MakeStoreHarness } from './harness';
import { adminTests } from './cases/admin-tests';
import { answerTests } from './cases/answer-tests';
import { apiTokenTests } from './cases/api-token-tests';
import { authTests } from './cases/auth-tests';
import { badInputTests } from './cases/bad-input-tests';
import { bulkLimitTests } from './cases/bulk-limit-tests';
import { bulkSeenTests } from './cases/bulk-seen-tests';
import { bulkTests } from './cases/bulk-tests';
import { deleteTests } from './cases/delete-tests';
import { eventTests } from './cases/event-tests';
import { inboundLimitTests } from './cases/inbound-limit-tests';
import { feedTests } from './cases/feed-tests';
import { findTests } from './cases/find-tests';
import { inboundChannelTests } from './cases/inbound-channel-tests';
import { inboundTests } from './cases/inbound-tests';
import { limitsTests } from './cases/limits-tests';
import { linkAndReportTests } from './cases/link-report-tests';
import { loginLimitTests } from './cases/login-limit-tests';
import { mergeTests } from './cases/merge-tests';
import { messageTests } from './cases/message-tests';
import { originTests } from './cases/origin-tests';
import { playbookTests } from './cases/playbook-tests';
import { readTests } from './cases/read-tests';
import { routingTests } from './cases/routing-tests';
import { reportSeriesTests } from './cases/report-series-tests';
import { resumeAheadTests } from './cases/resume-ahead-tests';
import { sessionStateTests } from './cases/session-state-tests';
import { sideConversationTests } from './cases/side-conversation-tests';
import { signOutEverywhereTests } from './cases/sign-out-everywhere-tests';
import { snoozeSpamTests } from './cases/snooze-spam-tests';
import { statusTests } from './cases/status-tests';
import { syncTests } from './cases/sync-tests';
import { streamLimitTests } from './cases/stream-limit-tests';
import { threadPageTests } from './cases/thread-page-tests';
import { togetherTests } from './cases/together-tests';
import { undoTests } from './cases/undo-tests';
import { viewTests } from './cases/view-tests';
import { webhookAdminTests } from './cases/webhook-admin-tests';
import { webhookSecurityTests } from './cases/webhook-security-tests';

export type { HarnessOptions, MakeStoreHarness, StoreHarness } from './harness';

export function defineApiSuite(name: string, makeHarness: MakeStoreHarness): void {
  describe(`${name}`, () => {
    let harness: ApiHarness | undefined;
    beforeAll(async () => {
      harness = await buildHarness(makeHarness);
    }, 120_000);
    afterAll(async () => {
      await harness?.close();
    });
    const ctx = () => {
      if (!harness) throw new Error('the API harness did not start');
      return harness;
    };
    authTests(ctx);
    readTests(ctx);
    threadPageTests(ctx);
    statusTests(ctx);
    snoozeSpamTests(ctx);
    messageTests(ctx);
    inboundTests(ctx);
    bulkTests(ctx);
    deleteTests(ctx);
    linkAndReportTests(ctx);
    adminTests(ctx);
    eventTests(ctx);
    badInputTests(ctx);
    reportSeriesTests(ctx);
    limitsTests(ctx);
    loginLimitTests(ctx);
    originTests(ctx);
    inboundLimitTests(ctx);
    streamLimitTests(ctx);
    signOutEverywhereTests(ctx);
    webhookSecurityTests(ctx);
    undoTests(ctx);
    bulkLimitTests(ctx);
    routingTests(ctx);
    playbookTests(ctx);
    viewTests(ctx);
    apiTokenTests(ctx);
    webhookAdminTests(ctx);
    syncTests(ctx);
    inboundChannelTests(ctx);
    sideConversationTests(ctx);
    bulkSeenTests(ctx);
    sessionStateTests(ctx);
    resumeAheadTests(ctx);
    mergeTests(ctx);
    answerTests(ctx);
    togetherTests(ctx);
    // Moves the clock by 400 days (a year-old message is still found).
    findTests(ctx);
    // Last: it moves the clock by days.
    feedTests(ctx);
  });
}
