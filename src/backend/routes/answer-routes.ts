// Answering faster (SPEC 7.4): saved replies (everyone reads, admins change), uploading a file to
// a conversation, and downloading one.
import { Hono } from 'hono';
import { createSavedReplySchema, patchSavedReplySchema } from '../../api';
import { badRequest } from '../app-error';
import type { Services } from '../deps';
import { attachmentDisposition } from '../http/content-disposition';
import type { AppEnv } from '../http/env';
import { requireAdmin } from '../http/middleware';
import { parseId, readJson } from '../http/parse';
import { createRateLimiter, RateLimitedError, tryAgainIn } from '../http/rate-limit';
import {
  createSavedReply,
  deleteSavedReply,
  listSavedReplies,
  patchSavedReply,
  readAttachment,
  uploadAttachment,
} from '../service/answer';

/** Uploads an agent may make in a minute: a day's work never comes near it. */
const UPLOADS_PER_MINUTE = 60;

async function readFilePart(request: Request): Promise<File> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw badRequest('Send the file as multipart/form-data, in one part named `file`.');
  }
  const parts = form.getAll('file');
  const file = parts[0];
  if (parts.length !== 1 || !(file instanceof File))
    throw badRequest('Send the file as multipart/form-data, in one part named `file`.');
  return file;
}

export function answerRoutes(svc: Services) {
  const uploads = createRateLimiter({ limit: UPLOADS_PER_MINUTE, windowMs: 60_000 });
  return new Hono<AppEnv>()
    .get('/saved-replies', async (c) => c.json(await listSavedReplies(svc, c.get('caller'))))
    .post('/saved-replies', requireAdmin('manage saved replies'), async (c) => {
      const req = await readJson(c, createSavedReplySchema);
      return c.json(await createSavedReply(svc, c.get('caller'), req), 201);
    })
    .patch('/saved-replies/:id', requireAdmin('manage saved replies'), async (c) => {
      const id = parseId(c.req.param('id'));
      const patch = await readJson(c, patchSavedReplySchema);
      return c.json(await patchSavedReply(svc, c.get('caller'), id, patch));
    })
    .delete('/saved-replies/:id', requireAdmin('manage saved replies'), async (c) => {
      await deleteSavedReply(svc, c.get('caller'), parseId(c.req.param('id')));
      return c.body(null, 204);
    })
    .post('/conversations/:id/attachments', async (c) => {
      const caller = c.get('caller');
      const id = parseId(c.req.param('id'));
      const standing = uploads.hit(`${caller.orgId}:${caller.agent.id}`, svc.now());
      if (standing.exhausted)
        throw new RateLimitedError(
          `Too many uploads. Try again ${tryAgainIn(standing.resetMs)}.`,
          standing.resetMs,
          standing,
        );
      const file = await readFilePart(c.req.raw);
      const data = new Uint8Array(await file.arrayBuffer());
      const saved = await uploadAttachment(svc, caller, id, {
        name: file.name,
        contentType: file.type,
        data,
      });
      return c.json(saved, 201);
    })
    .get('/attachments/:id', async (c) => {
      const file = await readAttachment(svc, c.get('caller'), parseId(c.req.param('id')));
      return c.body(file.data as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': file.contentType,
        'Content-Length': String(file.data.byteLength),
        'Content-Disposition': attachmentDisposition(file.name),
        'X-Content-Type-Options': 'nosniff',
        // A file never runs as a page, even if a browser were talked into rendering it.
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': 'private, no-store',
      });
    });
}
