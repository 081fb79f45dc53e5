// Finding conversations (SPEC 7.3): full-text search, waiting time, mentions, saved views.
//
// Search: each conversation keeps one `tsvector` of everything `q` looks in, written by triggers
// whatever code path adds the text: the contact's name and email (weight A), its tickets' titles
// (B), its chats' and notes' bodies (D). A GIN index answers `search @@ query` (best match first:
// migration 0014). Text is split at the characters of SEARCH_SEPARATORS (src/domain/search.ts,
// which the memory Store uses; server/sql/search.test.ts proves the two split alike) before the
// 'simple' configuration lower-cases the words: no stemming, no stop words, so both stores find
// the same.
export const findSchema = `
-- The words of a text, as src/domain/search.ts splits them. Capitals of the Latin, Greek and
-- Cyrillic alphabets are lowered here, not by the database's locale: under the C locale
-- PostgreSQL lowers ASCII only, and the domain (toLowerCase) lowers them all.
CREATE FUNCTION search_words(t text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT translate(
    regexp_replace(t, '[\\u0001-\\u002f\\u003a-\\u0040\\u005b-\\u0060\\u007b-\\u007f\\u00a0\\u00ab\\u00bb\\u2013\\u2014\\u2018\\u2019\\u201c\\u201d\\u2026]+', ' ', 'g'),
    'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽΆΈΉΊΌΎΏΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩΪΫЀЁЂЃЄЅІЇЈЉЊЋЌЍЎЏАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ',
    'àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįĳĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷÿźżžάέήίόύώαβγδεζηθικλμνξοπρστυφχψωϊϋѐёђѓєѕіїјљњћќѝўџабвгдежзийклмнопрстуфхцчшщъыьэюя') $$;

CREATE FUNCTION search_vector(t text, weight "char") RETURNS tsvector
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT setweight(to_tsvector('simple', search_words(t)), weight) $$;

-- Everything a conversation is found by, read afresh (backfill, and after a change that removes
-- text: a deleted message, a renamed contact).
CREATE FUNCTION conversation_search(conversation integer) RETURNS tsvector
  LANGUAGE sql STABLE
  AS $$
    SELECT coalesce((SELECT search_vector(ct.name || ' ' || ct.email, 'A')
                     FROM conversations c JOIN contacts ct ON ct.id = c.contact_id
                     WHERE c.id = conversation), ''::tsvector)
        || coalesce((SELECT search_vector(string_agg(t.title, ' ' ORDER BY t.id), 'B')
                     FROM tickets t WHERE t.conversation_id = conversation), ''::tsvector)
        || coalesce((SELECT search_vector(string_agg(m.body, ' ' ORDER BY m.id), 'D')
                     FROM messages m WHERE m.conversation_id = conversation AND m.type <> 'event'),
                    ''::tsvector)
  $$;

ALTER TABLE conversations ADD COLUMN search tsvector NOT NULL DEFAULT ''::tsvector;
UPDATE conversations SET search = conversation_search(id);
CREATE INDEX conversations_search ON conversations USING gin (search);

CREATE FUNCTION conversation_search_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search := coalesce((SELECT search_vector(name || ' ' || email, 'A') FROM contacts
                          WHERE id = NEW.contact_id), ''::tsvector);
  RETURN NEW;
END $$;
CREATE TRIGGER conversation_search_new BEFORE INSERT ON conversations
  FOR EACH ROW EXECUTE FUNCTION conversation_search_new();

-- New messages are appended, one UPDATE per statement (a bulk insert of many included).
CREATE FUNCTION conversation_search_messages_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE conversations c SET search = c.search || search_vector(n.body, 'D')
  FROM (SELECT conversation_id, string_agg(body, ' ' ORDER BY id) AS body
        FROM new_messages WHERE type <> 'event' GROUP BY conversation_id) n
  WHERE c.id = n.conversation_id;
  RETURN NULL;
END $$;
CREATE TRIGGER conversation_search_messages_added AFTER INSERT ON messages
  REFERENCING NEW TABLE AS new_messages
  FOR EACH STATEMENT EXECUTE FUNCTION conversation_search_messages_added();

-- A removed message (undo) takes its words with it; a deleted conversation is already gone.
CREATE FUNCTION conversation_search_messages_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE conversations c SET search = conversation_search(c.id)
  WHERE c.id IN (SELECT DISTINCT conversation_id FROM old_messages);
  RETURN NULL;
END $$;
CREATE TRIGGER conversation_search_messages_removed AFTER DELETE ON messages
  REFERENCING OLD TABLE AS old_messages
  FOR EACH STATEMENT EXECUTE FUNCTION conversation_search_messages_removed();

CREATE FUNCTION conversation_search_tickets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE conversations SET search = search || search_vector(NEW.title, 'B')
    WHERE id = NEW.conversation_id;
  ELSE
    UPDATE conversations SET search = conversation_search(id) WHERE id = OLD.conversation_id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER conversation_search_tickets AFTER INSERT OR UPDATE OF title OR DELETE ON tickets
  FOR EACH ROW EXECUTE FUNCTION conversation_search_tickets();

CREATE FUNCTION conversation_search_contact() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE conversations SET search = conversation_search(id) WHERE contact_id = NEW.id;
  RETURN NULL;
END $$;
CREATE TRIGGER conversation_search_contact AFTER UPDATE OF name, email ON contacts
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.email IS DISTINCT FROM NEW.email)
  EXECUTE FUNCTION conversation_search_contact();

-- sort=waiting: the time of the contact's oldest message after the last agent reply, kept by the
-- reducer; here filled in for the conversations already stored.
ALTER TABLE conversations ADD COLUMN waiting_since bigint;
UPDATE conversations c SET waiting_since = (
  SELECT min(m.created_at) FROM messages m
  WHERE m.conversation_id = c.id AND m.type = 'chat' AND m.author_type = 'contact'
    AND m.id > coalesce((SELECT max(a.id) FROM messages a
                         WHERE a.conversation_id = c.id AND a.type = 'chat'
                           AND a.author_type = 'agent'), 0));
CREATE INDEX conversations_waiting ON conversations (org_id, status, waiting_since, id);

-- The mentions filter: notes that @mention an agent.
CREATE INDEX messages_mentions ON messages USING gin (mentions) WHERE type = 'note';

CREATE TABLE saved_views (
  id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
  agent_id integer NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
  name text NOT NULL,
  filter jsonb NOT NULL,
  shared boolean NOT NULL,
  created_at bigint NOT NULL
);
CREATE INDEX saved_views_org ON saved_views (org_id, id);
`;
