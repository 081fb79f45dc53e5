// Renders the pane as the app does: a query client, a router at the deep link, the toasts.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { AgentDto } from '../../../api';
import { PAGES } from '../../../domain';
import { api, orgKeys } from '../../../queries';
import { ToastRegion } from '../../../ui';
import { ConversationPane } from '../conversation-pane';
import { getMockBackend } from './mock-api';

/** Signs in through the mock API, as the sign-in form would. */
export async function signIn(email = 'alex@acme.test'): Promise<AgentDto> {
  await getMockBackend().ready;
  const { agent } = await api.signIn({ email, password: 'demo-password' });
  return agent;
}

/** Runs `work` as another agent of the same mock backend, then signs back in as `back`. */
export async function asAgent<T>(email: string, back: string, work: () => Promise<T>): Promise<T> {
  await getMockBackend().signInAs(email);
  try {
    return await work();
  } finally {
    await getMockBackend().signInAs(back);
  }
}

export interface PaneHarness extends RenderResult {
  qc: QueryClient;
  user: UserEvent;
  /** Every path the router went to, the first being the deep link. */
  history: readonly string[];
}

export function renderPane(
  conversationId: number,
  me: AgentDto,
  { search = 'view=open&sort=newest', inboxId = 1 } = {},
): PaneHarness {
  const qc = new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  qc.setQueryData(orgKeys.me, me);
  const location = memoryLocation({
    path: PAGES.conversation.path({ inboxId, conversationId }),
    searchPath: search,
    record: true,
  });
  const user = userEvent.setup();
  const result = render(
    <QueryClientProvider client={qc}>
      <Router hook={location.hook} searchHook={location.searchHook}>
        <ConversationPane conversationId={conversationId} />
      </Router>
      <ToastRegion />
    </QueryClientProvider>,
  );
  return { ...result, qc, user, history: location.history };
}
