// The newest message of each conversation among those a rule keeps (not a status line; from the
// contact), for the list's rows: the memory store's counterpart of the SQL store's partial indexes
// `messages_last_shown` and `messages_last_from_contact` (migration 0021). A row reads the end of
// its list instead of walking the whole thread, however many status lines a conversation has
// gathered; messages mostly arrive newest, so keeping the list in order is mostly a push.
import { compareThreadKeys } from '../../domain';
import type { MessageRecord } from '../store';

type Place = Pick<MessageRecord, 'createdAt' | 'id'>;

export class ThreadEndIndex {
  /** Per conversation, the places of the messages kept, in thread order (oldest first). */
  private readonly lists = new Map<number, Place[]>();

  constructor(private readonly keep: (m: MessageRecord) => boolean) {}

  /** For the messages table: every write and its undo keep the lists in step. */
  readonly hooks = {
    added: (m: MessageRecord) => {
      if (!this.keep(m)) return;
      const place = { createdAt: m.createdAt, id: m.id };
      let list = this.lists.get(m.conversationId);
      if (!list) this.lists.set(m.conversationId, (list = []));
      const last = list[list.length - 1];
      if (last === undefined || compareThreadKeys(last, place) < 0) list.push(place);
      else list.splice(firstNotBefore(list, place), 0, place);
    },
    removed: (m: MessageRecord) => {
      if (!this.keep(m)) return;
      const list = this.lists.get(m.conversationId);
      if (!list) return;
      const at = firstNotBefore(list, m);
      if (list[at]?.id === m.id) list.splice(at, 1);
      if (list.length === 0) this.lists.delete(m.conversationId);
    },
  };

  /** The id of the conversation's newest message kept, if it has one. */
  newest(conversationId: number): number | undefined {
    return this.lists.get(conversationId)?.at(-1)?.id;
  }
}

/** The first position whose place is not before `place` in thread order. */
function firstNotBefore(list: readonly Place[], place: Place): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = list[mid];
    if (at && compareThreadKeys(at, place) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
