// @vitest-environment happy-dom
// public/boot.js asks for what the first screen will: the same addresses, to the character, that
// the app's own queries ask for (an address that differs is an answer nobody takes), on the pages
// of the domain's PAGES, which it cannot import.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QueryClient } from '@tanstack/react-query';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PAGES } from '../domain';
import { SAMPLE_PATHNAMES } from '../domain/test-fixtures';
import { withBootAnswers } from './boot-answers';
import { findQueries } from './find';
import { conversationQueries, orgQueries } from './keys';
import { notificationQueries } from './notifications';

const BOOT = readFileSync(join(import.meta.dirname, '../../public/boot.js'), 'utf8');

/** boot.js's one reading of the address: an inbox's or a conversation's (its id captured). */
function bootPattern(): RegExp {
  const reads = [...BOOT.matchAll(/location\.pathname\.match\(\/(.+)\/([a-z]*)\)/g)];
  expect(BOOT.split('location.pathname')).toHaveLength(2);
  expect(reads).toHaveLength(1);
  const [, source = '', flags = ''] = reads[0] ?? [];
  return new RegExp(source, flags);
}

/** What boot.js reads of `pathname`, and what the table does: the same, to the id. */
function readings(pathname: string, boot: RegExp) {
  const found = boot.exec(pathname);
  const conversation = PAGES.conversation.match(pathname);
  return {
    boot: { page: found !== null, conversationId: found?.[1] },
    table: {
      page: conversation !== null || PAGES.inbox.match(pathname) !== null,
      conversationId: conversation?.conversationId,
    },
  };
}

/**
 * Runs boot.js on `address`, the session answering `session`, as the Node host's page loads it or,
 * with `apiInPage`, as the mock API's page does (src/app/main.tsx): the addresses it asks for, a
 * list that grows as its later asks are made.
 */
function runBoot(address: string, { session = 401, apiInPage = false } = {}): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (input: string) => {
    asked.push(input);
    return new Response('{}', { status: input === '/api/session' ? session : 200 });
  });
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    `http://parley.test${address}`,
  );
  const script = document.createElement('script');
  if (apiInPage) script.dataset.api = 'in-page';
  Object.defineProperty(document, 'currentScript', { value: script, configurable: true });
  try {
    new Function(BOOT)();
  } finally {
    Object.defineProperty(document, 'currentScript', { value: null, configurable: true });
  }
  return asked;
}

/** The addresses boot.js asks for at once on `address` (signed out: nothing later). */
function bootAsks(address: string): string[] {
  return [...runBoot(address)];
}

/** Lets boot.js's asks that wait on answers be made. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The addresses the app's queries ask for. Each is answered 404, a client error no query tries
 * again (the conversation's would try a malformed answer twice more, a second apart).
 */
async function appAsks(run: (qc: QueryClient) => Promise<unknown>): Promise<string[]> {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (input: string) => {
    asked.push(input);
    return new Response(JSON.stringify({ error: 'not found' }), { status: 404 });
  });
  window.__parleyBoot = undefined;
  await run(new QueryClient({ defaultOptions: { queries: { retry: false } } })).catch(() => {});
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
  window.__parleyBoot = undefined;
});

