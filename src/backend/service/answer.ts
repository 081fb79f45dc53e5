// Answering faster (SPEC 7.4): the org's saved replies, and the files sent with messages.
import type {
  CreateSavedReplyRequest,
  InboundAttachment,
  PatchSavedReplyRequest,
  SavedReplyDto,
  SavedReplyList,
} from '../../api';
import {
  ATTACHMENT_MAX_BYTES,
  SAVED_REPLIES_MAX,
  cleanFileName,
  type Attachment,
  type Message,
  type SavedReply,
} from '../../domain';
import type { AttachmentRecord, AttachmentWithData } from '../answer-store';
import { AppError, notFound, rejected } from '../app-error';
import type { Services } from '../deps';
import type { StoreTx } from '../store';
import type { Caller } from './context';

const toDto = ({ orgId: _org, ...reply }: SavedReply): SavedReplyDto => reply;

export async function listSavedReplies(svc: Services, caller: Caller): Promise<SavedReplyList> {
  const rows = await svc.store.read((tx) => tx.listSavedReplies(caller.orgId));
  return { data: rows.map(toDto) };
}

export function createSavedReply(
  svc: Services,
  caller: Caller,
  req: CreateSavedReplyRequest,
): Promise<SavedReplyDto> {
  return svc.store.transaction(async (tx) => {
    if ((await tx.countSavedReplies(caller.orgId)) >= SAVED_REPLIES_MAX)
      throw rejected(`An org can keep up to ${SAVED_REPLIES_MAX} saved replies: delete one first.`);
    const now = svc.now();
    const saved = await tx.insertSavedReply({
      orgId: caller.orgId,
      name: req.name,
      body: req.body,
      createdAt: now,
      updatedAt: now,
    });
    return toDto(saved);
  });
}

export function patchSavedReply(
  svc: Services,
  caller: Caller,
  id: number,
  patch: PatchSavedReplyRequest,
): Promise<SavedReplyDto> {
  return svc.store.transaction(async (tx) => {
    const reply = await tx.getSavedReply(caller.orgId, id);
    if (!reply) throw notFound('Saved reply');
    const next: SavedReply = {
      ...reply,
      name: patch.name ?? reply.name,
      body: patch.body ?? reply.body,
      updatedAt: svc.now(),
    };
    await tx.updateSavedReply(next);
    return toDto(next);
  });
}

export function deleteSavedReply(svc: Services, caller: Caller, id: number): Promise<void> {
  return svc.store.transaction(async (tx) => {
    if (!(await tx.getSavedReply(caller.orgId, id))) throw notFound('Saved reply');
    await tx.deleteSavedReply(caller.orgId, id);
  });
}

export const fileTooLarge = () =>
  new AppError('too_large', 'The file is over 10 MB: send a smaller one, or a link to it.');

/** A content type as the browser gave it, or the generic one when it is missing or malformed. */
export function contentTypeOf(given: string | undefined): string {
  const type = (given ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return /^[a-z0-9][\w.+-]*\/[a-z0-9][\w.+-]*$/.test(type) ? type : 'application/octet-stream';
}

export const toAttachment = ({ id, name, size, contentType }: AttachmentRecord): Attachment => ({
  id,
  name,
  size,
  contentType,
});

export interface UploadedFile {
  name: string;
  contentType: string | undefined;
  data: Uint8Array;
}

function fileRecord(
  orgId: number,
  conversationId: number,
  file: UploadedFile,
  now: number,
  messageId: number | null = null,
): Omit<AttachmentWithData, 'id'> {
  if (file.data.byteLength > ATTACHMENT_MAX_BYTES) throw fileTooLarge();
  return {
    orgId,
    conversationId,
    messageId,
    name: cleanFileName(file.name),
    contentType: contentTypeOf(file.contentType),
    size: file.data.byteLength,
    data: file.data,
    createdAt: now,
  };
}

/** Keeps a file for this conversation until a reply or note carries it. */
export function uploadAttachment(
  svc: Services,
  caller: Caller,
  conversationId: number,
  file: UploadedFile,
): Promise<Attachment> {
  return svc.store.transaction(async (tx) => {
    const c = await tx.getConversation(caller.orgId, conversationId);
    if (!c) throw notFound();
    return toAttachment(await tx.insertAttachment(fileRecord(caller.orgId, c.id, file, svc.now())));
  });
}

/** The file with its bytes, if it is the caller's org's. */
export async function readAttachment(
  svc: Services,
  caller: Caller,
  id: number,
): Promise<AttachmentWithData> {
  const file = await svc.store.read((tx) => tx.readAttachment(caller.orgId, id));
  if (!file) throw notFound('Attachment');
  return file;
}

/**
 * Checks that every id names a file uploaded to this conversation and not sent yet; refuses the
 * whole message otherwise, before anything is written.
 */
export async function checkUnsent(
  tx: StoreTx,
  orgId: number,
  conversationId: number,
  ids: readonly number[],
): Promise<AttachmentRecord[]> {
  if (ids.length === 0) return [];
  const found = await tx.getAttachments(orgId, ids);
  const usable = found.filter((a) => a.conversationId === conversationId && a.messageId === null);
  if (usable.length !== ids.length) {
    const bad = ids.filter((id) => !usable.some((a) => a.id === id));
    throw rejected(
      `${bad.length === 1 ? 'File' : 'Files'} ${bad.join(', ')} ${
        bad.length === 1 ? 'is' : 'are'
      } not an unsent upload to this conversation: upload ${bad.length === 1 ? 'it' : 'them'} again.`,
    );
  }
  return usable;
}

/** Files arriving with a contact's message, stored as already sent with it. */
export async function storeInboundFiles(
  tx: StoreTx,
  orgId: number,
  conversationId: number,
  messageId: number,
  files: readonly InboundAttachment[],
  now: number,
): Promise<Attachment[]> {
  const out: Attachment[] = [];
  for (const f of files) {
    const data = Uint8Array.from(atob(f.data), (ch) => ch.charCodeAt(0));
    const file = { name: f.name, contentType: f.contentType, data };
    const record = fileRecord(orgId, conversationId, file, now, messageId);
    out.push(toAttachment(await tx.insertAttachment(record)));
  }
  return out;
}

/** Each message with the files it carries (the field left out when it has none). */
export async function withAttachments(
  tx: StoreTx,
  orgId: number,
  messages: Message[],
): Promise<Message[]> {
  const ids = messages.filter((m) => m.type !== 'event').map((m) => m.id);
  const files = await tx.listMessageAttachments(orgId, ids);
  if (files.length === 0) return messages;
  const byMessage = new Map<number, Attachment[]>();
  for (const f of files) {
    if (f.messageId === null) continue;
    const list = byMessage.get(f.messageId) ?? [];
    list.push(toAttachment(f));
    byMessage.set(f.messageId, list);
  }
  return messages.map((m) => {
    const attachments = byMessage.get(m.id);
    return attachments ? { ...m, attachments } : m;
  });
}
