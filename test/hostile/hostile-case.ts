// One hostile request and what the API must answer to it. Cases are plain data built before any
// test runs (vitest collects test names first), so everything that depends on the seeded database
// (ids, session tokens) is read from the Fixture when the case is sent.
import type { ErrorCode } from '../../src/api';
import type { ApiHarness, Who } from '../api/harness';
import type { Fixture } from './fixture';

/**
 * Who sends it: a signed-in demo agent, nobody, a session that is no longer valid, or a cookie
 * value an attacker made up (sent as is, so it may hold `%00` and other encodings).
 */
export type Sender = Who | 'anonymous' | 'expired' | 'signed-out' | { forgedCookie: string };

export type CaseBody =
  string | Uint8Array<ArrayBuffer> | FormData | (() => ReadableStream<Uint8Array>);

export interface CaseRequest {
  method: string;
  path: string;
  as: Sender;
  headers?: Record<string, string>;
  body?: CaseBody;
}

/** What a check may use to look further: the fixture, and the harness to read back through. */
export interface CheckContext {
  f: Fixture;
  h: ApiHarness;
}

export interface CaseExpectation {
  status: number;
  /** Defaults to the code of the status (`codeForStatus`). */
  code?: ErrorCode;
  /** Extra checks on a successful answer's JSON (e.g. "no row matched", "stored as sent"). */
  check?: (json: unknown, ctx: CheckContext) => void | Promise<void>;
}

export interface HostileCase {
  name: string;
  request: (f: Fixture) => CaseRequest;
  expect: CaseExpectation;
}

export interface Family {
  name: string;
  /** Why an attacker tries it, in one line (shows in the test names). */
  attack: string;
  cases: readonly HostileCase[];
}

/** The same JSON content type for every JSON request a case makes. */
export const JSON_TYPE = { 'content-type': 'application/json' } as const;

/** A conversation version no conversation has: the change must be refused with 409, untouched. */
export const STALE_IF_MATCH = { 'if-match': '"999999"' } as const;

/** An id inside the accepted range that no demo row has. */
export const ABSENT_ID = 2_147_483_647;

export const HOUR_MS = 3_600_000;
