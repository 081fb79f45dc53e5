// Best match first, read in tiers (server/sql/search.ts): the second tier is the conversations
// whose contact's own name and email hold every word. Each conversation keeps those words in a
// column of their own, with a GIN index: the planner then knows how many conversations a word
// finds there, so it reads the newest first and stops at the page's end for a common last name,
// and goes through the index for a word few contacts hold. (A weight-A test on the search column
// was estimated like any match of the word: a word found only in messages was looked for, newest
// first, in all 100,000 conversations.)
export const searchTiersSchema = `
CREATE FUNCTION contact_words(name text, email text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT to_tsvector('simple', search_words(name || ' ' || email)) $$;

ALTER TABLE conversations ADD COLUMN contact_words tsvector NOT NULL DEFAULT ''::tsvector;
UPDATE conversations c SET contact_words = contact_words(ct.name, ct.email)
  FROM contacts ct WHERE ct.id = c.contact_id;
CREATE INDEX conversations_contact_words ON conversations USING gin (contact_words);

CREATE OR REPLACE FUNCTION conversation_search_new() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  contact contacts%ROWTYPE;
BEGIN
  SELECT * INTO contact FROM contacts WHERE id = NEW.contact_id;
  NEW.search := coalesce(search_vector(contact.name || ' ' || contact.email, 'A'), ''::tsvector);
  NEW.contact_words := coalesce(contact_words(contact.name, contact.email), ''::tsvector);
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION conversation_search_contact() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE conversations
  SET search = conversation_search(id), contact_words = contact_words(NEW.name, NEW.email)
  WHERE contact_id = NEW.id;
  RETURN NULL;
END $$;
ANALYZE conversations;
`;
