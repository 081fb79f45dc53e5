// One POST of one delivery, to the addresses egress.ts checked: the socket is handed them in place
// of a DNS lookup, so there is no second lookup to rebind. Redirects are not followed (a 3xx is a
// failure): following them would let a receiver point Parley anywhere, this server included. The
// answer's body is never read. A failure is reported by its class only ("refused", "timed out",
// "HTTP 503"…): a socket's or resolver's own words would map the network for whoever reads the log.
import type { LookupAddress } from 'node:dns';
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { WebhookPayload } from '../../src/domain';
import { signBody, standardSignature } from './signature';

export interface Outgoing {
  /** Opaque, the same on every retry: X-Parley-Delivery. */
  deliveryId: string;
  url: string;
  secret: string;
  /** Signs too (Standard Webhooks lists both) for a day after a rotation. */
  previousSecret?: string | null;
  payload: WebhookPayload;
}

export type SendResult =
  | { ok: true; status: number }
  | { ok: false; status: number | null; error: string; interrupted: boolean };

/** Connection reuse for one worker; its sockets only ever reach addresses that were checked. */
export interface Agents {
  http: HttpAgent;
  https: HttpsAgent;
  destroy(): void;
}

export function createAgents(): Agents {
  const http = new HttpAgent({ keepAlive: true });
  const https = new HttpsAgent({ keepAlive: true });
  return {
    http,
    https,
    destroy() {
      http.destroy();
      https.destroy();
    },
  };
}

/** The exact bytes sent and signed: the payload in its Drift key order. */
export function webhookBody(payload: WebhookPayload): string {
  return JSON.stringify(payload);
}

/** Answers the socket's lookup with the checked addresses, in the family it asks for. */
function checkedLookup(addresses: readonly LookupAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const fit = addresses.filter((a) => !options.family || a.family === options.family);
    const first = fit[0];
    if (first === undefined) {
      const error: NodeJS.ErrnoException = new Error('no checked address of that family');
      error.code = 'ENOTFOUND';
      callback(error, '', 0);
    } else if (options.all) callback(null, fit);
    else callback(null, first.address, first.family);
  };
}

const CLASSES: readonly (readonly [test: RegExp, label: string])[] = [
  [/^ECONNREFUSED$/, 'refused'],
  [/^(ECONNRESET|EPIPE|ECONNABORTED)$/, 'connection reset'],
  [/^(ETIMEDOUT|ESOCKETTIMEDOUT)$/, 'timed out'],
  [/^(EHOSTUNREACH|ENETUNREACH|EHOSTDOWN|ENETDOWN|EADDRNOTAVAIL)$/, 'unreachable'],
  [/^(ENOTFOUND|EAI_)/, 'name not resolved'],
  [
    /^(ERR_TLS|ERR_SSL|ERR_OSSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|HOSTNAME_MISMATCH)/,
    'TLS failure',
  ],
  [/^HPE_/, 'invalid answer'],
];

/** The class of a network error, from its code only. */
export function failureClass(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return 'network error';
  return CLASSES.find(([test]) => test.test(code))?.[1] ?? 'network error';
}

function outcome(res: IncomingMessage): SendResult {
  const status = res.statusCode ?? 0;
  // An empty answer leaves the connection reusable; any other body is not waited for.
  if (res.headers['content-length'] === '0' || status === 204 || status === 304) res.resume();
  else res.destroy();
  if (status >= 200 && status < 300) return { ok: true, status };
  const note = status >= 300 && status < 400 ? ' (redirects are not followed)' : '';
  return { ok: false, status, error: `HTTP ${status}${note}`, interrupted: false };
}

export function sendWebhook(
  out: Outgoing,
  opts: {
    timeoutMs: number;
    stop: AbortSignal;
    addresses: readonly LookupAddress[];
    agents: Agents;
  },
): Promise<SendResult> {
  const url = new URL(out.url);
  const body = webhookBody(out.payload);
  const timeout = AbortSignal.timeout(opts.timeoutMs);
  const https = url.protocol === 'https:';
  // The wall clock, not the app's: receivers compare it with theirs to refuse replays.
  const timestamp = Math.floor(Date.now() / 1000);
  const secrets = [out.secret, ...(out.previousSecret ? [out.previousSecret] : [])];
  const send = https ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const req = send(url, {
      method: 'POST',
      agent: https ? opts.agents.https : opts.agents.http,
      lookup: checkedLookup(opts.addresses),
      signal: AbortSignal.any([timeout, opts.stop]),
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(body),
        'User-Agent': 'Parley-Webhooks/1.0',
        'X-Parley-Event': out.payload.type,
        'X-Parley-Delivery': out.deliveryId,
        'X-Parley-Signature': signBody(out.secret, body),
        'webhook-id': out.deliveryId,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': standardSignature(secrets, out.deliveryId, timestamp, body),
      },
    });
    req.on('response', (res) => resolve(outcome(res)));
    req.on('error', (error) => {
      if (opts.stop.aborted)
        resolve({ ok: false, status: null, error: 'interrupted', interrupted: true });
      else if (timeout.aborted)
        resolve({ ok: false, status: null, error: 'timed out', interrupted: false });
      else resolve({ ok: false, status: null, error: failureClass(error), interrupted: false });
    });
    req.end(body);
  });
}
