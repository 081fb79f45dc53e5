// The people who write in.
import type { Contact } from '../../src/domain';
import type { StoreTx } from '../../src/backend/store';
import type { Row, SqlExecutor } from '../db/client';
import { int, text } from './decode';
import { reader } from './query-helpers';

type ContactMethods = Pick<StoreTx, 'getContact' | 'findContactByEmail' | 'insertContact'>;

const CONTACT = 'id, org_id, name, email';
const BY_EMAIL = `SELECT ${CONTACT} FROM contacts WHERE org_id = $1 AND lower(btrim(email)) = lower(btrim($2))`;

export function contactMethods(db: SqlExecutor): ContactMethods {
  const { one } = reader(db);
  return {
    getContact: (orgId, contactId) =>
      one(
        `SELECT ${CONTACT} FROM contacts WHERE org_id = $1 AND id = $2`,
        [orgId, contactId],
        toContact,
      ),
    findContactByEmail: (orgId, email) => one(BY_EMAIL, [orgId, email], toContact),
    async insertContact(contact) {
      // Two first messages from one new address can race; the loser gets the winner's contact
      // (ON CONFLICT waits for it to commit) instead of a unique-violation error.
      const inserted = await one(
        `INSERT INTO contacts (org_id, name, email) VALUES ($1, $2, $3)
         ON CONFLICT (org_id, lower(btrim(email))) DO NOTHING RETURNING ${CONTACT}`,
        [contact.orgId, contact.name, contact.email],
        toContact,
      );
      const found = inserted ?? (await one(BY_EMAIL, [contact.orgId, contact.email], toContact));
      if (found === null) throw new Error(`Contact ${contact.email} conflicted but cannot be read`);
      return found;
    },
  };
}

export function toContact(row: Row): Contact {
  return {
    id: int(row, 'id'),
    orgId: int(row, 'org_id'),
    name: text(row, 'name'),
    email: text(row, 'email'),
  };
}
