import type { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Router, type BaseLocationHook } from 'wouter';
import { AppRoutes } from './app-routes';
import { AuthGate } from './auth-gate';
import { Providers, type ProvidersProps } from './providers';
import { createQueryClient } from './query-client';
import './app.css';

export interface AppProps {
  /** Tests pass their own client and an in-memory location; the browser uses its address bar. */
  queryClient?: QueryClient;
  locationHook?: BaseLocationHook;
  /** Where changes made offline are kept across reloads (tests: a storage of their own). */
  persistOptions?: ProvidersProps['persistOptions'];
}

export function App({ queryClient, locationHook, persistOptions }: AppProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <Providers queryClient={client} {...(persistOptions ? { persistOptions } : {})}>
      <Router {...(locationHook ? { hook: locationHook } : {})}>
        <AuthGate>
          <AppRoutes />
        </AuthGate>
      </Router>
    </Providers>
  );
}
