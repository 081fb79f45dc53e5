// The typed client: what it sends, and how answers become data or ApiError.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetMockBackend, server } from '../mocks/node';
import { createApiClient } from './client';
import { ApiError } from './error-schemas';

interface Sent {
  url: string;
  init: RequestInit;
}

function recording(answer: () => Response) {
  const sent: Sent[] = [];
  const client = createApiClient({
    baseUrl: 'https://parley.example',
    fetch: async (url, init) => {
      sent.push({ url, init });
      return answer();
    },
  });
  return { client, sent };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const conversation = {
  id: 7,
  orgId: 1,
  inboxId: 1,
  contactId: 3,
  participants: [],
  status: 'open',
  channel: 'chat',
  createdAt: 1,
  updatedAt: 2,
  lastActivityAt: 2,
  relatedPlaybookId: null,
  conversationTags: [],
  priority: 'none',
  assigneeId: null,
  teamId: null,
  followers: [],
  snoozedUntil: null,
  links: [],
  version: 4,
  statusBeforeSpam: null,
  inactiveNotifiedAt: null,
  waitingSince: null,
  mergedInto: null,
  contact: { id: 3, name: 'Ann', email: 'ann@example.com' },
};

describe('request shape', () => {
  it('sends JSON with credentials and a quoted If-Match', async () => {
    const { client, sent } = recording(() => json(conversation));
    await client.updateConversation(7, { status: 'closed' }, { ifMatch: 4 });
    const [first] = sent;
    expect(first?.url).toBe('https://parley.example/api/conversations/7');
    expect(first?.init).toMatchObject({
      method: 'PATCH',
      credentials: 'include',
      body: '{"status":"closed"}',
    });
    expect(first?.init.headers).toMatchObject({
      'Content-Type': 'application/json',
      'If-Match': '"4"',
    });
  });

  it('puts list parameters in the query string and leaves out the unset ones', async () => {
    const { client, sent } = recording(() => json({ data: [], next: null }));
    await client.listConversations({
      view: 'closed',
      sort: 'oldest',
      limit: 20,
      assignee: 'me',
      cursor: null,
    });
    expect(sent[0]?.url).toBe(
      'https://parley.example/api/conversations?view=closed&sort=oldest&limit=20&assignee=me',
    );
    expect(sent[0]?.init.headers).not.toHaveProperty('Content-Type');
  });

  it('encodes tag names in the path and sends the inbox token as a bearer', async () => {
    const { client, sent } = recording(() => json({ conversationId: 1, created: true }, 201));
    await client.inbound('tok', { channel: 'chat', contact: { email: 'a@b.c' }, body: 'hi' });
    expect(sent[0]?.init.headers).toMatchObject({ Authorization: 'Bearer tok' });
    const tags = recording(() => json(conversation));
    await tags.client.removeTag(7, 'a/b c');
    expect(tags.sent[0]?.url).toBe('https://parley.example/api/conversations/7/tags/a%2Fb%20c');
  });
});

describe('answers', () => {
  it('turns a 409 into an ApiError carrying the current conversation', async () => {
    const { client } = recording(() =>
      json({ error: { code: 'conflict', message: 'changed' }, current: conversation }, 409),
    );
    const error = await client.markSpam(7, { ifMatch: 3 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 409,
      code: 'conflict',
      message: 'changed',
      current: { id: 7, version: 4 },
    });
  });

  it('names the conversations a bulk request could not change', async () => {
    const { client } = recording(() =>
      json(
        { error: { code: 'rejected', message: 'no', failed: [{ id: 3, reason: 'spam' }] } },
        422,
      ),
    );
    await expect(client.bulk({ action: 'close', ids: [3] })).rejects.toMatchObject({
      code: 'rejected',
      failed: [{ id: 3, reason: 'spam' }],
    });
  });

  it('keeps the status of an answer that is not our error shape', async () => {
    const { client } = recording(() => new Response('Bad gateway', { status: 502 }));
    await expect(client.counts()).rejects.toMatchObject({
      status: 502,
      code: 'internal',
      message: 'Bad gateway',
    });
  });

  it('reports an answer that breaks the contract as bad_response', async () => {
    const { client } = recording(() => json({ open: 'many' }));
    await expect(client.counts()).rejects.toMatchObject({ code: 'bad_response' });
  });

  it('reports a failed fetch as network', async () => {
    const client = createApiClient({
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    await expect(client.me()).rejects.toMatchObject({ status: 0, code: 'network' });
  });

  it('tells a /sync command apart from a message', async () => {
    const { client } = recording(() =>
      json({ type: 'command', command: 'sync', conversation }, 202),
    );
    const result = await client.sendMessage(7, { type: 'chat', body: '/sync' });
    expect(result.type).toBe('command');
  });
});

describe('against the mock API', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    resetMockBackend({});
  });
  afterAll(() => server.close());

  it('walks a conversation through reply, note, snooze and restore', async () => {
    const api = createApiClient({ baseUrl: 'http://localhost' });
    await api.signIn({ email: 'sam@acme.test', password: 'demo-password' });
    const { conversationId } = await api.inbound('acme-demo-inbox-token', {
      channel: 'email',
      contact: { email: 'walk@example.com', name: 'Walker' },
      body: 'Help',
    });
    const reply = await api.sendMessage(conversationId, { type: 'chat', body: 'Hello Walker' });
    expect(reply).toMatchObject({ type: 'chat', authorType: 'agent' });
    const snoozed = await api.snooze(conversationId, Date.now() + 3_600_000);
    expect(snoozed.status).toBe('snoozed');
    expect((await api.unsnooze(conversationId, { ifMatch: snoozed.version })).status).toBe('open');
    const thread = await api.listMessages(conversationId);
    expect(thread.data.map((m) => m.type)).toEqual(['chat', 'chat', 'event', 'event']);
    await expect(api.sync(conversationId)).resolves.toBeUndefined();
    expect((await api.listAgents()).agents.map((a) => a.name)).toContain('Sam');
  });
});
