// The memory Store's saved replies and attachments. Attachments are copied by hand: `copy` is for
// JSON-like rows, and a file's bytes are copied in and out as a new Uint8Array.
import type { SavedReply } from '../../domain';
import type { AnswerKeys, AttachmentRecord, AttachmentWithData } from '../answer-store';
import type { StoreTx } from '../store';
import type { MemoryState } from './state';

const byName = (a: SavedReply, b: SavedReply) =>
  a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.id - b.id;

function meta({ data: _bytes, ...rest }: AttachmentWithData): AttachmentRecord {
  return { ...rest };
}

export function answerMethods(s: MemoryState): Pick<StoreTx, AnswerKeys> {
  const ofOrg = (orgId: number) => [...s.savedReplies.values()].filter((r) => r.orgId === orgId);
  const attachment = (orgId: number, id: number) => {
    const a = s.attachments.get(id);
    return a && a.orgId === orgId ? a : undefined;
  };
  return {
    listSavedReplies: async (orgId) =>
      ofOrg(orgId)
        .sort(byName)
        .map((r) => ({ ...r })),
    countSavedReplies: async (orgId) => ofOrg(orgId).length,
    getSavedReply: async (orgId, id) => {
      const r = s.savedReplies.get(id);
      return r && r.orgId === orgId ? { ...r } : null;
    },
    insertSavedReply: async (reply) => {
      const row = { ...reply, id: s.seq.savedReply.next() };
      s.savedReplies.set(row.id, row);
      return { ...row };
    },
    updateSavedReply: async (reply) => {
      if (s.savedReplies.get(reply.id)?.orgId === reply.orgId)
        s.savedReplies.set(reply.id, { ...reply });
    },
    deleteSavedReply: async (orgId, id) => {
      if (s.savedReplies.get(id)?.orgId === orgId) s.savedReplies.delete(id);
    },

    insertAttachment: async (file) => {
      const row = { ...file, data: file.data.slice(), id: s.seq.attachment.next() };
      s.attachments.set(row.id, row);
      return meta(row);
    },
    getAttachments: async (orgId, ids) =>
      [...new Set(ids)]
        .sort((a, b) => a - b)
        .flatMap((id) => {
          const a = attachment(orgId, id);
          return a ? [meta(a)] : [];
        }),
    attachToMessage: async (orgId, messageId, ids) => {
      for (const id of ids) {
        const a = attachment(orgId, id);
        if (a) s.attachments.set(id, { ...a, messageId });
      }
    },
    listMessageAttachments: async (orgId, messageIds) => {
      const wanted = new Set(messageIds);
      return [...s.attachments.values()]
        .filter((a) => a.orgId === orgId && a.messageId !== null && wanted.has(a.messageId))
        .sort((a, b) => a.id - b.id)
        .map(meta);
    },
    readAttachment: async (orgId, id) => {
      const a = attachment(orgId, id);
      return a ? { ...a, data: a.data.slice() } : null;
    },
  };
}
