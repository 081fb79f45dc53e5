// The transport under the typed client: one place that sends JSON, adds `If-Match`, turns error
// answers into ApiError and checks every answer against its schema.
import type { z } from 'zod';
import { ApiError, errorBodySchema } from './error-schemas';
import { codeForStatus } from './errors';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface RequestSpec {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | undefined> | undefined;
  body?: unknown;
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

async function errorFrom(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // A proxy or host answered with something other than our JSON error; keep the status.
  }
  const parsed = errorBodySchema.safeParse(json);
  if (!parsed.success) {
    return new ApiError(
      response.status,
      codeForStatus(response.status),
      text || response.statusText,
    );
  }
  const { error, current } = parsed.data;
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
        ...(spec.signal ? { signal: spec.signal } : {}),
      });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
      throw new ApiError(0, 'network', cause instanceof Error ? cause.message : 'Network error');
    }
    if (!response.ok) throw await errorFrom(response);
    return response;
  }

  async function json<S extends z.ZodType>(spec: RequestSpec, schema: S): Promise<z.output<S>> {
    const response = await send(spec);
    const body: unknown = await response.json().catch(() => undefined);
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new ApiError(
        response.status,
        'bad_response',
        `Unexpected answer from ${spec.method} ${spec.path}`,
      );
    }
    return parsed.data;
  }

  async function empty(spec: RequestSpec): Promise<void> {
    const response = await send(spec);
    await response.body?.cancel();
  }

  return { send, json, empty };
}
