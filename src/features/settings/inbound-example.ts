// The curl request an admin can paste to try an inbox's token.

/** Where the API lives, as the app itself reaches it. */
export function apiOrigin(): string {
  const configured: string | undefined = import.meta.env.VITE_API_BASE_URL;
  if (configured) return configured.replace(/\/$/, '');
  return typeof window === 'undefined' ? 'http://localhost:3000' : window.location.origin;
}

export function curlExample(token: string, origin = apiOrigin()): string {
  const body = JSON.stringify({
    channel: 'email',
    contact: { email: 'jo@example.com', name: 'Jo Example' },
    body: 'Hello! My order has not arrived yet.',
  });
  return [
    `curl -X POST ${origin}/api/inbound \\`,
    `  -H 'Authorization: Bearer ${token}' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d '${body}'`,
  ].join('\n');
}
