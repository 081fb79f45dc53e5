// The one API test suite: written once, run on every Store (memory here; PGlite and PostgreSQL in
// server/). A host passes a factory for a fresh, empty Store; the suite seeds the demo data and
// builds the app around it with a clock the tests move.
import { afterAll, beforeAll, describe } from 'vitest';
import { buildHarness, type ApiHarness, type MakeStoreHarness } from './api-harness';
import { adminTests } from './api-suite/admin-tests';
import { authTests } from './api-suite/auth-tests';
import { badInputTests } from './api-suite/bad-input-tests';
import { bulkTests } from './api-suite/bulk-tests';
import { deleteTests } from './api-suite/delete-tests';
import { eventTests } from './api-suite/event-tests';
import { inboundTests } from './api-suite/inbound-tests';
import { linkAndReportTests } from './api-suite/link-report-tests';
import { messageTests } from './api-suite/message-tests';
import { readTests } from './api-suite/read-tests';
import { reportSeriesTests } from './api-suite/report-series-tests';
import { snoozeSpamTests } from './api-suite/snooze-spam-tests';
import { statusTests } from './api-suite/status-tests';
import { threadPageTests } from './api-suite/thread-page-tests';

export type { HarnessOptions, MakeStoreHarness, StoreHarness } from './api-harness';

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
  });
}
