// The mock API for this feature's component tests: the real backend over an in-memory store,
// behind MSW. The one place this feature reaches into src/mocks, and only for tests.
// oxlint-disable-next-line no-restricted-imports -- component tests run against MSW (docs/architecture.md, Conventions); app code never imports this file.
import { getMockBackend, resetMockBackend, server } from '../../../mocks/node';

export { getMockBackend, resetMockBackend, server };

type Store = ReturnType<typeof getMockBackend>['store'];
type Tx = Parameters<Parameters<Store['transaction']>[0]>[0];

/** Runs a read or write straight on the mock database, for arranging and checking tests. */
export async function inStore<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  const backend = getMockBackend();
  await backend.ready;
  return backend.store.transaction(work);
}

/** An agent the demo data does not have, e.g. an admin without the metrics permission. */
export async function addAgent(agent: {
  name: string;
  email: string;
  role: 'admin' | 'agent';
  canDeleteMetrics: boolean;
}): Promise<number> {
  const record = await inStore((tx) =>
    tx.insertAgent({ orgId: 1, passwordHash: 'unused', ...agent }),
  );
  return record.id;
}
