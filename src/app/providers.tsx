import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ToastRegion } from '../ui';

export interface ProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
}

/** Server state for the whole tree, and the one place toasts appear. */
export function Providers({ queryClient, children }: ProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      {children}
      <ToastRegion />
    </QueryClientProvider>
  );
}
