// One POST of one delivery. Redirects are not followed (a 3xx is a failure): following them would
// let a receiver point Parley anywhere, this server included.
import type { WebhookPayload } from '../../src/domain';
import { signBody } from './signature';

export interface Outgoing {
  deliveryId: number;
  url: string;
  secret: string;
  payload: WebhookPayload;
}

export type SendResult =
  | { ok: true; status: number }
  | { ok: false; status: number | null; error: string; interrupted: boolean };

/** The exact bytes sent and signed: the payload in its Drift key order. */
export function webhookBody(payload: WebhookPayload): string {
  return JSON.stringify(payload);
}

export async function sendWebhook(
  out: Outgoing,
  opts: { timeoutMs: number; stop: AbortSignal },
): Promise<SendResult> {
  const body = webhookBody(out.payload);
  const timeout = AbortSignal.timeout(opts.timeoutMs);
  try {
    const res = await fetch(out.url, {
      method: 'POST',
      body,
      redirect: 'manual',
      signal: AbortSignal.any([timeout, opts.stop]),
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Parley-Webhooks/1.0',
        'X-Parley-Event': out.payload.type,
        'X-Parley-Delivery': String(out.deliveryId),
        'X-Parley-Signature': signBody(out.secret, body),
      },
    });
    // Only the status matters; dropping the body frees the connection.
    await res.body?.cancel().catch(() => undefined);
    if (res.status >= 200 && res.status < 300) return { ok: true, status: res.status };
    const note = res.status >= 300 && res.status < 400 ? ' (redirects are not followed)' : '';
    return {
      ok: false,
      status: res.status,
      error: `HTTP ${res.status}${note}`,
      interrupted: false,
    };
  } catch (error) {
    if (opts.stop.aborted) {
      return { ok: false, status: null, error: 'Interrupted', interrupted: true };
    }
    if (timeout.aborted) {
      const error = `No answer within ${opts.timeoutMs} ms`;
      return { ok: false, status: null, error, interrupted: false };
    }
    return { ok: false, status: null, error: describe(error), interrupted: false };
  }
}

/** Node's fetch says only "fetch failed"; the cause says why (ECONNREFUSED, a TLS error…). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause: unknown = error.cause;
  if (cause instanceof Error && cause.message !== '') return cause.message;
  return error.message;
}
