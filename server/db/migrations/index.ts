// Every migration, in the order it applies. Append only: an applied migration never changes,
// a new change is a new entry with the next version.
import { initialSchema } from './0001-initial-schema';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial-schema', sql: initialSchema },
];
