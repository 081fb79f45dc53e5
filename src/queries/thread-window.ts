// The cached thread of one conversation: the loaded end of it, oldest first, always reaching the
// newest message, and the cursor to the page before it. It is read from the newest page back
// (`order=newest`), so a thread of any length shows its end after one request; older pages are
// put in front as the agent scrolls up. A refetch (a live update, a reconcile after a change)
// reads the newest page only and joins it to what is loaded, instead of reading every page again.
// A thread is in time order, the id breaking ties (`compareThreadKeys`), as the server pages it.
import type { MessagePage } from '../api';
import { compareThreadKeys, type Message } from '../domain';

export interface ThreadWindow {
  /** Oldest first, contiguous, ending at the newest message when it was read. */
  messages: Message[];
  /** Where the page before `messages[0]` starts; null once the first message is loaded. */
  older: string | null;
}

/** A newest-first page, oldest first. */
const ascending = (page: MessagePage): Message[] => [...page.data].reverse();

/**
 * The window after reading the newest page again. New messages come last, so when the page reaches back to
 * the newest message already loaded (or further) the two overlap and join without a gap; when it
 * does not (more than a page arrived meanwhile), what was loaded is dropped rather than shown with
 * a hole in it.
 */
export function joinNewest(previous: ThreadWindow | undefined, page: MessagePage): ThreadWindow {
  const fresh = ascending(page);
  const oldestFresh = fresh[0];
  if (!previous || page.next === null || oldestFresh === undefined) {
    return { messages: fresh, older: page.next };
  }
  const newestKept = previous.messages.at(-1);
  if (newestKept === undefined || compareThreadKeys(oldestFresh, newestKept) > 0) {
    return { messages: fresh, older: page.next };
  }
  const before = previous.messages.filter((m) => compareThreadKeys(m, oldestFresh) < 0);
  // The page covers everything loaded: its own cursor is the one to the page before.
  if (before.length === 0) return { messages: fresh, older: page.next };
  return { messages: [...before, ...fresh], older: previous.older };
}

/**
 * The window with an older page in front, or null when the window moved on since that page was
 * asked for (a refetch replaced it), so a late answer cannot leave a gap or a repeat.
 */
export function prependOlder(
  current: ThreadWindow,
  cursor: string,
  page: MessagePage,
): ThreadWindow | null {
  if (current.older !== cursor) return null;
  const first = current.messages[0];
  const older = ascending(page).filter((m) => !first || compareThreadKeys(m, first) < 0);
  return { messages: [...older, ...current.messages], older: page.next };
}

/** The window with a saved message in its place (in time order), once whatever the replays. */
export function withMessage(current: ThreadWindow, message: Message): ThreadWindow {
  const { messages } = current;
  const last = messages.at(-1);
  if (last === undefined || compareThreadKeys(message, last) > 0) {
    return { ...current, messages: [...messages, message] };
  }
  if (messages.some((m) => m.id === message.id)) return current;
  const first = messages[0];
  // Older than everything loaded: it belongs to a page not read yet, which will bring it.
  if (first && compareThreadKeys(message, first) < 0 && current.older !== null) return current;
  const at = messages.findIndex((m) => compareThreadKeys(m, message) > 0);
  return { ...current, messages: [...messages.slice(0, at), message, ...messages.slice(at)] };
}
