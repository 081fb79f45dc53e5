// A webhook receiver for tests: node:http on 127.0.0.1, recording every request it gets and
// answering what the test says; it can go down and come back on the same port. Test use only.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { WebhookPayload } from '../../src/domain';

export interface Received {
  /** Path and query, which tell the subscriptions of one receiver apart. */
  path: string;
  headers: IncomingHttpHeaders;
  /** The raw body, as the signature covers it. */
  body: string;
  payload: WebhookPayload;
}

export interface Receiver {
  url: string;
  port: number;
  /** Every request, in arrival order, whatever it was answered. */
  requests: Received[];
  /** The answer to the next request (a status, perhaps late); 200 unless a test says otherwise. */
  respond: (r: Received, index: number) => number | { status: number; afterMs: number };
  /** Stops listening (the receiver is down) and starts again on the same port. */
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  let server: Server | null = null;
  const receiver: Receiver = {
    url: '',
    port: 0,
    requests: [],
    respond: () => 200,
    async down() {
      const s = server;
      server = null;
      if (!s) return;
      await new Promise<void>((resolve) => s.close(() => resolve()));
      s.closeAllConnections();
    },
    async up() {
      if (server) return;
      const s = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          const r: Received = {
            path: req.url ?? '',
            headers: req.headers,
            body,
            payload: JSON.parse(body),
          };
          receiver.requests.push(r);
          const answer = receiver.respond(r, receiver.requests.length - 1);
          const { status, afterMs } =
            typeof answer === 'number' ? { status: answer, afterMs: 0 } : answer;
          const reply = () => {
            if (!res.destroyed) res.writeHead(status).end();
          };
          if (afterMs > 0) setTimeout(reply, afterMs).unref();
          else reply();
        });
      });
      await new Promise<void>((resolve, reject) => {
        s.once('error', reject);
        s.listen(receiver.port, '127.0.0.1', () => resolve());
      });
      server = s;
      const address = s.address();
      if (address === null || typeof address === 'string') throw new Error('no TCP port');
      receiver.port = address.port;
      receiver.url = `http://127.0.0.1:${receiver.port}/hook`;
    },
    close: () => receiver.down(),
  };
  await receiver.up();
  return receiver;
}
