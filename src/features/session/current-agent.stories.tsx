// Who is signed in, and signing out, as the foot of the app's sidebar shows them.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { mockApp, mockAppOf } from '../../mocks/storybook';
import { CurrentAgent, SignOutButton } from '.';

function SidebarFooter() {
  return (
    <aside
      aria-label="Sidebar"
      style={{ display: 'flex', alignItems: 'center', gap: 8, justifyContent: 'space-between' }}
    >
      <CurrentAgent />
      <SignOutButton />
    </aside>
  );
}

const meta = {
  title: 'Features/Session/Current agent',
  component: SidebarFooter,
  ...mockApp,
  parameters: { route: '/inbox/1/conversations/3?view=open&sort=newest' },
  decorators: [
    ...mockApp.decorators,
    (Story) => (
      <div style={{ width: 216 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof SidebarFooter>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The agent's name; "Sign out" ends the session and goes to `/`, not back to this page. */
export const SignOut: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    const { api, location } = mockAppOf(context);
    await expect(await canvas.findByText('Alex')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(location.history.at(-1)).toBe('/'));
    await expect(api.me()).rejects.toMatchObject({ status: 401 });
    await expect(canvas.queryByText('Alex')).not.toBeInTheDocument();
  },
};

const LONG_NAME = 'Alexandria-Maximiliana Featherstonehaugh-Cholmondeley';

/** A name longer than the sidebar is cut; "Sign out" stays in view. */
export const LongName: Story = {
  parameters: {
    signedInAs: null,
    mockSetup: async ({ backend }) => {
      const email = 'alexandria@acme.test';
      await backend.store.transaction((tx) =>
        tx.insertAgent({
          orgId: 1,
          name: LONG_NAME,
          email,
          role: 'agent',
          canDeleteMetrics: false,
          passwordHash: 'unused',
        }),
      );
      await backend.signInAs(email);
    },
  },
  play: async ({ canvas }) => {
    const name = await canvas.findByText(LONG_NAME);
    const button = canvas.getByRole('button', { name: 'Sign out' });
    await expect(button).toBeVisible();
    const footer = canvas.getByRole('complementary', { name: 'Sidebar' });
    await expect(button.getBoundingClientRect().right).toBeLessThanOrEqual(
      footer.getBoundingClientRect().right + 1,
    );
    await expect(name.scrollWidth).toBeGreaterThan(name.clientWidth);
  },
};

export const Dark: Story = { ...SignOut, globals: { theme: 'dark' } };
