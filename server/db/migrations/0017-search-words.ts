// The words a conversation is found by (migrations 0009 and 0014) move to a table of their own,
// one row per conversation with its two GIN indexes, kept by the same triggers. A write to
// `conversations` (a status change, an assignment, a bulk close) no longer writes new entries
// into either GIN index, and a text tier of best match first (server/sql/conversation-list.ts)
// tests the words of narrow rows, reaching `conversations` only for the rows they match.
export const searchWordsSchema = `
CREATE TABLE conversation_search (
  conversation_id integer PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
  org_id integer NOT NULL,
  contact_words tsvector NOT NULL,
  search tsvector NOT NULL
);
INSERT INTO conversation_search (conversation_id, org_id, contact_words, search)
  SELECT id, org_id, contact_words, search FROM conversations ORDER BY id;
CREATE INDEX conversation_search_contact_words ON conversation_search USING gin (contact_words);
CREATE INDEX conversation_search_search ON conversation_search USING gin (search);

DROP TRIGGER conversation_search_new ON conversations;
DROP FUNCTION conversation_search_new();
ALTER TABLE conversations DROP COLUMN search, DROP COLUMN contact_words;

CREATE FUNCTION conversation_search_new() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  contact contacts%ROWTYPE;
BEGIN
  SELECT * INTO contact FROM contacts WHERE id = NEW.contact_id;
  INSERT INTO conversation_search (conversation_id, org_id, contact_words, search)
  VALUES (NEW.id, NEW.org_id,
          coalesce(contact_words(contact.name, contact.email), ''::tsvector),
          coalesce(search_vector(contact.name || ' ' || contact.email, 'A'), ''::tsvector));
  RETURN NULL;
END $$;
CREATE TRIGGER conversation_search_new AFTER INSERT ON conversations
  FOR EACH ROW EXECUTE FUNCTION conversation_search_new();

CREATE OR REPLACE FUNCTION conversation_search_messages_added() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE conversation_search s SET search = s.search || search_vector(n.body, 'D')
  FROM (SELECT conversation_id, string_agg(body, ' ' ORDER BY id) AS body
        FROM new_messages WHERE type <> 'event' GROUP BY conversation_id) n
  WHERE s.conversation_id = n.conversation_id;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION conversation_search_messages_removed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE conversation_search s SET search = conversation_search(s.conversation_id)
  WHERE s.conversation_id IN (SELECT DISTINCT conversation_id FROM old_messages);
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION conversation_search_tickets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE conversation_search SET search = search || search_vector(NEW.title, 'B')
    WHERE conversation_id = NEW.conversation_id;
  ELSE
    UPDATE conversation_search SET search = conversation_search(conversation_id)
    WHERE conversation_id = OLD.conversation_id;
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION conversation_search_contact() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE conversation_search
  SET search = conversation_search(conversation_id),
      contact_words = contact_words(NEW.name, NEW.email)
  WHERE conversation_id IN (SELECT id FROM conversations WHERE contact_id = NEW.id);
  RETURN NULL;
END $$;
ANALYZE conversation_search;
`;
