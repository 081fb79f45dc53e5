// parley_write_changes, all or nothing on request: with its new last argument true, a conversation
// whose version is not the one expected (changed since it was read) undoes every write of the call
// with serialization_failure (40001), where the call in a transaction answers the stale ids and
// leaves the rollback to its caller. A change that read its rows without locking them writes with
// this call alone, outside BEGIN and COMMIT, and reads again on 40001 (server/sql-store.ts,
// `Store.optimistic`). The statement is migration 0018's; its answer is kept in variables to be
// checked before it is returned.
import { writeChangesQuery } from './0018-write-changes';

export const optimisticWritesSchema = `
DROP FUNCTION parley_write_changes(
  int, jsonb, int[], int[], jsonb, jsonb, jsonb, bigint, text, bigint, jsonb, int, jsonb, int[]
);
-- $1 to $14 as in migration 0018; $15 all or nothing.
CREATE FUNCTION parley_write_changes(
  int, jsonb, int[], int[], jsonb, jsonb, jsonb, bigint, text, bigint, jsonb, int, jsonb, int[],
  boolean
) RETURNS TABLE (stale_ids int[], line_ids int[]) LANGUAGE plpgsql AS $$
DECLARE
  found_stale int[];
  found_lines int[];
BEGIN
${writeChangesQuery}
  INTO found_stale, found_lines;
  IF $15 AND cardinality(found_stale) > 0 THEN
    RAISE EXCEPTION 'conversations % changed since they were read', found_stale
      USING ERRCODE = 'serialization_failure';
  END IF;
  RETURN QUERY SELECT found_stale, found_lines;
END $$;
`;
