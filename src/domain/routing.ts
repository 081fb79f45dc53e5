// Automatic assignment (SPEC 7.1): who gets an open, unassigned conversation. Pure: the service
// reads the agents' loads and the waiting conversations under the org's lock and asks here.

export const AUTO_ASSIGN_MODES = ['off', 'round_robin'] as const;
export type AutoAssign = (typeof AUTO_ASSIGN_MODES)[number];

export const AUTO_ASSIGN_LABELS: Record<AutoAssign, string> = {
  off: 'Off',
  round_robin: 'Round robin',
};

export const DEFAULT_CAPACITY = 10;
export const MAX_CAPACITY = 1000;

/** An agent as routing sees them. */
export interface AgentLoad {
  id: number;
  name: string;
  available: boolean;
  /** Open conversations assigned to them at once. */
  capacity: number;
  /** Open conversations assigned to them now. */
  openAssigned: number;
  /** When routing last gave them a conversation; null if never. */
  lastAssignedAt: number | null;
  teamIds: number[];
}

/** What routing needs of a conversation. */
export interface Routable {
  id: number;
  teamId: number | null;
}

export interface Assignment {
  conversationId: number;
  agentId: number;
  agentName: string;
}

const hasRoom = (a: AgentLoad) => a.available && a.openAssigned < a.capacity;

/** Fewest open assigned first; ties to whoever was given one longest ago (never before all), then id. */
function fairer(a: AgentLoad, b: AgentLoad): number {
  return (
    a.openAssigned - b.openAssigned ||
    (a.lastAssignedAt ?? -Infinity) - (b.lastAssignedAt ?? -Infinity) ||
    a.id - b.id
  );
}

/**
 * The agent a conversation goes to, or null when nobody is eligible (it waits). A team's
 * conversation goes to an eligible member of that team first, and to anyone eligible otherwise.
 */
export function chooseAgent(
  agents: readonly AgentLoad[],
  conversation: Pick<Routable, 'teamId'>,
): AgentLoad | null {
  const eligible = agents.filter(hasRoom);
  const { teamId } = conversation;
  const members = teamId === null ? [] : eligible.filter((a) => a.teamIds.includes(teamId));
  const pool = members.length > 0 ? members : eligible;
  return [...pool].sort(fairer)[0] ?? null;
}

/**
 * Assigns conversations in the order given (the waiting queue: oldest first), each choice seeing
 * the load the earlier ones added, until nobody has room.
 */
export function planAssignments(
  agents: readonly AgentLoad[],
  conversations: readonly Routable[],
  now: number,
): Assignment[] {
  const loads = agents.map((a) => ({ ...a }));
  const plan: Assignment[] = [];
  for (const c of conversations) {
    const agent = chooseAgent(loads, c);
    if (!agent) break;
    agent.openAssigned += 1;
    agent.lastAssignedAt = now;
    plan.push({ conversationId: c.id, agentId: agent.id, agentName: agent.name });
  }
  return plan;
}
