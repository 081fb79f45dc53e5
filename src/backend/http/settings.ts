// The HTTP defences' settings: who is a trusted proxy, when the cookie is Secure, and the rate
// limits. The Node host reads them from the environment (README's configuration table); the
// browser mock has no environment and takes the defaults.

export interface HttpSettings {
  /** Proxies in front of the server whose `X-Forwarded-*` headers count; 0: none. */
  trustProxyHops: number;
  /** Mark the session cookie `Secure` whatever the request says. */
  cookieSecure: boolean;
  /** Other origins a UI may call the API from (the `VITE_API_BASE_URL` set-up). */
  trustedOrigins: readonly string[];
  /** Failed sign-ins per email and client address, then per client address, in a window. */
  loginFailuresPerEmail: number;
  loginFailuresPerAddress: number;
  loginWindowMs: number;
  /** `POST /api/inbound` per inbox token and client address, in a minute. */
  inboundPerMinute: number;
  /** Event streams one agent may hold open at once. */
  streamsPerAgent: number;
  /** Requests one API token may make in a minute. */
  apiTokenPerMinute: number;
}

export const DEFAULT_HTTP_SETTINGS: HttpSettings = {
  trustProxyHops: 0,
  cookieSecure: false,
  trustedOrigins: [],
  loginFailuresPerEmail: 10,
  loginFailuresPerAddress: 100,
  loginWindowMs: 15 * 60 * 1000,
  inboundPerMinute: 600,
  streamsPerAgent: 10,
  apiTokenPerMinute: 1200,
};

type Env = Readonly<Record<string, string | undefined>>;

function count(env: Env, name: string, fallback: number, min = 1): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > 1_000_000)
    throw new Error(`${name} must be a whole number from ${min} to 1000000, not "${raw}".`);
  return n;
}

function flag(env: Env, name: string): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true' || raw === '1') return true;
  throw new Error(`${name} must be true or false, not "${raw}".`);
}

function origins(env: Env, name: string): string[] {
  const list = (env[name] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return list.map((origin) => {
    const parsed = URL.canParse(origin) ? new URL(origin) : null;
    if (!parsed || parsed.origin !== origin.replace(/\/$/, ''))
      throw new Error(`${name} holds origins like https://app.example.com, not "${origin}".`);
    return parsed.origin;
  });
}

/** `PARLEY_TRUST_PROXY`: unset or false: none; true: one proxy; a number: that many. */
function proxyHops(env: Env): number {
  const raw = env['PARLEY_TRUST_PROXY']?.trim().toLowerCase();
  if (raw === 'true') return 1;
  if (raw === 'false') return 0;
  return count(env, 'PARLEY_TRUST_PROXY', 0, 0);
}

export function httpSettingsFromEnv(env: Env): HttpSettings {
  const d = DEFAULT_HTTP_SETTINGS;
  return {
    trustProxyHops: proxyHops(env),
    cookieSecure: flag(env, 'PARLEY_COOKIE_SECURE'),
    trustedOrigins: origins(env, 'PARLEY_TRUSTED_ORIGINS'),
    loginFailuresPerEmail: count(env, 'PARLEY_LOGIN_FAILURES_PER_EMAIL', d.loginFailuresPerEmail),
    loginFailuresPerAddress: count(
      env,
      'PARLEY_LOGIN_FAILURES_PER_ADDRESS',
      d.loginFailuresPerAddress,
    ),
    loginWindowMs: d.loginWindowMs,
    inboundPerMinute: count(env, 'PARLEY_INBOUND_PER_MINUTE', d.inboundPerMinute),
    streamsPerAgent: count(env, 'PARLEY_STREAMS_PER_AGENT', d.streamsPerAgent),
    apiTokenPerMinute: count(env, 'PARLEY_API_TOKEN_PER_MINUTE', d.apiTokenPerMinute),
  };
}

/** The host's environment where there is one (Node), none in the browser. */
export function hostEnv(): Env {
  const host = globalThis as { process?: { env?: Env } };
  return host.process?.env ?? {};
}
