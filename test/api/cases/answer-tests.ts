// Answering faster (SPEC 7.4): saved replies for the whole org, files uploaded, sent with a reply
// or note, listed on their messages and downloaded byte for byte, and only by their org.
import { describe, expect, it } from 'vitest';
import {
  attachmentSchema,
  messageSchema,
  savedReplyListSchema,
  savedReplySchema,
} from '../../../src/api';
import { DEMO_TOKENS } from '../../../src/backend/demo-data';
import { ATTACHMENT_MAX_BYTES } from '../../../src/domain';
import type { Client } from '../harness';
import { errorOf, getThread, listPage, ok, type Ctx } from './helpers';

const listReplies = async (client: Client) =>
  (await ok(await client.get('/api/saved-replies'), savedReplyListSchema)).data;

/** Every byte value, then a stretch that is not valid UTF-8: what a text path would mangle. */
function sampleBytes(length = 4096): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) bytes[i] = (i * 7 + (i >> 8)) % 256;
  return bytes;
}

function upload(
  client: Client,
  conversationId: number,
  bytes: Uint8Array,
  name = 'screenshot.png',
  type = 'image/png',
) {
  const form = new FormData();
  form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), name);
  return client.fetch(`/api/conversations/${conversationId}/attachments`, {
    method: 'POST',
    body: form,
  });
}

const bytesOf = async (res: Response) => new Uint8Array(await res.arrayBuffer());

