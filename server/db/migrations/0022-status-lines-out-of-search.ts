// Status lines are not searched (conversation_search(), and the trigger for added messages, leave
// them out), yet deleting one rebuilt its conversation's search row (migration 0017): an undo of a
// bulk close of 25, which deletes the close's status lines, rewrote 25 search rows and their
// entries in the search index for nothing. Now only a deleted message that is searched rebuilds
// its conversation's row.
export const statusLinesOutOfSearchSchema = `
CREATE OR REPLACE FUNCTION conversation_search_messages_removed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE conversation_search s SET search = conversation_search(s.conversation_id)
  WHERE s.conversation_id IN (
    SELECT DISTINCT conversation_id FROM old_messages WHERE type <> 'event'
  );
  RETURN NULL;
END $$;
`;
