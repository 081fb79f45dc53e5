import type { QueryClient } from '@tanstack/react-query';
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { useEffect, useState, type ReactNode } from 'react';
import { changesPersistOptions, resumeRestoredChanges, watchRestoredChanges } from '../queries';
import { toast, ToastRegion } from '../ui';
import { ConnectionStatus } from './connection-status';

export interface ProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
  /** Where changes made offline wait across reloads; tests give each "browser" its own. */
  persistOptions?: ReturnType<typeof changesPersistOptions>;
}

/** Server state for the whole tree (with the changes still waiting restored first), the
 * connection line, and the one place toasts appear. */
export function Providers({ queryClient, children, persistOptions }: ProvidersProps) {
  const [options] = useState(() => persistOptions ?? changesPersistOptions());
  useEffect(
    () => watchRestoredChanges(queryClient, (message) => toast.show({ message, tone: 'error' })),
    [queryClient],
  );
  return (
    <PersistQueryClientProvider
      client={queryClient}
      persistOptions={options}
      onSuccess={() => void resumeRestoredChanges(queryClient)}
    >
      {children}
      <ConnectionStatus />
      <ToastRegion />
    </PersistQueryClientProvider>
  );
}
