// A bulk change's writes as one function (server/sql/change-writes.ts says what each part does):
// one statement of data-modifying CTEs, whose plan the session keeps (PGlite plans every statement
// it is sent anew; PostgreSQL keeps a prepared statement's plan per connection either way). The
// conversations' columns are spelled out: a migration that adds one must replace this function
// (server/bulk-statements.test.ts compares the two).
//
// All sub-statements see the snapshot the statement started with, so the report figures are read
// (held, stored) before any is written, and no row is written twice: held figures are
// replaced by an upsert (with a hold) or deleted (without one), never both. The feed's ids are
// handed out under the org's feed lock, taken before the first (see server/sql/changes.ts); a
// thread line's entry gets the line's id, and each undo item the ids of its conversation's lines.
/**
 * The statement's data-modifying CTEs and its answer (the stale ids, the thread lines' ids), without
 * its `;`: migration 0019's function runs the same statement.
 */
export const writeChangesQuery = `  WITH input AS (
    SELECT r.*, e.expected
    FROM jsonb_populate_recordset(NULL::conversations, $2::jsonb) r
    JOIN unnest($3::int[], $4::int[]) AS e(id, expected) ON e.id = r.id
  ), saved AS (
    UPDATE conversations t SET (inbox_id, contact_id, participants, status, channel, created_at, updated_at, last_activity_at, related_playbook_id, tags, priority, assignee_id, team_id, followers, snoozed_until, links, version, status_before_spam, inactive_notified_at, waiting_since, merged_into) = ROW(i.inbox_id, i.contact_id, i.participants, i.status, i.channel, i.created_at, i.updated_at, i.last_activity_at, i.related_playbook_id, i.tags, i.priority, i.assignee_id, i.team_id, i.followers, i.snoozed_until, i.links, i.version, i.status_before_spam, i.inactive_notified_at, i.waiting_since, i.merged_into)
    FROM input i
    WHERE t.org_id = i.org_id AND t.id = i.id AND t.version = i.expected
    RETURNING t.id
  ), lines AS (
    INSERT INTO messages (org_id, conversation_id, type, author_type, author_id, body, created_at, mentions, idempotency_key)
    SELECT m.org_id, m.conversation_id, m.type, m.author_type, m.author_id, m.body, m.created_at,
      m.mentions, m.idempotency_key
    FROM jsonb_populate_recordset(NULL::messages, $5::jsonb) WITH ORDINALITY AS m
    ORDER BY m.ordinality
    RETURNING id, conversation_id
  ), numbered AS (
    SELECT id, conversation_id, row_number() OVER (ORDER BY id) AS n FROM lines
  ), outbox_input AS (
    SELECT e.ordinality AS ord, (e.value->>'conversation_id')::int AS conversation_id,
      e.value->'payload' AS payload
    FROM jsonb_array_elements($6::jsonb) WITH ORDINALITY AS e(value, ordinality)
  ), outbox AS (
    INSERT INTO webhook_outbox (org_id, conversation_id, payload, created_at, held_by)
    SELECT $1, conversation_id, payload, $8, $9 FROM outbox_input ORDER BY ord
    RETURNING id, conversation_id, payload->>'type' AS type
  ), deliveries AS (
    INSERT INTO webhook_deliveries (outbox_id, subscription_id, conversation_id, next_attempt_at)
    -- A held entry is not due before its undo window has passed.
    SELECT outbox.id, s.id, outbox.conversation_id, coalesce($10, $8)
    FROM outbox
    JOIN webhook_subscriptions s ON s.org_id = $1 AND outbox.type = ANY(s.events)
      AND (outbox.type <> 'conversation_status_updated' OR s.legacy) AND s.disabled_at IS NULL
    ORDER BY outbox.id, s.id
  ), moved AS (
    SELECT * FROM jsonb_to_recordset($7::jsonb) AS m(conversation_id int, org_id int, channel text,
      status text, created_at bigint, first_response_at bigint, closed_at bigint, deleted boolean,
      next_status text)
  ), held AS (
    SELECT h.conversation_id, h.status, h.closed_at FROM held_metrics h
    WHERE h.org_id = $1 AND h.conversation_id = ANY($14::int[])
  ), stored AS (
    SELECT s.* FROM conversation_metrics s
    WHERE s.org_id = $1 AND s.conversation_id = ANY($14::int[])
  ), current_figures AS (
    -- What the report row shows now: the stored row (or the state before the change), with the
    -- figures an earlier change still holds, which are final now.
    SELECT m.conversation_id,
      coalesce(s.org_id, m.org_id) AS org_id,
      CASE WHEN s.conversation_id IS NULL THEN m.channel ELSE s.channel END AS channel,
      CASE WHEN h.conversation_id IS NOT NULL THEN h.status
        WHEN s.conversation_id IS NOT NULL THEN s.status ELSE m.status END AS status,
      CASE WHEN s.conversation_id IS NULL THEN m.created_at ELSE s.created_at END AS created_at,
      CASE WHEN s.conversation_id IS NULL THEN m.first_response_at ELSE s.first_response_at END
        AS first_response_at,
      CASE WHEN h.conversation_id IS NOT NULL THEN h.closed_at
        WHEN s.conversation_id IS NOT NULL THEN s.closed_at ELSE m.closed_at END AS closed_at,
      CASE WHEN s.conversation_id IS NULL THEN m.deleted ELSE s.deleted END AS deleted,
      h.conversation_id IS NOT NULL AS settled,
      s.conversation_id IS NOT NULL AS was_stored,
      m.next_status
    FROM moved m
    LEFT JOIN stored s ON s.conversation_id = m.conversation_id
    LEFT JOIN held h ON h.conversation_id = m.conversation_id
  ), next_figures AS (
    SELECT c.conversation_id, c.org_id, c.next_status AS status,
      CASE WHEN c.next_status = 'closed' THEN $8 ELSE c.closed_at END AS closed_at
    FROM current_figures c
  ), report_rows AS (
    -- Without a hold the new figures; with one, the row keeps what it showed (written only where
    -- held figures became final or there was no row).
    INSERT INTO conversation_metrics (conversation_id, org_id, channel, status, created_at,
      first_response_at, closed_at, deleted)
    SELECT c.conversation_id, c.org_id, c.channel,
      CASE WHEN $9::text IS NULL THEN c.next_status ELSE c.status END,
      c.created_at, c.first_response_at,
      CASE WHEN $9::text IS NULL THEN n.closed_at ELSE c.closed_at END,
      c.deleted
    FROM current_figures c JOIN next_figures n ON n.conversation_id = c.conversation_id
    WHERE $9::text IS NULL OR c.settled OR NOT c.was_stored
    ORDER BY c.conversation_id
    ON CONFLICT (conversation_id) DO UPDATE SET org_id = EXCLUDED.org_id,
      channel = EXCLUDED.channel, status = EXCLUDED.status, created_at = EXCLUDED.created_at,
      first_response_at = EXCLUDED.first_response_at, closed_at = EXCLUDED.closed_at,
      deleted = EXCLUDED.deleted
  ), settled AS (
    DELETE FROM held_metrics h
    WHERE $9::text IS NULL AND h.org_id = $1 AND h.conversation_id = ANY($14::int[])
  ), newly_held AS (
    INSERT INTO held_metrics (conversation_id, org_id, held_by, release_at, status, closed_at)
    SELECT n.conversation_id, $1, $9, $10, n.status, n.closed_at
    FROM next_figures n WHERE $9::text IS NOT NULL
    ORDER BY n.conversation_id
    ON CONFLICT (conversation_id) DO UPDATE SET org_id = EXCLUDED.org_id,
      held_by = EXCLUDED.held_by, release_at = EXCLUDED.release_at,
      status = EXCLUDED.status, closed_at = EXCLUDED.closed_at
  ), feed_lock AS (
    -- Taken before the feed's first id is handed out (see changes.ts), and only when there is one.
    SELECT count(*) AS n FROM (
      SELECT pg_advisory_xact_lock($12, $1) WHERE jsonb_array_length($11::jsonb) > 0
    ) AS taken
  ), feed_input AS (
    SELECT e.value, e.ordinality, count(*) OVER () AS total
    FROM feed_lock CROSS JOIN jsonb_array_elements($11::jsonb) WITH ORDINALITY AS e(value, ordinality)
  ), head AS (
    INSERT INTO change_feed_heads AS h (org_id, last_seq, pruned_through)
    SELECT $1, count(*), 0 FROM feed_input HAVING count(*) > 0
    ON CONFLICT (org_id) DO UPDATE SET last_seq = h.last_seq + excluded.last_seq
    RETURNING last_seq
  ), feed AS (
    INSERT INTO change_events (org_id, seq, type, conversation_id, data, created_at)
    SELECT $1, head.last_seq - i.total + i.ordinality, i.value->>'type',
      (i.value->>'conversation_id')::int,
      CASE WHEN line.id IS NULL THEN i.value->'data'
        ELSE jsonb_set(i.value->'data', '{message,id}', to_jsonb(line.id)) END,
      $8
    FROM feed_input AS i CROSS JOIN head
    LEFT JOIN numbered AS line ON line.n = (i.value->>'message')::int + 1
    ORDER BY i.ordinality
  ), undo AS (
    INSERT INTO undo_changes (token, org_id, agent_id, created_at, expires_at, undone_at, items)
    SELECT u->>'token', $1, (u->>'agentId')::int, (u->>'createdAt')::bigint,
      (u->>'expiresAt')::bigint, (u->>'undoneAt')::bigint,
      coalesce((
        SELECT jsonb_agg(jsonb_set(item, '{messageIds}', coalesce((
          SELECT jsonb_agg(l.id ORDER BY l.id) FROM lines l
          WHERE l.conversation_id = (item->>'conversationId')::int
        ), '[]'::jsonb)) ORDER BY position)
        FROM jsonb_array_elements(u->'items') WITH ORDINALITY AS it(item, position)
      ), '[]'::jsonb)
    FROM (SELECT $13::jsonb AS u) AS record WHERE $13::jsonb IS NOT NULL
  )
  SELECT
    ARRAY(SELECT u.id FROM unnest($3::int[]) AS u(id) WHERE u.id NOT IN (SELECT id FROM saved))
      AS stale,
    ARRAY(SELECT id FROM lines ORDER BY id) AS message_ids`;

export const writeChangesSchema = `
-- $1 org, $2 conversations (jsonb), $3 their ids, $4 their expected versions, $5 thread lines,
-- $6 outbox payloads, $7 moved report figures, $8 now, $9 and $10 the hold's token and end,
-- $11 feed entries, $12 the feed lock's key, $13 the undo record, $14 the moved conversations' ids.
CREATE FUNCTION parley_write_changes(
  int, jsonb, int[], int[], jsonb, jsonb, jsonb, bigint, text, bigint, jsonb, int, jsonb, int[]
) RETURNS TABLE (stale_ids int[], line_ids int[]) LANGUAGE plpgsql AS $$
BEGIN
  RETURN QUERY
${writeChangesQuery};
END $$;
`;
