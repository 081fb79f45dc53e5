// The change feed numbered per org, pruned, and with a record of what was pruned.
//
// A client sees feed ids (the event stream's `id:`); one sequence for every org let an org watch
// its ids jump by other orgs' changes. Now each org has its own counter (`change_feed_heads`),
// moved by the transaction that appends, under the org's feed lock, so ids stay unique per org
// and become visible in order. `pruned_through` is the newest id the clock has pruned: a stream
// that would resume from before it is told to read everything again instead of missing changes.
//
// The old entries are dropped (a client resuming from one is told to reload, like after a prune),
// and every org's counter starts at the newest old id: an old id a client still holds is then at
// most that, so it reads as pruned (or, the newest one, as up to date) and never as a later change.
export const changeFeedPerOrgSchema = `
CREATE TABLE change_feed_heads (
  org_id integer PRIMARY KEY REFERENCES orgs (id) ON DELETE CASCADE,
  last_seq bigint NOT NULL,
  pruned_through bigint NOT NULL
);
INSERT INTO change_feed_heads (org_id, last_seq, pruned_through)
  SELECT o.id, b.base, b.base
  FROM orgs AS o CROSS JOIN (SELECT coalesce(max(id), 0) AS base FROM change_events) AS b;
DELETE FROM change_events;
ALTER TABLE change_events ADD COLUMN seq bigint NOT NULL;
DROP INDEX change_events_feed;
CREATE UNIQUE INDEX change_events_feed ON change_events (org_id, seq);
-- The clock's prune: everything older than a day.
CREATE INDEX change_events_age ON change_events (created_at);
`;
