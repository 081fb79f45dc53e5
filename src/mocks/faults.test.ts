import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, createApiClient } from '../api';
import { clearFaults, failNext, setFaults, takeFault } from './faults';
import { resetMockBackend, server } from './node';

const request = (method: string, path: string) => ({ method, url: `http://localhost${path}` });

afterEach(clearFaults);

describe('request faults', () => {
  it('fail the matching request the given number of times, then let it through', () => {
    setFaults([{ method: 'GET', path: '/api/conversations', times: 2 }]);
    expect(takeFault(request('GET', '/api/conversations?view=open'))).toBe(503);
    expect(takeFault(request('GET', '/api/conversations'))).toBe(503);
    expect(takeFault(request('GET', '/api/conversations'))).toBeNull();
  });

  it('match the exact path and the method, case aside', () => {
    setFaults([{ method: 'post', path: '/api/conversations' }]);
    expect(takeFault(request('GET', '/api/conversations'))).toBeNull();
    expect(takeFault(request('POST', '/api/conversations/counts'))).toBeNull();
    expect(takeFault(request('POST', '/api/conversations'))).toBe(503);
  });

  it('take a pattern, any method, and a status of their own (0: no answer at all)', () => {
    setFaults([{ path: /\/messages$/, status: 0 }]);
    expect(takeFault(request('GET', '/api/conversations/7'))).toBeNull();
    expect(takeFault(request('POST', '/api/conversations/7/messages'))).toBe(0);
    failNext({ path: '/api/me', status: 500 });
    failNext({ path: '/api/me', status: 429 });
    expect(takeFault(request('GET', '/api/me'))).toBe(500);
    expect(takeFault(request('GET', '/api/me'))).toBe(429);
    expect(takeFault(request('GET', '/api/me'))).toBeNull();
  });

  it('are replaced by setFaults and dropped by clearFaults', () => {
    failNext({ path: '/api/me' });
    setFaults([{ path: '/api/inboxes' }]);
    expect(takeFault(request('GET', '/api/me'))).toBeNull();
    clearFaults();
    expect(takeFault(request('GET', '/api/inboxes'))).toBeNull();
  });
});

describe('request faults through the mock API', () => {
  const api = createApiClient({ baseUrl: 'http://localhost' });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('answer with an API error the client understands, once', async () => {
    resetMockBackend({});
    await api.signIn({ email: 'alex@acme.test', password: 'demo-password' });
    failNext({ method: 'GET', path: '/api/conversations/counts' });
    const failed = await api.counts().catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(ApiError);
    expect(failed).toMatchObject({ status: 503, code: 'internal' });
    expect((await api.counts()).open).toBeGreaterThan(0);
  });

  it('answer a fault of status 0 as a network error', async () => {
    resetMockBackend({});
    await api.signIn({ email: 'alex@acme.test', password: 'demo-password' });
    failNext({ path: '/api/me', status: 0 });
    await expect(api.me()).rejects.toMatchObject({ code: 'network' });
    expect((await api.me()).agent.email).toBe('alex@acme.test');
  });
});
