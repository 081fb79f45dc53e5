// The mock API as the app meets it: MSW in Node, the typed client, the in-memory session.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, createApiClient } from '../api';
import { createMockBackend } from './mock-backend';
import { getMockBackend, resetMockBackend, server } from './node';
import { setScenario } from './scenario';

const api = createApiClient({ baseUrl: 'http://localhost' });
const credentials = { email: 'alex@acme.test', password: 'demo-password' };

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  resetMockBackend({});
});
afterEach(() => setScenario({ offline: false, latencyMs: 0, errorRate: 0 }));
afterAll(() => server.close());

describe('mock API', () => {
  it('keeps the session of a sign-in for the following requests, without cookies', async () => {
    await expect(api.me()).rejects.toMatchObject({ status: 401, code: 'unauthorized' });
    const { agent } = await api.signIn(credentials);
    expect(agent.email).toBe('alex@acme.test');
    expect((await api.me()).agent.id).toBe(agent.id);
    await api.signOut();
    await expect(api.me()).rejects.toBeInstanceOf(ApiError);
  });

  it('serves the demo data and applies the rules', async () => {
    await api.signIn(credentials);
    const counts = await api.counts();
    expect(counts.open).toBeGreaterThanOrEqual(30);
    const page = await api.listConversations({ view: 'open', limit: 5 });
    const first = page.data[0];
    if (!first) throw new Error('no open conversation');
    const closed = await api.updateConversation(
      first.id,
      { status: 'closed' },
      { ifMatch: first.version },
    );
    expect(closed.status).toBe('closed');
    expect((await api.counts()).open).toBe(counts.open - 1);
    const stale = await api
      .updateConversation(first.id, { status: 'open' }, { ifMatch: first.version })
      .catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ApiError);
    expect(stale).toMatchObject({
      status: 409,
      code: 'conflict',
      current: { id: first.id, status: 'closed' },
    });
  });

  it('starts a session from a script, for stories and component tests', async () => {
    await getMockBackend().signInAs('gina@globex.test');
    expect((await api.me()).agent.email).toBe('gina@globex.test');
  });

  it('restores a saved session after a reload rebuilt the database', async () => {
    const storage = new Map<string, string>();
    const persist = {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
      removeItem: (k: string) => void storage.delete(k),
    };
    resetMockBackend({ persist });
    await api.signIn({ email: 'sam@acme.test', password: 'demo-password' });
    expect(storage.size).toBe(1);
    resetMockBackend({ persist });
    expect((await api.me()).agent.email).toBe('sam@acme.test');
    await api.signOut();
    expect(storage.size).toBe(0);
  });

  it('plays the offline and failure scenarios', async () => {
    await api.signIn(credentials);
    setScenario({ offline: true });
    await expect(api.counts()).rejects.toMatchObject({ code: 'network', status: 0 });
    setScenario({ offline: false, errorRate: 1 });
    await expect(api.bulk({ action: 'close', ids: [1] })).rejects.toMatchObject({ status: 503 });
    expect((await api.counts()).all).toBeGreaterThan(0);
  });

  it('is deterministic: the same seed and time give the same data', async () => {
    const at = Date.UTC(2025, 4, 1);
    const dump = async () => {
      const b = createMockBackend({ now: () => at });
      await b.ready;
      return b.store.transaction((tx) =>
        tx.listConversations(1, {
          statuses: ['open', 'closed', 'pending'],
          sort: 'newest',
          limit: 100,
        }),
      );
    };
    expect(await dump()).toEqual(await dump());
  });
});
