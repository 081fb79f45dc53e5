// The memory Store's side of undo: the records of undoable changes, and what an undo removes (the
// change's thread lines, its held webhooks and report figures).
import { copy, copyOrNull } from './copy';
import type { MemoryState } from './state';
import type { HeldMetrics, StoreTx } from '../store';

export type UndoKeys =
  | 'insertUndo'
  | 'getUndo'
  | 'markUndone'
  | 'deleteMessages'
  | 'dropHeldOutbox'
  | 'moveMessages'
  | 'holdMetrics'
  | 'takeHeldMetrics'
  | 'dropHeldMetrics'
  | 'releaseHeldMetrics'
  | 'pruneUndo';

export function undoMethods(s: MemoryState): Pick<StoreTx, UndoKeys> {
  return {
    insertUndo: async (record) => {
      s.undos.set(record.token, copy(record));
    },
    getUndo: async (token) => copyOrNull(s.undos.get(token)),
    markUndone: async (token, at) => {
      const record = s.undos.get(token);
      if (record) s.undos.set(token, { ...record, undoneAt: at });
    },
    deleteMessages: async (orgId, ids) => {
      for (const id of ids) if (s.messages.get(id)?.orgId === orgId) s.messages.delete(id);
    },
    moveMessages: async (orgId, fromId, toId, ids) => {
      const only = ids ? new Set(ids) : null;
      // A copy of the ids: each move takes its id out of the index being walked.
      const moving = s.index.messagesByConversation
        .get(fromId)
        .filter((id) => (only === null || only.has(id)) && s.messages.get(id)?.orgId === orgId)
        .sort((a, b) => a - b);
      for (const id of moving) {
        const m = s.messages.get(id);
        if (m) s.messages.set(id, { ...m, conversationId: toId });
      }
      return moving;
    },
    dropHeldOutbox: async (orgId, token) => {
      // A copy of the ids: each delete takes its id out of the index being walked.
      for (const id of s.index.outboxByOrg.get(orgId).slice()) {
        if (s.outbox.get(id)?.hold?.token !== token) continue;
        for (const deliveryId of s.heldDeliveries.get(id) ?? []) s.deliveries.delete(deliveryId);
        s.heldDeliveries.delete(id);
        s.outbox.delete(id);
      }
    },
    holdMetrics: async (rows) => {
      for (const row of rows) s.heldMetrics.set(row.conversationId, copy(row));
    },
    takeHeldMetrics: async (orgId, ids) => {
      const taken: HeldMetrics[] = [];
      for (const id of new Set(ids)) {
        const held = s.heldMetrics.get(id);
        if (held?.orgId !== orgId) continue;
        taken.push(copy(held));
        s.heldMetrics.delete(id);
      }
      return taken;
    },
    dropHeldMetrics: async (orgId, token) => {
      for (const held of s.heldMetrics.values()) {
        if (held.orgId === orgId && held.token === token) s.heldMetrics.delete(held.conversationId);
      }
    },
    releaseHeldMetrics: async (now, orgId) => {
      let released = 0;
      for (const held of s.heldMetrics.values()) {
        if (held.releaseAt >= now || (orgId !== undefined && held.orgId !== orgId)) continue;
        s.heldMetrics.delete(held.conversationId);
        released += 1;
        // A row removed meanwhile (deleted without its metrics) stays removed.
        const row = s.metrics.get(held.conversationId);
        if (row?.orgId === held.orgId)
          s.metrics.set(row.conversationId, {
            ...row,
            status: held.status,
            closedAt: held.closedAt,
          });
      }
      return released;
    },
    pruneUndo: async (createdBefore) => {
      const gone = [...s.undos.values()].filter((r) => r.createdAt < createdBefore);
      for (const r of gone) s.undos.delete(r.token);
      return gone.length;
    },
  };
}
