// Every attack family, in the order the suite runs them. All but the XSS family must change
// nothing; the XSS family writes its payloads on purpose and runs after the no-change digest.
import { csrf } from './families/csrf';
import { deepJson } from './families/deep-json';
import { foreignIds } from './families/foreign-ids';
import { forgedSessions } from './families/forged-sessions';
import { loginRateLimit } from './families/login-rate-limit';
import { malformedBodies } from './families/malformed-bodies';
import { oversizedBodies } from './families/oversized-bodies';
import { oversizedFields } from './families/oversized-fields';
import { pathTricks } from './families/path-tricks';
import { prototypePollution } from './families/prototype-pollution';
import { roleChecks } from './families/role-checks';
import { sqlMetacharacters } from './families/sql-metacharacters';
import { unknownMethods } from './families/unknown-methods';
import { webhookUrls } from './families/webhook-urls';
import { wrongTypes } from './families/wrong-types';
import { xss } from './families/xss';
import type { Family } from './hostile-case';

export const NO_CHANGE_FAMILIES: readonly Family[] = [
  malformedBodies,
  oversizedBodies,
  deepJson,
  wrongTypes,
  prototypePollution,
  sqlMetacharacters,
  pathTricks,
  forgedSessions,
  foreignIds,
  roleChecks,
  csrf,
  unknownMethods,
  oversizedFields,
  webhookUrls,
  // Last: it locks sam's sign-in for the rest of the run.
  loginRateLimit,
];

export const WRITING_FAMILIES: readonly Family[] = [xss];

export const ALL_FAMILIES: readonly Family[] = [...NO_CHANGE_FAMILIES, ...WRITING_FAMILIES];

export const MIN_CASES = 300;
