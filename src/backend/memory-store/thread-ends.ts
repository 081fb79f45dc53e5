// The newest message of each conversation among those a rule keeps (not a status line; from the
// contact), for the list's rows: the memory store's counterpart of the SQL store's partial indexes
// `messages_last_shown` and `messages_last_from_contact` (migration 0021). A row reads the end of
// its conversation's list instead of walking the whole thread, however many status lines it has
// gathered.
import { compareThreadKeys, type ThreadPlace } from '../../domain';
import type { MessageRecord } from '../store';
import { OrderedIndex } from './table';

export class ThreadEndIndex {
  /** Per conversation, the places of the messages kept, in thread order (oldest first). */
  private readonly places = new OrderedIndex<number, ThreadPlace>(compareThreadKeys);

  constructor(private readonly keep: (m: MessageRecord) => boolean) {}

  /** For the messages table: every write and its undo keep the lists in step. */
  readonly hooks = {
    added: (m: MessageRecord) => {
      if (this.keep(m)) this.places.add(m.conversationId, { createdAt: m.createdAt, id: m.id });
    },
    removed: (m: MessageRecord) => {
      if (this.keep(m)) this.places.remove(m.conversationId, m);
    },
  };

  /** The id of the conversation's newest message kept, if it has one. */
  newest(conversationId: number): number | undefined {
    return this.places.get(conversationId).at(-1)?.id;
  }
}
