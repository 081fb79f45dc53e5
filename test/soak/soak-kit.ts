// Tools of the soak tests (`npm run test:soak`): the real entry point in a child process, an
// event-stream client that records every event it reads, and samples of the child's resident
// memory from /proc. Loopback only. Soak use only.
import { readFile } from 'node:fs/promises';

export { startChildServer as startChild, type ChildServer as Child } from '../server/child-server';

/** Resident memory of a process in MB, from /proc (Linux). */
export async function residentMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
  if (kb === undefined) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(kb) / 1024;
}

export interface StreamEvent {
  id: number;
  type: string;
  orgId: number;
  conversationId: number | null;
}

export interface StreamClient {
  /** The id the stream started after (its `ready` event). */
  startId(): number | null;
  events: StreamEvent[];
  /** Why the stream ended, if it did; a soak expects none to. */
  ended(): string | null;
  close(): void;
}

/** `GET /api/events` with a session cookie (or from `lastEventId`), parsed as it arrives. */
export async function openStream(
  url: string,
  cookie: string,
  lastEventId?: number,
): Promise<StreamClient> {
  const abort = new AbortController();
  const query = lastEventId === undefined ? '' : `?lastEventId=${lastEventId}`;
  const res = await fetch(`${url}/api/events${query}`, {
    headers: { cookie, accept: 'text/event-stream' },
    signal: abort.signal,
  });
  if (res.status !== 200 || res.body === null)
    throw new Error(`GET /api/events answered ${res.status}: ${await res.text()}`);
  const events: StreamEvent[] = [];
  let start: number | null = null;
  let ended: string | null = null;
  let closing = false;
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const onBlock = (block: string) => {
    const fields = new Map<string, string>();
    for (const line of block.split('\n')) {
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      fields.set(line.slice(0, colon), line.slice(colon + 1).trimStart());
    }
    const type = fields.get('event');
    if (type === 'ready') start = Number(fields.get('id'));
    else if (type !== undefined) {
      const data = JSON.parse(fields.get('data') ?? '{}') as Partial<StreamEvent>;
      events.push({
        id: Number(fields.get('id')),
        type,
        orgId: Number(data.orgId),
        conversationId: data.conversationId ?? null,
      });
    }
  };
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += value;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          onBlock(buffer.slice(0, cut));
          buffer = buffer.slice(cut + 2);
        }
      }
      if (!closing) ended = 'the server ended the stream';
    } catch (error) {
      if (!closing) ended = `the stream failed: ${String(error)}`;
    }
  })();
  return {
    startId: () => start,
    events,
    ended: () => ended,
    close() {
      closing = true;
      abort.abort();
    },
  };
}

export async function signIn(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo-password' }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${email} answered ${res.status}`);
  return res.headers.get('set-cookie')?.split(';')[0] ?? '';
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
