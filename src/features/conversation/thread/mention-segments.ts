// Splits message text into plain runs and @mentions of the org's agents, so mentions can be
// highlighted while everything stays text (never HTML). Matches what the domain's findMentions
// counts as a mention: `@` plus an agent's full or first name, any case, not followed by a letter.

export interface MentionAgent {
  id: number;
  name: string;
}

export type Segment = { text: string; agentId?: undefined } | { text: string; agentId: number };

const WORD_CHAR = /[\p{L}\p{N}_]/u;

function handlesOf(agents: readonly MentionAgent[]): { handle: string; id: number }[] {
  const handles: { handle: string; id: number }[] = [];
  for (const agent of agents) {
    const full = agent.name.toLowerCase();
    const first = full.split(/\s+/)[0] ?? full;
    handles.push({ handle: full, id: agent.id });
    if (first !== full) handles.push({ handle: first, id: agent.id });
  }
  // Longest first: "@Sam Lee" must win over "@Sam".
  return handles.sort((a, b) => b.handle.length - a.handle.length);
}

export function mentionSegments(body: string, agents: readonly MentionAgent[]): Segment[] {
  if (!body.includes('@') || agents.length === 0) return [{ text: body }];
  const handles = handlesOf(agents);
  const lower = body.toLowerCase();
  const segments: Segment[] = [];
  let plainFrom = 0;
  let at = lower.indexOf('@');
  while (at !== -1) {
    const match = handles.find(({ handle }) => {
      if (!lower.startsWith(handle, at + 1)) return false;
      const after = body.charAt(at + 1 + handle.length);
      return after === '' || !WORD_CHAR.test(after);
    });
    if (match) {
      if (at > plainFrom) segments.push({ text: body.slice(plainFrom, at) });
      const end = at + 1 + match.handle.length;
      segments.push({ text: body.slice(at, end), agentId: match.id });
      plainFrom = end;
      at = lower.indexOf('@', end);
    } else {
      at = lower.indexOf('@', at + 1);
    }
  }
  if (plainFrom < body.length) segments.push({ text: body.slice(plainFrom) });
  return segments;
}
