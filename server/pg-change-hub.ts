// The change hub across processes on one PostgreSQL. A commit that appended to an org's feed wakes
// this process's event streams at once (the in-process hub) and the others' through
// `NOTIFY parley_changes, '<orgId>'`, which a dedicated connection LISTENs to. A notification can
// be lost (a process that dies right after its commit, a listener reconnecting): streams re-read
// the feed on every heartbeat anyway, and after a reconnect every local stream is woken once.
import pg from 'pg';
import { createChangeHub, type ChangeHub } from '../src/backend/change-hub';
import { createSignalHub, type Signal, type SignalHub } from '../src/backend/signal-hub';

export const CHANGES_CHANNEL = 'parley_changes';
/** Presence and notification signals (SPEC 7.5), as JSON: they live in no table. */
export const SIGNALS_CHANNEL = 'parley_signals';

export interface PgChangeHub extends ChangeHub, SignalHub {
  close(): Promise<void>;
}

const RECONNECT_MS = [500, 1_000, 2_000, 5_000, 10_000];

export async function startPgChangeHub(
  connectionString: string,
  onError: (error: unknown) => void,
): Promise<PgChangeHub> {
  const local = createChangeHub();
  const signals = createSignalHub();
  const outgoingSignals: string[] = [];
  const watched = new Map<number, number>();
  const outgoing = new Set<number>();
  let listener: pg.Client | null = null;
  let ownPid = 0;
  let closed = false;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;

  async function connect(): Promise<void> {
    const client = new pg.Client({ connectionString });
    client.on('notification', (message) => {
      // A session hears its own NOTIFYs too; those streams were woken already.
      if (message.processId === ownPid) return;
      if (message.channel === SIGNALS_CHANNEL) {
        const signal = parseSignal(message.payload);
        if (signal) signals.deliver(signal);
        return;
      }
      if (message.channel !== CHANGES_CHANNEL) return;
      const orgId = Number(message.payload);
      if (Number.isSafeInteger(orgId)) local.notify(orgId);
    });
    client.on('error', (error) => {
      onError(error);
      lost(client);
    });
    client.on('end', () => lost(client));
    await client.connect();
    await client.query(`LISTEN ${CHANGES_CHANNEL}`);
    await client.query(`LISTEN ${SIGNALS_CHANNEL}`);
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    ownPid = rows[0]?.pid ?? 0;
    listener = client;
    failures = 0;
  }

  function lost(client: pg.Client) {
    if (listener !== client) return;
    listener = null;
    client.end().catch(() => undefined);
    scheduleReconnect();
  }

  function scheduleReconnect() {
    if (closed) return;
    const delay = RECONNECT_MS[Math.min(failures, RECONNECT_MS.length - 1)] ?? 10_000;
    failures += 1;
    retry = setTimeout(() => {
      connect().then(
        // Whatever was committed while nobody listened: every local stream looks once.
        () => watched.forEach((_count, orgId) => local.notify(orgId)),
        (error: unknown) => {
          onError(error);
          scheduleReconnect();
        },
      );
    }, delay);
    retry.unref();
  }

  /**
   * Coalesces the notifications of one tick into one statement, one statement at a time on the
   * listening connection: what arrives while one is on its way goes out in the next.
   */
  let sending = false;
  function flush() {
    if (sending) return;
    const orgIds = [...outgoing].map(String);
    outgoing.clear();
    const payloads = outgoingSignals.splice(0);
    if (listener === null || (orgIds.length === 0 && payloads.length === 0)) return;
    sending = true;
    listener
      .query(
        `SELECT pg_notify('${CHANGES_CHANNEL}', id) FROM unnest($1::text[]) AS id
         UNION ALL SELECT pg_notify('${SIGNALS_CHANNEL}', p) FROM unnest($2::text[]) AS p`,
        [orgIds, payloads],
      )
      .catch(onError)
      .finally(() => {
        sending = false;
        if (outgoing.size > 0 || outgoingSignals.length > 0) flush();
      });
  }

  await connect();

  return {
    notify(orgId) {
      local.notify(orgId);
      if (outgoing.size === 0 && outgoingSignals.length === 0) queueMicrotask(flush);
      outgoing.add(orgId);
    },
    publish(signal) {
      signals.deliver(signal);
      if (outgoing.size === 0 && outgoingSignals.length === 0) queueMicrotask(flush);
      outgoingSignals.push(JSON.stringify(signal));
    },
    listen: (listener) => signals.listen(listener),
    subscribe(orgId, listen) {
      watched.set(orgId, (watched.get(orgId) ?? 0) + 1);
      const unsubscribe = local.subscribe(orgId, listen);
      let done = false;
      return () => {
        if (done) return;
        done = true;
        unsubscribe();
        const left = (watched.get(orgId) ?? 1) - 1;
        if (left > 0) watched.set(orgId, left);
        else watched.delete(orgId);
      };
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      const client = listener;
      listener = null;
      await client?.end().catch(() => undefined);
    },
  };
}

/** A signal another process sent, checked enough that a stream can pass it on as it is. */
function parseSignal(payload: string | undefined): Signal | null {
  try {
    const value: unknown = JSON.parse(payload ?? '');
    if (typeof value !== 'object' || value === null) return null;
    const { type, orgId, data } = value as Record<string, unknown>;
    if (!Number.isSafeInteger(orgId) || typeof data !== 'object' || data === null) return null;
    if (type === 'presence' || type === 'notifications') return value as Signal;
    return null;
  } catch {
    return null;
  }
}
