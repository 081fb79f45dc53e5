// The Store's part for answering faster (SPEC 7.4): saved replies and attachments. StoreTx extends
// it; the memory Store (memory-store/tx-answer.ts) and the SQL Store (server/sql/answer.ts)
// implement it.
import type { Attachment, SavedReply } from '../domain';

/** A file as stored, without its bytes. `messageId` is null until a message carries it. */
export interface AttachmentRecord extends Attachment {
  orgId: number;
  conversationId: number;
  messageId: number | null;
  createdAt: number;
}

export interface AttachmentWithData extends AttachmentRecord {
  data: Uint8Array;
}

export interface AnswerStoreTx {
  /** The org's saved replies, by name. */
  listSavedReplies(orgId: number): Promise<SavedReply[]>;
  countSavedReplies(orgId: number): Promise<number>;
  getSavedReply(orgId: number, id: number): Promise<SavedReply | null>;
  insertSavedReply(reply: Omit<SavedReply, 'id'>): Promise<SavedReply>;
  updateSavedReply(reply: SavedReply): Promise<void>;
  deleteSavedReply(orgId: number, id: number): Promise<void>;

  insertAttachment(file: Omit<AttachmentWithData, 'id'>): Promise<AttachmentRecord>;
  /** The org's files among `ids`, without their bytes; another org's are left out. */
  getAttachments(orgId: number, ids: readonly number[]): Promise<AttachmentRecord[]>;
  /** Marks the files as sent with the message. */
  attachToMessage(orgId: number, messageId: number, ids: readonly number[]): Promise<void>;
  /** The files of these messages, oldest first. */
  listMessageAttachments(orgId: number, messageIds: readonly number[]): Promise<AttachmentRecord[]>;
  readAttachment(orgId: number, id: number): Promise<AttachmentWithData | null>;
}

/** The keys of AnswerStoreTx, for the stores' `Pick`s. */
export type AnswerKeys = keyof AnswerStoreTx;
