// Who gets a conversation, as a table: (agents, conversation) -> agent or nobody.
import { describe, expect, it } from 'vitest';
import { chooseAgent, planAssignments, type AgentLoad } from './routing';

const NOW = 1_700_000_000_000;

function agent(id: number, overrides: Partial<AgentLoad> = {}): AgentLoad {
  return {
    id,
    name: `Agent ${id}`,
    available: true,
    capacity: 10,
    openAssigned: 0,
    lastAssignedAt: null,
    teamIds: [],
    ...overrides,
  };
}

interface Row {
  name: string;
  agents: AgentLoad[];
  teamId?: number;
  expect: number | null;
}

// prettier-ignore
const ROWS: Row[] = [
  { name: 'nobody in the org', agents: [], expect: null },
  { name: 'the only available agent', agents: [agent(1)], expect: 1 },
  { name: 'an unavailable agent receives none', agents: [agent(1, { available: false })], expect: null },
  { name: 'unavailable skipped for an available one', agents: [agent(1, { available: false }), agent(2, { openAssigned: 9 })], expect: 2 },
  { name: 'at capacity: waits', agents: [agent(1, { openAssigned: 10 }), agent(2, { capacity: 3, openAssigned: 3 })], expect: null },
  { name: 'over capacity (capacity lowered): waits', agents: [agent(1, { capacity: 2, openAssigned: 5 })], expect: null },
  { name: 'capacity 0 receives none', agents: [agent(1, { capacity: 0 })], expect: null },
  { name: 'fewest open assigned', agents: [agent(1, { openAssigned: 4 }), agent(2, { openAssigned: 2 }), agent(3, { openAssigned: 3 })], expect: 2 },
  { name: 'tie: assigned longest ago', agents: [agent(1, { openAssigned: 2, lastAssignedAt: NOW - 10 }), agent(2, { openAssigned: 2, lastAssignedAt: NOW - 500 })], expect: 2 },
  { name: 'tie: never assigned before anyone assigned', agents: [agent(1, { lastAssignedAt: NOW - 500 }), agent(2)], expect: 2 },
  { name: 'tie everywhere: lowest id', agents: [agent(3), agent(2)], expect: 2 },
  { name: 'team conversation: a member first, even with more open', agents: [agent(1), agent(2, { openAssigned: 5, teamIds: [7] })], teamId: 7, expect: 2 },
  { name: 'team conversation: fairest member', agents: [agent(1, { teamIds: [7], openAssigned: 3 }), agent(2, { teamIds: [7, 8], openAssigned: 1 }), agent(3)], teamId: 7, expect: 2 },
  { name: 'team members all full: anyone else', agents: [agent(1, { teamIds: [7], openAssigned: 10 }), agent(2, { openAssigned: 6 })], teamId: 7, expect: 2 },
  { name: 'team members unavailable: anyone else', agents: [agent(1, { teamIds: [7], available: false }), agent(2)], teamId: 7, expect: 2 },
  { name: 'another team is no member', agents: [agent(1, { teamIds: [8], openAssigned: 4 }), agent(2, { openAssigned: 1 })], teamId: 7, expect: 2 },
];

describe('chooseAgent', () => {
  it.each(ROWS)('$name', (row) => {
    const chosen = chooseAgent(row.agents, { teamId: row.teamId ?? null });
    expect(chosen?.id ?? null).toBe(row.expect);
  });
});

describe('planAssignments', () => {
  it('spreads a queue between two agents in turn, oldest first', () => {
    const plan = planAssignments(
      [agent(1), agent(2)],
      [1, 2, 3, 4].map((id) => ({ id, teamId: null })),
      NOW,
    );
    expect(plan.map((a) => [a.conversationId, a.agentId])).toEqual([
      [1, 1],
      [2, 2],
      [3, 1],
      [4, 2],
    ]);
  });

  it('stops when everyone is at capacity: the rest wait', () => {
    const plan = planAssignments(
      [agent(1, { capacity: 2, openAssigned: 1 }), agent(2, { capacity: 1 })],
      [10, 11, 12, 13].map((id) => ({ id, teamId: null })),
      NOW,
    );
    expect(plan.map((a) => [a.conversationId, a.agentId])).toEqual([
      [10, 2],
      [11, 1],
    ]);
  });

  it('gives a team conversation to its member when the member has room', () => {
    const plan = planAssignments(
      [agent(1), agent(2, { teamIds: [7] })],
      [
        { id: 1, teamId: 7 },
        { id: 2, teamId: 7 },
        { id: 3, teamId: null },
      ],
      NOW,
    );
    expect(plan.map((a) => [a.conversationId, a.agentId, a.agentName])).toEqual([
      [1, 2, 'Agent 2'],
      [2, 2, 'Agent 2'],
      [3, 1, 'Agent 1'],
    ]);
  });

  it('leaves the agents it was given as they were', () => {
    const agents = [agent(1)];
    planAssignments(agents, [{ id: 1, teamId: null }], NOW);
    expect(agents[0]?.openAssigned).toBe(0);
  });
});
