// The shared set-up of the pane's component tests: MSW with a fresh demo database per test,
// a laid-out thread, and no toasts or drafts left over from the test before.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { View } from '../../../domain';
import { api } from '../../../queries';
import { toast } from '../../../ui';
import { useDraftStore } from '../composer/draft-store';
import { installFakeLayout, type FakeLayout } from './fake-layout';
import { resetMockBackend, server } from './mock-api';

export function setUpPaneTests(): void {
  let layout: FakeLayout | null = null;
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    resetMockBackend({});
    layout = installFakeLayout();
    localStorage.clear();
    useDraftStore.setState({ drafts: {}, tabs: {} });
  });
  afterEach(() => {
    server.resetHandlers();
    toast.clear();
    layout?.restore();
  });
  afterAll(() => server.close());
}

/** The first conversation of a view (as the signed-in agent sees it). */
export async function firstIn(
  view: View,
  match: (c: { id: number; channel: string; assigneeId: number | null }) => boolean = () => true,
) {
  const page = await api.listConversations({ view, limit: 100 });
  const found = page.data.find(match);
  if (!found) throw new Error(`no conversation in ${view}`);
  return found;
}
