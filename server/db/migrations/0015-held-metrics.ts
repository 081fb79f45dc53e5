// Reports never count an undone change (SPEC 7.2): the figures an undoable change moves wait here,
// in the database, until its window has passed, so every process's clock (and every report) sees
// the same hold, and an undo anywhere drops them. No foreign keys: a release only updates report
// rows that still exist, and the clock removes what it released.
export const heldMetricsSchema = `
CREATE TABLE held_metrics (
  conversation_id integer PRIMARY KEY,
  org_id integer NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
  held_by text NOT NULL,
  release_at bigint NOT NULL,
  status text NOT NULL,
  closed_at bigint
);
CREATE INDEX held_metrics_release ON held_metrics (release_at);
CREATE INDEX held_metrics_token ON held_metrics (held_by);
`;