export function answerTests(ctx: Ctx) {
  describe('saved replies', () => {
    it('an admin saves, rewords and deletes replies the whole org reads, by name', async () => {
      const admin = await ctx().as('admin');
      const alex = await ctx().as('alex');
      const greeting = await ok(
        await admin.send('POST', '/api/saved-replies', {
          name: '  Greeting ',
          body: 'Hi {{contact.firstName}}, {{agent.firstName}} here.',
        }),
        savedReplySchema,
        201,
      );
      expect(greeting).toMatchObject({
        name: 'Greeting',
        body: 'Hi {{contact.firstName}}, {{agent.firstName}} here.',
      });
      const browser = await ok(
        await admin.send('POST', '/api/saved-replies', {
          name: 'Ask the browser',
          body: 'Which browser do you use?',
        }),
        savedReplySchema,
        201,
      );
      const names = (await listReplies(alex)).map((r) => r.name);
      expect(names.indexOf('Ask the browser')).toBeLessThan(names.indexOf('Greeting'));

      ctx().advance(1000);
      const reworded = await ok(
        await admin.send('PATCH', `/api/saved-replies/${browser.id}`, {
          body: 'Which browser and version do you use?',
        }),
        savedReplySchema,
      );
      expect(reworded).toMatchObject({
        name: 'Ask the browser',
        body: 'Which browser and version do you use?',
      });
      expect(reworded.updatedAt).toBe(browser.updatedAt + 1000);
      expect((await listReplies(alex)).find((r) => r.id === browser.id)?.body).toBe(
        'Which browser and version do you use?',
      );

      expect((await admin.send('DELETE', `/api/saved-replies/${browser.id}`)).status).toBe(204);
      expect((await listReplies(alex)).map((r) => r.id)).not.toContain(browser.id);
      expect((await listReplies(alex)).map((r) => r.id)).toContain(greeting.id);
    });

    it('refuses agents (403), bad input (400) and missing ones (404), changing nothing', async () => {
      const admin = await ctx().as('admin');
      const alex = await ctx().as('alex');
      const reply = await ok(
        await admin.send('POST', '/api/saved-replies', { name: 'Kept', body: 'As it was' }),
        savedReplySchema,
        201,
      );
      const before = await listReplies(admin);

      const refused = await errorOf(
        await alex.send('POST', '/api/saved-replies', { name: 'Mine', body: 'x' }),
      );
      expect(refused).toMatchObject({
        status: 403,
        message: 'Only admins can manage saved replies.',
      });
      expect(
        (await errorOf(await alex.send('PATCH', `/api/saved-replies/${reply.id}`, { body: 'y' })))
          .status,
      ).toBe(403);
      expect(
        (await errorOf(await alex.send('DELETE', `/api/saved-replies/${reply.id}`))).status,
      ).toBe(403);

      for (const body of [
        { name: ' ', body: 'x' },
        { name: 'No body' },
        { name: 'Blank body', body: '   ' },
        { name: 'x'.repeat(101), body: 'x' },
        { name: 'Extra', body: 'x', shared: true },
      ]) {
        const bad = await errorOf(await admin.send('POST', '/api/saved-replies', body));
        expect(bad.status).toBe(400);
        expect(bad.message.length).toBeGreaterThan(0);
      }
      const empty = await errorOf(await admin.send('PATCH', `/api/saved-replies/${reply.id}`, {}));
      expect(empty).toMatchObject({ status: 400 });
      expect(empty.message).toMatch(/Nothing to change/);
      expect(
        (await errorOf(await admin.send('PATCH', '/api/saved-replies/999999', { body: 'z' })))
          .status,
      ).toBe(404);
      expect((await errorOf(await admin.send('DELETE', '/api/saved-replies/abc'))).status).toBe(
        404,
      );

      expect(await listReplies(admin)).toEqual(before);
    });

    it("keeps an org's replies from another org: not listed, and 404 to change", async () => {
      const admin = await ctx().as('admin');
      const gina = await ctx().as('gina');
      const reply = await ok(
        await admin.send('POST', '/api/saved-replies', { name: 'Acme only', body: 'Secret' }),
        savedReplySchema,
        201,
      );
      expect((await listReplies(gina)).map((r) => r.id)).not.toContain(reply.id);
      // Gina is not an admin: the role check answers first, and says nothing of the id.
      expect(
        (await errorOf(await gina.send('DELETE', `/api/saved-replies/${reply.id}`))).status,
      ).toBe(403);
      const store = ctx().store;
      const globexId = ctx().demo.globex.orgId;
      expect(await store.read((tx) => tx.getSavedReply(globexId, reply.id))).toBeNull();
      expect(
        (await store.read((tx) => tx.getSavedReply(ctx().demo.acme.orgId, reply.id)))?.body,
      ).toBe('Secret');
    });
  });

  describe('list rows', () => {
    it('preview what the customer last said, with the reply after it as the last message', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound({ body: 'My export is empty' });
      ctx().advance(1000);
      await alex.send('POST', `/api/conversations/${conversationId}/messages`, {
        type: 'chat',
        body: 'Which browser do you use?',
      });
      const page = await listPage(alex, 'view=open&sort=newest&limit=100');
      const row = page.data.find((r) => r.id === conversationId);
      expect(row?.contactMessage).toMatchObject({ body: 'My export is empty' });
      expect(row?.lastMessage).toMatchObject({
        authorType: 'agent',
        body: 'Which browser do you use?',
      });
    });
  });

  describe('attachments', () => {
    it('uploads a file, sends it with a reply, lists it and downloads it byte for byte', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound({ body: 'It crashes, see attached' });
      const bytes = sampleBytes(70_000);
      const file = await ok(await upload(alex, conversationId, bytes), attachmentSchema, 201);
      expect(file).toMatchObject({
        name: 'screenshot.png',
        size: 70_000,
        contentType: 'image/png',
      });

      const outbox = (await ctx().outbox(ctx().demo.acme.orgId)).length;
      const sent = await ok(
        await alex.send('POST', `/api/conversations/${conversationId}/messages`, {
          type: 'chat',
          body: 'Here is what I see',
          attachmentIds: [file.id],
        }),
        messageSchema,
        201,
      );
      expect(sent.attachments).toEqual([file]);
      // The sync's webhook lists the files, so an integrator need not fetch the thread for them.
      const queued = (await ctx().outbox(ctx().demo.acme.orgId)).slice(outbox);
      expect(queued.map((e) => e.payload).filter((p) => p.type === 'message_created')).toEqual([
        {
          orgId: ctx().demo.acme.orgId,
          type: 'message_created',
          data: {
            conversationId,
            messageId: sent.id,
            messageType: 'chat',
            authorType: 'agent',
            createdAt: sent.createdAt,
            attachments: [file],
          },
        },
      ]);
      const thread = await getThread(alex, conversationId);
      expect(thread.find((m) => m.id === sent.id)?.attachments).toEqual([file]);
      expect(thread.filter((m) => m.id !== sent.id).every((m) => m.attachments === undefined)).toBe(
        true,
      );

      const res = await alex.get(`/api/attachments/${file.id}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename="screenshot.png"; filename*=UTF-8''screenshot.png`,
      );
      expect(await bytesOf(res)).toEqual(bytes);
    });

    it("answers 404 to another org's agent, for the download and for an upload", async () => {
      const alex = await ctx().as('alex');
      const gina = await ctx().as('gina');
      const { conversationId } = await ctx().inbound();
      const file = await ok(
        await upload(alex, conversationId, sampleBytes(10)),
        attachmentSchema,
        201,
      );
      const denied = await errorOf(await gina.get(`/api/attachments/${file.id}`));
      expect(denied).toMatchObject({ status: 404, message: 'Attachment not found' });
      expect((await errorOf(await upload(gina, conversationId, sampleBytes(10)))).status).toBe(404);
      expect((await errorOf(await ctx().fetch(`/api/attachments/${file.id}`))).status).toBe(401);
      expect((await alex.get(`/api/attachments/${file.id}`)).status).toBe(200);
    });

    it('keeps the original name, safely encoded, and a note may carry only files', async () => {
      const sam = await ctx().as('sam');
      const { conversationId } = await ctx().inbound();
      const name = 'Rapport "final"; été.pdf';
      const file = await ok(
        await upload(sam, conversationId, sampleBytes(300), name, 'application/pdf'),
        attachmentSchema,
        201,
      );
      expect(file.name).toBe(name);
      const note = await ok(
        await sam.send('POST', `/api/conversations/${conversationId}/messages`, {
          type: 'note',
          body: '',
          attachmentIds: [file.id],
        }),
        messageSchema,
        201,
      );
      expect(note).toMatchObject({ type: 'note', body: '', attachments: [file] });
      const res = await sam.get(`/api/attachments/${file.id}`);
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename="Rapport _final__ _t_.pdf"; filename*=UTF-8''Rapport%20%22final%22%3B%20%C3%A9t%C3%A9.pdf`,
      );
      expect(await bytesOf(res)).toEqual(sampleBytes(300));
    });

    it('refuses a file over 10 MB with 413 and keeps nothing', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      const first = await ok(
        await upload(alex, conversationId, sampleBytes(5)),
        attachmentSchema,
        201,
      );
      const big = await errorOf(
        await upload(alex, conversationId, new Uint8Array(ATTACHMENT_MAX_BYTES + 1), 'big.bin'),
      );
      expect(big).toMatchObject({ status: 413, code: 'too_large' });
      expect(big.message).toMatch(/over 10 MB/);
      const next = await ok(
        await upload(alex, conversationId, sampleBytes(5)),
        attachmentSchema,
        201,
      );
      expect(next.id).toBe(first.id + 1);
      // Exactly 10 MB is allowed.
      const full = await ok(
        await upload(alex, conversationId, new Uint8Array(ATTACHMENT_MAX_BYTES), 'full.bin'),
        attachmentSchema,
        201,
      );
      expect(full.size).toBe(ATTACHMENT_MAX_BYTES);
    });

    it('refuses a bad upload (400) and a message naming files it may not carry (422)', async () => {
      const alex = await ctx().as('alex');
      const { conversationId } = await ctx().inbound();
      const other = await ctx().inbound();
      const path = `/api/conversations/${conversationId}/attachments`;

      const json = await errorOf(await alex.send('POST', path, { file: 'x' }));
      expect(json.status).toBe(400);
      const form = new FormData();
      form.append('document', new Blob(['x']), 'a.txt');
      const wrongPart = await errorOf(await alex.fetch(path, { method: 'POST', body: form }));
      expect(wrongPart).toMatchObject({ status: 400 });
      expect(wrongPart.message).toMatch(/one part named `file`/);

      const elsewhere = await ok(
        await upload(alex, other.conversationId, sampleBytes(8)),
        attachmentSchema,
        201,
      );
      const before = await getThread(alex, conversationId);
      const misplaced = await errorOf(
        await alex.send('POST', `/api/conversations/${conversationId}/messages`, {
          type: 'chat',
          body: 'With a file of another conversation',
          attachmentIds: [elsewhere.id],
        }),
      );
      expect(misplaced).toMatchObject({ status: 422 });
      expect(misplaced.message).toMatch(/not an unsent upload to this conversation/);
      const blank = await errorOf(
        await alex.send('POST', `/api/conversations/${conversationId}/messages`, {
          type: 'chat',
          body: ' ',
        }),
      );
      expect(blank.status).toBe(400);
      expect(await getThread(alex, conversationId)).toEqual(before);

      // Sent once, a file cannot be sent again.
      const mine = await ok(
        await upload(alex, conversationId, sampleBytes(8)),
        attachmentSchema,
        201,
      );
      const send = () =>
        alex.send('POST', `/api/conversations/${conversationId}/messages`, {
          type: 'chat',
          body: 'Attached',
          attachmentIds: [mine.id],
        });
      expect((await send()).status).toBe(201);
      expect((await errorOf(await send())).status).toBe(422);
    });

    it("deletes a conversation's files with it", async () => {
      const admin = await ctx().as('admin');
      const { conversationId } = await ctx().inbound();
      const file = await ok(
        await upload(admin, conversationId, sampleBytes(64)),
        attachmentSchema,
        201,
      );
      expect((await admin.get(`/api/attachments/${file.id}`)).status).toBe(200);
      expect((await admin.send('DELETE', `/api/conversations/${conversationId}`)).status).toBe(204);
      expect((await errorOf(await admin.get(`/api/attachments/${file.id}`))).status).toBe(404);
      const orgId = ctx().demo.acme.orgId;
      expect(await ctx().store.read((tx) => tx.readAttachment(orgId, file.id))).toBeNull();
    });

    it("takes a contact's files in base64 with their message, and refuses bad or huge ones", async () => {
      const alex = await ctx().as('alex');
      const bytes = sampleBytes(2000);
      const inbound = (attachments: unknown, email = 'files@customers.test') =>
        ctx().fetch('/api/inbound', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${DEMO_TOKENS.acme}`,
          },
          body: JSON.stringify({
            channel: 'email',
            contact: { email, name: 'Fay Files' },
            body: 'The invoice is attached',
            attachments,
          }),
        });
      const base64 = btoa(String.fromCharCode(...bytes));
      const outbox = (await ctx().outbox(ctx().demo.acme.orgId)).length;
      const res = await inbound([
        { name: 'invoice.pdf', contentType: 'application/pdf', data: base64 },
      ]);
      expect(res.status).toBe(201);
      const { conversationId } = (await res.json()) as { conversationId: number };
      const thread = await getThread(alex, conversationId);
      const message = thread.find((m) => m.body === 'The invoice is attached');
      expect(message?.attachments).toMatchObject([
        { name: 'invoice.pdf', size: 2000, contentType: 'application/pdf' },
      ]);
      const id = message?.attachments?.[0]?.id;
      expect(await bytesOf(await alex.get(`/api/attachments/${id}`))).toEqual(bytes);
      const queued = (await ctx().outbox(ctx().demo.acme.orgId)).slice(outbox);
      const created = queued.find((e) => e.payload.type === 'message_created')?.payload;
      expect(created?.data).toMatchObject({
        messageId: message?.id,
        authorType: 'contact',
        attachments: message?.attachments,
      });

      const bad = await errorOf(
        await inbound([{ name: 'x.bin', data: 'not base64!' }], 'bad@customers.test'),
      );
      expect(bad.status).toBe(400);
      const huge = btoa(String.fromCharCode(...new Uint8Array(3))).repeat(
        Math.ceil((ATTACHMENT_MAX_BYTES + 3) / 3),
      );
      const tooBig = await errorOf(
        await inbound([{ name: 'x.bin', data: huge }], 'big@customers.test'),
      );
      expect(tooBig).toMatchObject({ status: 413, code: 'too_large' });
      const contacts = await ctx().store.read((tx) =>
        Promise.all(
          ['bad@customers.test', 'big@customers.test'].map((e) =>
            tx.findContactByEmail(ctx().demo.acme.orgId, e),
          ),
        ),
      );
      expect(contacts).toEqual([null, null]);
    });
  });
}
