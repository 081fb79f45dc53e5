// What another agent changed under us (a 409): the answer carries the conversation as it is now,
// so comparing it with the copy the change was based on names the change ("Sam closed this
// conversation"). Who did it is read from the thread, where every change leaves an event line.
import type { Conversation, Message } from '../domain';

/** The fields a person would notice changing; small and plain so it can be kept with a queued change. */
export type ConflictBase = Pick<
  Conversation,
  'status' | 'priority' | 'assigneeId' | 'teamId' | 'conversationTags'
>;

export function conflictBase(c: Conversation): ConflictBase {
  return {
    status: c.status,
    priority: c.priority,
    assigneeId: c.assigneeId,
    teamId: c.teamId,
    conversationTags: c.conversationTags,
  };
}

const STATUS_PHRASE: Record<Conversation['status'], string> = {
  open: 'reopened this conversation',
  pending: 'marked this conversation pending',
  closed: 'closed this conversation',
  snoozed: 'snoozed this conversation',
  spam: 'marked this conversation as spam',
  bulk_sent: 'changed the status of this conversation',
  merged: 'merged this conversation into another',
};

/** The changes from `base` to `current`, as phrases that follow a name. */
export function changePhrases(
  base: ConflictBase,
  current: ConflictBase,
  agentName: (id: number) => string | null = () => null,
): string[] {
  const phrases: string[] = [];
  if (base.status !== current.status) phrases.push(STATUS_PHRASE[current.status]);
  if (base.priority !== current.priority) {
    phrases.push(
      current.priority === 'none'
        ? 'removed the priority'
        : `set the priority to ${current.priority}`,
    );
  }
  if (base.assigneeId !== current.assigneeId) {
    const name = current.assigneeId === null ? null : agentName(current.assigneeId);
    phrases.push(
      current.assigneeId === null
        ? 'unassigned this conversation'
        : `assigned this conversation to ${name ?? 'another agent'}`,
    );
  }
  if (base.teamId !== current.teamId) phrases.push('changed the team');
  const names = (c: ConflictBase) => new Set(c.conversationTags.map((t) => t.name.toLowerCase()));
  const before = names(base);
  const after = names(current);
  for (const t of current.conversationTags) {
    if (!before.has(t.name.toLowerCase())) phrases.push(`added the tag ${t.name}`);
  }
  for (const t of base.conversationTags) {
    if (!after.has(t.name.toLowerCase())) phrases.push(`removed the tag ${t.name}`);
  }
  return phrases;
}

function joinPhrases(phrases: readonly string[]): string {
  if (phrases.length <= 1) return phrases.join('');
  return `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`;
}

/** "Sam closed this conversation. You are now seeing the latest version." */
export function conflictMessage(
  who: string | null,
  base: ConflictBase | null | undefined,
  current: ConflictBase | null | undefined,
  agentName?: (id: number) => string | null,
): string {
  const phrases = base && current ? changePhrases(base, current, agentName) : [];
  const subject = who ?? 'Someone else';
  const what = phrases.length > 0 ? joinPhrases(phrases) : 'changed this conversation';
  return `${subject} ${what}. You are now seeing the latest version.`;
}

/** The newest event line by another agent that was not there when the agent acted. */
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
