// tag_keys (migration 0001), which the tag filter's GIN index on `conversations` holds, in PL/pgSQL
// with the same results. As a SQL function with a FROM clause it could not be inlined, so each
// statement that wrote rows of `conversations` parsed and planned its body anew before the first
// row's index entry, then ran an executor per row: about a tenth of a bulk close's write call on
// PostgreSQL. PL/pgSQL keeps the compiled function for the session and evaluates its loop's
// expressions without an executor. Same name, arguments and result, so the index and the filter's
// condition (server/sql/conversation-list.ts) are unchanged; the keys are the same for every
// array (a name that is missing or null is a NULL key in both), so the index needs no rebuild.
export const tagKeysSchema = `
CREATE OR REPLACE FUNCTION tag_keys(tags jsonb) RETURNS text[]
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
DECLARE
  keys text[] := '{}';
BEGIN
  FOR i IN 0 .. jsonb_array_length(tags) - 1 LOOP
    keys := array_append(keys, lower(tags -> i ->> 'name'));
  END LOOP;
  RETURN keys;
END $$;
`;
