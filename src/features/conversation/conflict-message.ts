// Who changed a conversation under us (a 409). The answer carries the conversation but not the
// author, so the thread is read: the newest event line by another agent that was not there when
// the agent acted names them. Without one, nobody is blamed.
import type { Message } from '../../domain';

export function conflictAuthorId(
  messages: readonly Message[],
  seenUpToId: number,
  meId: number | undefined,
): number | null {
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const m = messages[i];
    if (!m || m.id <= seenUpToId) break;
    if (
      m.type === 'event' &&
      m.authorType === 'agent' &&
      m.authorId !== null &&
      m.authorId !== meId
    ) {
      return m.authorId;
    }
  }
  return null;
}

export function conflictMessage(name: string | null): string {
  return `${name ?? 'Someone else'} changed this conversation. You are now seeing the latest version.`;
}
