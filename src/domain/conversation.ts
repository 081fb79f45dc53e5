// Making a new conversation, with every field in its starting state.
import type { Channel, Conversation } from './types';

export interface NewConversation {
  id: number;
  orgId: number;
  inboxId: number;
  contactId: number;
  channel: Channel;
  relatedPlaybookId?: number | null;
  /** When it starts with the contact's message: the contact waits from then. */
  waitingSince?: number | null;
}

export function createConversation(init: NewConversation, now: number): Conversation {
  return {
    id: init.id,
    orgId: init.orgId,
    inboxId: init.inboxId,
    contactId: init.contactId,
    participants: [],
    status: 'open',
    channel: init.channel,
    createdAt: now,
    updatedAt: now,
    lastActivityAt: now,
    relatedPlaybookId: init.relatedPlaybookId ?? null,
    conversationTags: [],
    priority: 'none',
    assigneeId: null,
    teamId: null,
    followers: [],
    snoozedUntil: null,
    links: [],
    version: 1,
    statusBeforeSpam: null,
    inactiveNotifiedAt: null,
    waitingSince: init.waitingSince ?? null,
    mergedInto: null,
  };
}

/** Finds `@Name` mentions of these agents in a note (first names or full names, any case). */
export function findMentions(
  body: string,
  agents: readonly { id: number; name: string }[],
): number[] {
  const lower = body.toLowerCase();
  const found = new Set<number>();
  for (const agent of agents) {
    const full = agent.name.toLowerCase();
    const first = full.split(/\s+/)[0] ?? full;
    for (const handle of new Set([full, first])) {
      const needle = `@${handle}`;
      // Every occurrence: "@samuel … @sam" must still find Sam after the near miss.
      for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
        const after = lower.charAt(at + needle.length);
        if (after === '' || !/[\p{L}\p{N}_]/u.test(after)) found.add(agent.id);
      }
    }
  }
  return [...found];
}
