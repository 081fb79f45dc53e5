// The transport under the typed client: one place that sends JSON, adds `If-Match`, turns error
// answers into ApiError and checks every answer against its schema.
//
// The check runs in development and in every test (vitest, Storybook, the dev server), where a
// backend that breaks the contract fails loudly. The production browser build leaves it out,
// and with it the schemas and zod (about 22 KB gzip of a first screen budgeted at 120 KB): its
// answers come from our own backend, which builds them from the same types and whose API suite
// checks them against the same schemas on every store. There, an answer is only required to be
// a JSON object, and an error body is read field by field.
import { ApiError } from './api-error';
import type { AnswerName, Answers } from './answers';
import type { ErrorBody } from './error-schemas';
import { codeForStatus, ERROR_CODES, type ErrorCode } from './errors';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface RequestSpec {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | undefined> | undefined;
  body?: unknown;
  /** A multipart body instead of JSON (a file upload); the browser writes its content type. */
  form?: FormData | undefined;
  /** The conversation version the change was based on; a stale one answers 409. */
  ifMatch?: number | undefined;
  headers?: Record<string, string> | undefined;
  signal?: AbortSignal | undefined;
}

export function buildUrl(baseUrl: string, path: string, query?: RequestSpec['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) params.set(key, String(value));
  }
  const qs = params.toString();
  return `${baseUrl}${path}${qs ? `?${qs}` : ''}`;
}

/** Development and tests: the answer checked against its schema (undefined when it breaks it). */
async function checked<K extends AnswerName>(
  name: K,
  body: unknown,
): Promise<Answers[K] | undefined> {
  const { answerSchemas } = await import('./answers');
  const parsed = answerSchemas[name].safeParse(body);
  return parsed.success ? (parsed.data as Answers[K]) : undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Production: the fields of an error body that ApiError carries, when they have their types. */
function readErrorBody(json: unknown): ErrorBody | undefined {
  if (!isObject(json) || !isObject(json.error)) return undefined;
  const { code, message, failed } = json.error;
  if (!ERROR_CODES.includes(code as ErrorCode) || typeof message !== 'string') return undefined;
  return {
    error: {
      code: code as ErrorCode,
      message,
      ...(Array.isArray(failed)
        ? { failed: failed as NonNullable<ErrorBody['error']['failed']> }
        : {}),
    },
    ...(isObject(json.current)
      ? { current: json.current as NonNullable<ErrorBody['current']> }
      : {}),
  };
}

async function errorFrom(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // A proxy or host answered with something other than our JSON error; keep the status.
  }
  const body = import.meta.env.PROD ? readErrorBody(json) : await checked('error', json);
  if (!body) {
    return new ApiError(
      response.status,
      codeForStatus(response.status),
      text || response.statusText,
    );
  }
  const { error, current } = body;
  return new ApiError(response.status, error.code, error.message, {
    ...(current ? { current } : {}),
    ...(error.failed ? { failed: error.failed } : {}),
  });
}

export function createTransport(baseUrl: string, fetchImpl: FetchLike) {
  async function send(spec: RequestSpec): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json', ...spec.headers };
    if (spec.body !== undefined) headers['Content-Type'] = 'application/json';
    if (spec.ifMatch !== undefined) headers['If-Match'] = `"${spec.ifMatch}"`;
    let response: Response;
    try {
      response = await fetchImpl(buildUrl(baseUrl, spec.path, spec.query), {
        method: spec.method,
        headers,
        credentials: 'include',
        ...(spec.body !== undefined ? { body: JSON.stringify(spec.body) } : {}),
        ...(spec.form !== undefined ? { body: spec.form } : {}),
        ...(spec.signal ? { signal: spec.signal } : {}),
      });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
      throw new ApiError(0, 'network', cause instanceof Error ? cause.message : 'Network error');
    }
    if (!response.ok) throw await errorFrom(response);
    return response;
  }

  async function json<K extends AnswerName>(spec: RequestSpec, answer: K): Promise<Answers[K]> {
    const response = await send(spec);
    const body: unknown = await response.json().catch(() => undefined);
    const data = import.meta.env.PROD
      ? isObject(body)
        ? (body as Answers[K])
        : undefined
      : await checked(answer, body);
    if (data === undefined) {
      throw new ApiError(
        response.status,
        'bad_response',
        `Unexpected answer from ${spec.method} ${spec.path}`,
      );
    }
    return data;
  }

  async function empty(spec: RequestSpec): Promise<void> {
    const response = await send(spec);
    await response.body?.cancel();
  }

  return { send, json, empty };
}
