// The stories' mock app (storybook.ts) proving itself: what a screen's story can rely on.
import { useQuery } from '@tanstack/react-query';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { Link, useLocation, useSearch } from 'wouter';
import { ApiError, createApiClient } from '../api';
import { Button, ErrorState, Spinner, toast } from '../ui';
import { mockApp, mockAppOf } from './storybook';

const api = createApiClient();

/** A stand-in for a screen: who is signed in, the Open count, and where we are. */
function Probe() {
  const [path] = useLocation();
  const search = useSearch();
  const me = useQuery({ queryKey: ['me'], queryFn: ({ signal }) => api.me(signal) });
  const counts = useQuery({
    queryKey: ['counts'],
    queryFn: ({ signal }) => api.counts(signal),
    enabled: me.isSuccess,
  });
  let session;
  if (me.isPending) session = <Spinner label="Loading session" />;
  else if (me.error instanceof ApiError && me.error.status === 401) session = <p>Signed out</p>;
  else if (me.isError) session = <ErrorState message={me.error.message} />;
  else session = <p>Signed in as {me.data.agent.name}</p>;
  return (
    <main style={{ display: 'grid', gap: 8, justifyItems: 'start' }}>
      {session}
      {counts.data ? <p>Open {counts.data.open}</p> : null}
      <p>
        At <code>{path}</code> with <code>{search || '(no query)'}</code>
      </p>
      <Link href="/inbox/1?view=closed">Closed view</Link>
      <Button onClick={() => toast.show({ message: 'Conversation closed' })}>Show a toast</Button>
    </main>
  );
}

const meta = {
  title: 'Mocks/Mock app',
  component: Probe,
  ...mockApp,
  parameters: { route: '/inbox/1?view=open' },
} satisfies Meta<typeof Probe>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Fresh demo data, signed in as alex@acme.test, at `parameters.route`, with the toasts. */
export const SignedIn: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    await expect(await canvas.findByText(/^Signed in as Alex/)).toBeInTheDocument();
    await expect(await canvas.findByText(/^Open \d+$/)).toBeInTheDocument();
    await expect(canvas.getByText('/inbox/1')).toBeInTheDocument();
    await expect(canvas.getByText('view=open')).toBeInTheDocument();

    await userEvent.click(canvas.getByRole('link', { name: 'Closed view' }));
    await expect(mockAppOf(context).location.history.at(-1)).toBe('/inbox/1?view=closed');
    await expect(canvas.getByText('view=closed')).toBeInTheDocument();

    await userEvent.click(canvas.getByRole('button', { name: 'Show a toast' }));
    const toasts = canvas.getByRole('status', { name: 'Notifications' });
    await expect(toasts).toHaveTextContent('Conversation closed');
  },
};

/** `signedInAs: null`: no session, so the API answers 401. */
export const SignedOut: Story = {
  parameters: { signedInAs: null },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Signed out')).toBeInTheDocument();
  },
};

/** Another agent of the demo data. */
export const OtherAgent: Story = {
  parameters: { signedInAs: 'sam@acme.test' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/^Signed in as Sam/)).toBeInTheDocument();
  },
};

/** `mockScenario`: the dev scenarios per story, e.g. offline. */
export const Offline: Story = {
  parameters: { mockScenario: { offline: true } },
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByRole('alert')).toBeInTheDocument(), { timeout: 3000 });
  },
};

/**
 * `mockSetup` arranges the data before the story renders (here Sam closes a conversation, through
 * `asAgent`) and may choose the route; `mockFaults` fails chosen requests (here the first read of
 * the counts), and the next one goes through.
 */
export const SetupAndFaults: Story = {
  parameters: {
    mockSetup: async ({ api, asAgent }) => {
      const { data } = await api.listConversations({ view: 'open', limit: 1 });
      const first = data[0];
      if (!first) throw new Error('no open conversation');
      await asAgent('sam@acme.test', (asSam) =>
        asSam.updateConversation(first.id, { status: 'closed' }, { ifMatch: first.version }),
      );
      return `/inbox/1?view=closed&closed=${first.id}`;
    },
    mockFaults: [{ method: 'GET', path: '/api/conversations/counts' }],
  },
  play: async (context) => {
    const { canvas } = context;
    const { api, queryClient } = mockAppOf(context);
    // The story's own session again once Sam is done.
    await expect(await canvas.findByText(/^Signed in as Alex/)).toBeInTheDocument();
    const id = Number(/closed=(\d+)/.exec(canvas.getByText(/^view=closed/).textContent ?? '')?.[1]);
    const { data } = await api.listMessages(id);
    await expect(data.at(-1)?.body).toBe('Sam closed the conversation');

    await waitFor(() => expect(queryClient.getQueryState(['counts'])?.status).toBe('error'));
    await expect(canvas.queryByText(/^Open \d+$/)).not.toBeInTheDocument();
    await queryClient.refetchQueries({ queryKey: ['counts'] });
    await expect(await canvas.findByText(/^Open \d+$/)).toBeInTheDocument();
  },
};
