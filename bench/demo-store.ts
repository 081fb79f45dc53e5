// The demo org both benches seed into: its demo data made once, and how many conversations it has.
import { ensureDemoData } from '../src/backend/demo-data';
import { createPasswords } from '../server/passwords';
import type { createSqlStore } from '../server/sql-store';

/** The demo org (Acme), whose conversations the benches load. */
export const ACME = 1;

/** Makes the demo data if it is missing; answers how many conversations Acme has. */
export async function demoConversations(
  store: ReturnType<typeof createSqlStore>,
  now: number,
): Promise<number> {
  await ensureDemoData(store, { passwords: createPasswords(), now });
  const counts = await store.transaction((tx) => tx.countByStatus(ACME));
  return Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
}
