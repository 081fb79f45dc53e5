// Merging conversations (SPEC 7.8): a merged conversation keeps its row with status `merged` and
// the conversation it became part of, so old links still answer. It is in no view and no count,
// so the `all` view's partial index leaves it out too.
export const mergeSchema = `
ALTER TABLE conversations ADD COLUMN merged_into integer;
ALTER TABLE conversations DROP CONSTRAINT conversations_status_check;
ALTER TABLE conversations ADD CONSTRAINT conversations_status_check
  CHECK (status IN ('open', 'pending', 'closed', 'snoozed', 'spam', 'bulk_sent', 'merged'));
DROP INDEX conversations_all;
CREATE INDEX conversations_all ON conversations (org_id, updated_at DESC, id DESC)
  WHERE status NOT IN ('spam', 'merged');
`;
