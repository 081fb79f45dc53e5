// What onMutate saw, read back later by the same change: its mutationFn (TanStack Query hands that
// only the variables) and the caller once the change settled. The context lives on the mutation,
// so it is saved with a queued change and comes back with it after a reload.
import type { QueryClient } from '@tanstack/react-query';

/** The context of the mutation that runs with exactly these variables (the same object; the
 * newest, should a caller ever hand the same object to two changes). */
export function contextOf<C>(qc: QueryClient, variables: object): C | undefined {
  const mutation = qc
    .getMutationCache()
    .getAll()
    .findLast((m) => m.state.variables === variables);
  return mutation?.state.context as C | undefined;
}
