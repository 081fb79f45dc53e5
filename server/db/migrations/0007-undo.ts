// Undo that leaves no trace (SPEC 7.2). An undoable change is recorded in the database, not in the
// memory of the process that made it, so an agent's Undo works whichever process serves it; and
// its webhooks wait in the outbox (`held_by`, their deliveries due only when the window closes),
// so every process's delivery worker leaves them alone until then, and the undo deletes them.
export const undoSchema = `
CREATE TABLE undo_changes (
  token text PRIMARY KEY,
  org_id integer NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
  agent_id integer NOT NULL,
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL,
  undone_at bigint,
  items jsonb NOT NULL
);
-- The clock's prune, with the change feed's.
CREATE INDEX undo_changes_age ON undo_changes (created_at);
ALTER TABLE webhook_outbox ADD COLUMN held_by text;
CREATE INDEX webhook_outbox_held ON webhook_outbox (held_by) WHERE held_by IS NOT NULL;
`;
