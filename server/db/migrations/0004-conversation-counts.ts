// The counts beside the views, kept by the database instead of counted per request: a GROUP BY
// over every conversation of the org grows with the org (about 90 ms at 100,000). Triggers on
// `conversations` append (org, status, ±n) rows for every insert, status change and delete, in
// the same transaction and whatever code path wrote them (the set-based bulk path included), so
// the service code cannot forget one. Rows are only ever appended by writers, never updated:
// concurrent changes in one org never wait on a shared counter row and cannot deadlock over one.
// A read sums the org's rows; when they pile up it folds them into one row per status
// (`server/sql/conversations.ts`), so a read stays a few rows whatever the org's size.
export const conversationCountsSchema = `
-- Another process's writes wait until the triggers are in place, so none goes uncounted.
LOCK TABLE conversations IN SHARE ROW EXCLUSIVE MODE;

CREATE TABLE conversation_counts (
  org_id integer NOT NULL,
  status text NOT NULL,
  n bigint NOT NULL
);
CREATE INDEX conversation_counts_org ON conversation_counts (org_id);

INSERT INTO conversation_counts (org_id, status, n)
  SELECT org_id, status, count(*) FROM conversations GROUP BY org_id, status;

CREATE FUNCTION conversation_counts_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO conversation_counts (org_id, status, n)
    SELECT org_id, status, count(*) FROM new_rows GROUP BY org_id, status;
  RETURN NULL;
END $$;

-- Every UPDATE statement comes here (a trigger with transition tables cannot name columns); one
-- that leaves every status as it was adds nothing.
CREATE FUNCTION conversation_counts_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO conversation_counts (org_id, status, n)
    SELECT org_id, status, sum(d) FROM (
      SELECT org_id, status, 1 AS d FROM new_rows
      UNION ALL
      SELECT org_id, status, -1 AS d FROM old_rows
    ) AS changed
    GROUP BY org_id, status
    HAVING sum(d) <> 0;
  RETURN NULL;
END $$;

CREATE FUNCTION conversation_counts_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO conversation_counts (org_id, status, n)
    SELECT org_id, status, -count(*) FROM old_rows GROUP BY org_id, status;
  RETURN NULL;
END $$;

CREATE FUNCTION conversation_counts_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM conversation_counts;
  RETURN NULL;
END $$;

CREATE TRIGGER conversation_counts_insert AFTER INSERT ON conversations
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION conversation_counts_inserted();
CREATE TRIGGER conversation_counts_update AFTER UPDATE ON conversations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION conversation_counts_updated();
CREATE TRIGGER conversation_counts_delete AFTER DELETE ON conversations
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION conversation_counts_deleted();
CREATE TRIGGER conversation_counts_truncate AFTER TRUNCATE ON conversations
  FOR EACH STATEMENT EXECUTE FUNCTION conversation_counts_truncated();
`;
