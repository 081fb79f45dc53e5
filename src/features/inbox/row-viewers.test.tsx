// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { orgQueries, usePresenceStore } from '../../queries';
import { RowViewers } from './row-viewers';

const ALEX = {
  id: 1,
  orgId: 1,
  name: 'Alex Agent',
  email: 'alex@acme.test',
  role: 'agent' as const,
};

function renderRow(conversationId: number) {
  const qc = new QueryClient();
  qc.setQueryData(orgQueries.me().queryKey, ALEX);
  return render(
    <QueryClientProvider client={qc}>
      <span data-testid="row">
        <RowViewers conversationId={conversationId} />
      </span>
    </QueryClientProvider>,
  );
}

const heard = (agentId: number, name: string, state: 'viewing' | 'typing' | 'left') =>
  act(() =>
    usePresenceStore
      .getState()
      .heard(
        { conversationId: 7, agentId, name, state, expiresAt: Date.now() + 15_000 },
        Date.now(),
      ),
  );

afterEach(() => {
  cleanup();
  usePresenceStore.getState().clear();
});

describe('a row’s viewers', () => {
  it('shows the other agents in the conversation, as they come and go', () => {
    renderRow(7);
    expect(screen.getByTestId('row')).toBeEmptyDOMElement();

    heard(2, 'Sam Support', 'viewing');
    expect(screen.getByTestId('row')).toHaveTextContent(', Sam Support viewing');
    heard(2, 'Sam Support', 'typing');
    expect(screen.getByTestId('row')).toHaveTextContent(', Sam Support typing');
    heard(2, 'Sam Support', 'left');
    expect(screen.getByTestId('row')).toBeEmptyDOMElement();
  });

  it('leaves out the agent looking at the list, and other conversations’ viewers', () => {
    renderRow(7);
    heard(ALEX.id, ALEX.name, 'viewing');
    act(() =>
      usePresenceStore
        .getState()
        .heard(
          { conversationId: 8, agentId: 2, name: 'Sam', state: 'viewing', expiresAt: 0 },
          Date.now(),
        ),
    );
    expect(screen.getByTestId('row')).toBeEmptyDOMElement();
  });
});
