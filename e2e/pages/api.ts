// The API as the specs reach it on both projects. On `mock` the API lives in the page (an MSW
// service worker answers `/api/*`), so Playwright's own `request` never sees it: calls go through
// the page's `fetch`, which works on `real` too and carries the page's session either way.
import { expect, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';

export const ACME_INBOX_TOKEN = 'acme-demo-inbox-token';

export function isMock(info: TestInfo): boolean {
  return info.project.name === 'mock';
}

/** A GET with the page's session; fails the spec unless the answer is 2xx. */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  const { status, body } = await page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: 'include' });
    return { status: response.status, body: (await response.json()) as unknown };
  }, path);
  expect(status, `GET ${path}`).toBeLessThan(300);
  return body as T;
}

export interface InboundMessage {
  email: string;
  name: string;
  body: string;
  channel?: 'email' | 'chat';
}

/**
 * A contact writes in: `POST /api/inbound` with the inbox's bearer token. On `real` it comes from
 * outside the browser (Playwright's `request`), as a mail gateway would; on `mock` there is no
 * outside, so the page posts it to its own mock API, which runs the same route.
 */
export async function deliverInbound(
  page: Page,
  request: APIRequestContext,
  info: TestInfo,
  message: InboundMessage,
): Promise<{ conversationId: number }> {
  const payload = {
    channel: message.channel ?? 'email',
    contact: { email: message.email, name: message.name },
    body: message.body,
  };
  const headers = {
    Authorization: `Bearer ${ACME_INBOX_TOKEN}`,
    'Content-Type': 'application/json',
  };
  if (!isMock(info)) {
    const response = await request.post('/api/inbound', { data: payload, headers });
    expect(response.status()).toBe(201);
    return (await response.json()) as { conversationId: number };
  }
  const { status, body } = await page.evaluate(
    async ({ payload, headers }) => {
      const response = await fetch('/api/inbound', {
        method: 'POST',
        headers,
        body: JSON.stringify(payload),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    },
    { payload, headers },
  );
  expect(status).toBe(201);
  return body as { conversationId: number };
}