describe('public/boot.js', () => {
  it('asks for the session and the inbox page the app asks for', async () => {
    const search = '?view=open&sort=newest';
    const boot = bootAsks(`/inbox/1${search}`);
    const waiting = Object.keys(window.__parleyBoot?.answers ?? {});
    const app = [
      ...(await appAsks((qc) => qc.fetchQuery(orgQueries.me()))),
      ...(await appAsks((qc) =>
        qc.fetchInfiniteQuery(conversationQueries.list({ view: 'open', sort: 'newest' })),
      )),
    ];
    expect(boot).toEqual(app);
    expect(waiting).toEqual(app);
  });

  it('also asks for an open conversation and its newest messages, as the pane does', async () => {
    const boot = bootAsks('/inbox/1/conversations/42?view=pending&sort=oldest');
    const app = [
      ...(await appAsks((qc) => qc.fetchQuery(conversationQueries.detail(42)))),
      ...(await appAsks((qc) => qc.fetchQuery(conversationQueries.messages(42)))),
    ];
    expect(boot.slice(2)).toEqual(app);
  });

  it("on a phone's conversation address, asks for the conversation but not the list it hides", async () => {
    const happyDOM = (window as unknown as { happyDOM: { setViewport(v: object): void } }).happyDOM;
    happyDOM.setViewport({ width: 390, height: 844 });
    try {
      const boot = bootAsks('/inbox/1/conversations/42?view=open&sort=newest');
      const app = [
        ...(await appAsks((qc) => qc.fetchQuery(orgQueries.me()))),
        ...(await appAsks((qc) => qc.fetchQuery(conversationQueries.detail(42)))),
        ...(await appAsks((qc) => qc.fetchQuery(conversationQueries.messages(42)))),
      ];
      expect(boot).toEqual(app);
      // The list itself, on the same phone, is still asked for early.
      expect(bootAsks('/inbox/1?view=open&sort=newest')).toHaveLength(2);
    } finally {
      happyDOM.setViewport({ width: 1024, height: 768 });
    }
  });

  it("asks for the list under the mock API's scenario, which the list does not read", () => {
    const plain = bootAsks('/inbox/1?view=open&sort=newest');
    expect(bootAsks('/inbox/1?view=open&sort=newest&scenario=size%3A10000')).toEqual(plain);
    expect(plain).toContain('/api/conversations?view=open&sort=newest&limit=50');
  });

  it("reads the inbox's and a conversation's addresses as the table does", () => {
    const boot = bootPattern();
    for (const { pathname } of SAMPLE_PATHNAMES) {
      const { boot: read, table } = readings(pathname, boot);
      expect({ pathname, ...read }).toEqual({ pathname, ...table });
    }
  });

  it('reads any path of those segments as the table does', () => {
    const boot = bootPattern();
    const segment = fc.constantFrom('inbox', 'conversations', 'INBOX', '1', '42', '0', 'x', '');
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (segments) => {
        const { boot: read, table } = readings(`/${segments.join('/')}`, boot);
        expect(read).toEqual(table);
      }),
    );
  });

  it("once the screen's answers are in, asks for the org's that the sidebar and the pane ask for", async () => {
    const asked = runBoot('/inbox/1/conversations/42?view=open&sort=newest', { session: 200 });
    const screen = [...asked];
    expect(screen).toHaveLength(4);
    await vi.waitFor(() => expect(asked.length).toBeGreaterThan(screen.length));
    await settle();
    const later = asked.slice(screen.length);
    const app = [
      ...(await appAsks((qc) => qc.fetchQuery(conversationQueries.counts()))),
      ...(await appAsks((qc) => qc.fetchQuery(findQueries.views()))),
      ...(await appAsks((qc) => qc.fetchQuery(findQueries.tags()))),
      ...(await appAsks((qc) => qc.fetchQuery(orgQueries.directory()))),
      ...(await appAsks((qc) => qc.fetchQuery(notificationQueries.list()))),
    ];
    expect(later).toEqual(app);
  });

  it("does not ask for the org's signed out, with the mock API in the page, or once the app has", async () => {
    const address = '/inbox/1?view=open&sort=newest';
    const signedOut = runBoot(address, { session: 401 });
    await settle();
    expect(signedOut).toEqual([
      '/api/session',
      '/api/conversations?view=open&sort=newest&limit=50',
    ]);
    const inPage = runBoot(address, { session: 200, apiInPage: true });
    await settle();
    expect(inPage).toEqual(signedOut);
    // The app asks for the views itself before the screen's answers are in: boot.js leaves them.
    const asked = runBoot(address, { session: 200 });
    const app = withBootAnswers(async () => new Response('{}', { status: 200 }));
    await app('/api/views', { method: 'GET' });
    await settle();
    expect(asked).toContain('/api/tags');
    expect(asked).not.toContain('/api/views');
  });

  it('asks only for the session on another page or a filtered list', () => {
    expect(bootAsks('/settings')).toEqual(['/api/session']);
    expect(bootAsks('/inbox/1?view=open&sort=newest&q=refund')).toEqual(['/api/session']);
  });
});
