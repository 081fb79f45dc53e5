// Script payloads in every free-text field: contacts' names and messages (a malicious contact needs
// only the inbox's public widget), replies, notes, tag names, ticket titles, webhook URLs. The API
// stores text and returns it unchanged as JSON strings; the UI renders text, never HTML. Unlike the
// other families these requests succeed and write, into a conversation of their own.
import { expect } from 'vitest';
import {
  conversationDetailSchema,
  inboundResultSchema,
  messagePageSchema,
  messageSchema,
  webhookSchema,
} from '../../../src/api';
import { DEMO_TOKENS } from '../../../src/backend/demo-data';
import { SESSION_COOKIE } from '../../../src/backend/session-transport';
import { JSON_TYPE, type CheckContext, type Family, type HostileCase } from '../hostile-case';

export const XSS_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  "javascript:alert('x')",
  '</script><script>alert(1)</script>',
  '{{constructor.constructor("alert(1)")()}}',
  '<a href="javascript:alert(1)">click</a>',
  '&lt;b&gt;already escaped&lt;/b&gt;',
  '<style>*{display:none}</style><!--',
  // Names and titles are trimmed, so the separators sit inside the text, not at its ends.
  'line\u2028and paragraph\u2029separators, \u202etxt.exe\u202c',
] as const;

async function read(ctx: CheckContext, path: string): Promise<unknown> {
  const res = await ctx.h.fetch(path, {
    headers: { cookie: `${SESSION_COOKIE}=${ctx.f.tokens.alex}` },
  });
  expect(res.headers.get('content-type')).toMatch(/^application\/json\b/);
  return res.json();
}

const post = (
  path: string,
  body: unknown,
  as: 'alex' | 'admin' | 'anonymous' = 'alex',
  extra = {},
) => ({
  method: 'POST',
  path,
  as,
  headers: { ...JSON_TYPE, ...extra },
  body: JSON.stringify(body),
});

function payloadCases(payload: string, i: number): HostileCase[] {
  const target = (ctx: CheckContext) => `/api/conversations/${ctx.f.xssTarget}`;
  return [
    {
      name: `a contact's name and message: ${payload}`,
      request: () =>
        post(
          '/api/inbound',
          {
            channel: 'chat',
            contact: { email: `xss-${i}@customers.test`, name: payload },
            body: payload,
          },
          'anonymous',
          { authorization: `Bearer ${DEMO_TOKENS.acme}` },
        ),
      expect: {
        status: 201,
        check: async (json, ctx) => {
          const { conversationId } = inboundResultSchema.parse(json);
          const path = `/api/conversations/${conversationId}`;
          const detail = conversationDetailSchema.parse(await read(ctx, path));
          expect(detail.contact.name).toBe(payload);
          const thread = messagePageSchema.parse(await read(ctx, `${path}/messages`));
          expect(thread.data.map((m) => m.body)).toContain(payload);
        },
      },
    },
    {
      name: `a reply: ${payload}`,
      request: (f) =>
        post(`/api/conversations/${f.xssTarget}/messages`, { type: 'chat', body: payload }),
      expect: {
        status: 201,
        check: (json) => expect(messageSchema.parse(json).body).toBe(payload),
      },
    },
    {
      name: `a note: ${payload}`,
      request: (f) =>
        post(`/api/conversations/${f.xssTarget}/messages`, { type: 'note', body: payload }),
      expect: {
        status: 201,
        check: async (json, ctx) => {
          expect(messageSchema.parse(json).body).toBe(payload);
          const thread = messagePageSchema.parse(
            await read(ctx, `${target(ctx)}/messages?limit=100`),
          );
          expect(thread.data.filter((m) => m.type === 'note').map((m) => m.body)).toContain(
            payload,
          );
        },
      },
    },
    {
      name: `a tag name: ${payload}`,
      request: (f) => post(`/api/conversations/${f.xssTarget}/tags`, { name: payload }),
      expect: {
        status: 200,
        check: (json) =>
          expect(
            conversationDetailSchema.parse(json).conversationTags.map((t) => t.name),
          ).toContain(payload),
      },
    },
    {
      name: `a ticket title: ${payload}`,
      request: (f) =>
        post(`/api/conversations/${f.xssTarget}/links`, { type: 'ticket', title: payload }),
      expect: {
        status: 200,
        check: async (json, ctx) => {
          const links = conversationDetailSchema.parse(json).links;
          const ticket = links[links.length - 1];
          if (ticket?.type !== 'ticket') throw new Error('the new ticket is the last link');
          const stored = await ctx.h.store.transaction((tx) =>
            tx.getTicket(ctx.f.acme.orgId, ticket.id),
          );
          expect(stored?.title).toBe(payload);
        },
      },
    },
  ];
}

const webhookUrl = 'https://hooks.example.com/?q=<script>alert(1)</script>';

export const xss: Family = {
  name: 'XSS payloads',
  attack: 'script in every text field, which must come back as the same text in JSON',
  cases: [
    ...XSS_PAYLOADS.flatMap(payloadCases),
    {
      name: `a webhook URL: ${webhookUrl}`,
      request: () =>
        post('/api/webhooks', { url: webhookUrl, events: ['conversation_push'] }, 'admin'),
      expect: {
        status: 201,
        check: (json) => expect(webhookSchema.parse(json).url).toBe(webhookUrl),
      },
    },
  ],
};
