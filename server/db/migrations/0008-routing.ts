// Routing (SPEC 7.1): the org's assignment mode, each agent's availability, capacity and teams,
// and the two partial indexes routing reads under the org's lock: the open conversations per
// assignee (their load) and the waiting queue (open, unassigned, oldest first).
//
// Agents start unavailable: nobody receives conversations before they say they are there.
export const routingSchema = `
CREATE TABLE org_routing (
  org_id integer PRIMARY KEY REFERENCES orgs (id) ON DELETE CASCADE,
  auto_assign text NOT NULL CHECK (auto_assign IN ('off', 'round_robin'))
);

ALTER TABLE agents
  ADD COLUMN available boolean NOT NULL DEFAULT false,
  ADD COLUMN capacity integer NOT NULL DEFAULT 10 CHECK (capacity BETWEEN 0 AND 1000),
  ADD COLUMN last_assigned_at bigint;

CREATE TABLE team_members (
  team_id integer NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  agent_id integer NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
  PRIMARY KEY (agent_id, team_id)
);

CREATE INDEX conversations_open_assigned ON conversations (org_id, assignee_id)
  WHERE status = 'open' AND assignee_id IS NOT NULL;
CREATE INDEX conversations_route_queue ON conversations (org_id, updated_at, id)
  WHERE status = 'open' AND assignee_id IS NULL;
`;
