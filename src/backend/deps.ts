// What the backend needs from its host, and the defaults for what it may leave out.
import { UNDO_WINDOW_MS } from '../domain';
import { createChangeHub, type ChangeHub } from './change-hub';
import { createPresenceBoard, type PresenceBoard } from './presence-board';
import { createSignalHub, type SignalHub } from './signal-hub';
import { httpSettingsFromEnv, hostEnv, type HttpSettings } from './http/settings';
import { createCookieTransport, type SessionTransport } from './session-transport';
import { ALLOW_NONE, type AllowList } from './service/webhook-address';
import type { ServerAddress } from './service/webhook-target';
import type { Store } from './store';

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, hash: string): Promise<boolean>;
}

export interface AppDeps {
  store: Store;
  now: () => number;
  passwords: PasswordHasher;
  /** An unguessable token (session ids, generated webhook secrets); injectable for tests. */
  random?: () => string;
  changes?: ChangeHub;
  /** Presence and notification signals; a multi-process host passes one that crosses processes. */
  signals?: SignalHub;
  session?: SessionTransport;
  /** Where unexpected errors (the 500s) are reported. */
  onError?: (error: unknown) => void;
  /** Heartbeat period of `/api/events`; 15 s unless a test needs it shorter. */
  heartbeatMs?: number;
  /** How long a change can be undone, its webhooks held meanwhile; SPEC 7.2's 10 s unless a test
   * of delivery alone wants its webhooks due at once. */
  undoWindowMs?: number;
  /** Where the server listens (Node host), so a webhook cannot target it; none in the browser. */
  serverAddress?: () => ServerAddress | null;
  /** Proxies, the cookie and the rate limits; from the host's environment unless given. */
  http?: Partial<HttpSettings>;
  /** Hosts and ranges a webhook may reach besides public addresses (`PARLEY_WEBHOOK_ALLOW_HOSTS`). */
  webhookAllow?: AllowList;
  /**
   * Every address a host name resolves to ([] when it does not), so a subscription to a name that
   * resolves inward is refused; none in the browser, which judges the URL as written.
   */
  resolveHost?: (hostname: string) => Promise<readonly string[]>;
}

/** AppDeps with every default filled in: what the service and the routes use. */
export interface Services {
  store: Store;
  now: () => number;
  passwords: PasswordHasher;
  random: () => string;
  changes: ChangeHub;
  signals: SignalHub;
  /** Who is in which conversation now, from the presence signals. */
  presence: PresenceBoard;
  session: SessionTransport;
  onError: (error: unknown) => void;
  heartbeatMs: number;
  undoWindowMs: number;
  serverAddress: () => ServerAddress | null;
  http: HttpSettings;
  webhookAllow: AllowList;
  resolveHost: ((hostname: string) => Promise<readonly string[]>) | null;
}

export function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function resolveDeps(deps: AppDeps): Services {
  const http = { ...httpSettingsFromEnv(hostEnv()), ...deps.http };
  const signals = deps.signals ?? createSignalHub();
  return {
    store: deps.store,
    now: deps.now,
    passwords: deps.passwords,
    random: deps.random ?? randomToken,
    changes: deps.changes ?? createChangeHub(),
    signals,
    presence: presenceBoardOf(signals),
    session: deps.session ?? createCookieTransport(http),
    onError: deps.onError ?? ((error) => console.error(error)),
    heartbeatMs: deps.heartbeatMs ?? 15_000,
    undoWindowMs: deps.undoWindowMs ?? UNDO_WINDOW_MS,
    serverAddress: deps.serverAddress ?? (() => null),
    http,
    webhookAllow: deps.webhookAllow ?? ALLOW_NONE,
    resolveHost: deps.resolveHost ?? null,
  };
}

/** One board per hub: the clock and the routes resolve their deps apart but share the hub. */
const boards = new WeakMap<SignalHub, PresenceBoard>();
function presenceBoardOf(signals: SignalHub): PresenceBoard {
  let board = boards.get(signals);
  if (!board) boards.set(signals, (board = createPresenceBoard(signals)));
  return board;
}
