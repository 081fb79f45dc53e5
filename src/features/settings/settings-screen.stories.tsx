// Settings against the mock API: what an admin sees and changes (conversation rules, webhooks and
// their delivery logs, inbox tokens), what an agent sees, loading, and a failed read with Retry.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { mockApp, mockAppOf } from '../../mocks/storybook';
import { orgKeys } from '../../queries';
import { SettingsScreen } from '.';

function SettingsPage() {
  return (
    <main style={{ minHeight: '100vh' }}>
      <SettingsScreen />
    </main>
  );
}

const ADMIN = 'admin@acme.test';
const HOOK = 'https://hooks.example.com/parley';

const meta = {
  title: 'Features/Settings/Screen',
  component: SettingsPage,
  ...mockApp,
  parameters: { layout: 'fullscreen', route: '/settings', signedInAs: ADMIN },
} satisfies Meta<typeof SettingsPage>;

export default meta;
type Story = StoryObj<typeof meta>;
type Canvas = ReturnType<typeof within>;

const inactivity = (canvas: Canvas) =>
  canvas.findByRole('spinbutton', { name: 'Inactivity period (minutes)' }, { timeout: 10_000 });

/** An admin: the org's rules with their saved values, no webhooks yet, the inbox's token. */
export const Admin: Story = {
  play: async ({ canvas }) => {
    await expect(await inactivity(canvas)).toHaveValue(10);
    for (const name of ['Conversation rules', 'Webhooks', 'Inbox tokens']) {
      await expect(canvas.getByRole('heading', { name, level: 2 })).toBeInTheDocument();
    }
    await expect(canvas.getByRole('spinbutton', { name: 'Email auto-resolve (days)' })).toHaveValue(
      7,
    );
    await expect(canvas.getByRole('button', { name: 'Save' })).toBeDisabled();
    await expect(await canvas.findByText('No webhooks yet')).toBeVisible();
    const inboxes = await canvas.findByRole('list', { name: 'Inboxes' });
    await expect(within(inboxes).getByRole('heading', { name: 'Acme Support' })).toBeVisible();
  },
};

export const AdminDark: Story = { ...Admin, globals: { theme: 'dark' } };

/** An agent may not change settings, and is told so. */
export const Agent: Story = {
  parameters: { signedInAs: 'alex@acme.test' },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText('Only admins can change settings', {}, { timeout: 10_000 }),
    ).toBeVisible();
    await expect(canvas.queryByRole('spinbutton')).not.toBeInTheDocument();
    await expect(canvas.queryByRole('button', { name: 'Add webhook' })).not.toBeInTheDocument();
  },
};

export const AgentDark: Story = { ...Agent, globals: { theme: 'dark' } };

/** A new inactivity period is saved on the server; "Save" is off again until the next change. */
export const SaveRules: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    const field = await inactivity(canvas);
    await userEvent.clear(field);
    await userEvent.type(field, '15');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    const toasts = canvas.getByRole('status', { name: 'Notifications' });
    await expect(await within(toasts).findByText('Settings saved')).toBeInTheDocument();
    const { api } = mockAppOf(context);
    await expect((await api.getSettings()).inactivitySeconds).toBe(15 * 60);
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Save' })).toBeDisabled());
  },
};

/** A value out of range is explained at the field, which gets focus, and nothing is sent. */
export const RuleOutOfRange: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    const field = await inactivity(canvas);
    await userEvent.clear(field);
    await userEvent.type(field, '0');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/^Use 1 to [\d,]+ minutes\./);
    await expect(field).toHaveFocus();
    await expect((await mockAppOf(context).api.getSettings()).inactivitySeconds).toBe(600);
  },
};

/** Add a webhook: a bad URL is refused in place; a good one shows its secret once, then lists. */
export const AddWebhook: Story = {
  play: async ({ canvas, userEvent }) => {
    await inactivity(canvas);
    await userEvent.click(canvas.getByRole('button', { name: 'Add webhook' }));
    const form = canvas.getByRole('form', { name: 'Add webhook' });
    const url = within(form).getByRole('textbox', { name: 'Endpoint URL' });
    await userEvent.type(url, 'hooks.example.com');
    await userEvent.click(within(form).getByRole('button', { name: 'Create webhook' }));
    await expect(url).toHaveAccessibleDescription(
      'Enter a full URL, such as https://example.com/parley-hook.',
    );

    await userEvent.clear(url);
    await userEvent.type(url, HOOK);
    await userEvent.click(within(form).getByRole('button', { name: 'Create webhook' }));
    const dialog = await within(document.body).findByRole('dialog', { name: 'Webhook created' });
    // The dialog fades in; the secret is readable once it has.
    const secret = within(dialog).getByText(/^whsec_[\w+/=]{16,}$/);
    await waitFor(() => expect(secret).toBeVisible());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    const list = await canvas.findByRole('list', { name: 'Webhook subscriptions' });
    await expect(within(list).getByRole('heading', { name: HOOK })).toBeVisible();
  },
};

/** A subscription whose events are on their way: its delivery log, then deleting it. */
export const WebhookLogAndDelete: Story = {
  parameters: {
    mockSetup: async ({ api }) => {
      await api.createWebhook({ url: HOOK, events: ['conversation_push'] });
      const { data } = await api.listConversations({ view: 'open', sort: 'newest', limit: 1 });
      const newest = data[0];
      if (newest) await api.sync(newest.id);
    },
  },
  play: async (context) => {
    const { canvas, userEvent } = context;
    const list = await canvas.findByRole(
      'list',
      { name: 'Webhook subscriptions' },
      {
        timeout: 10_000,
      },
    );
    await userEvent.click(within(list).getByRole('button', { name: `Delivery log for ${HOOK}` }));
    await expect(
      await within(list).findByRole('table', { name: `Delivery log for ${HOOK}` }),
    ).toBeVisible();
    await expect(within(list).getByRole('cell', { name: 'conversation_push' })).toBeVisible();

    await userEvent.click(within(list).getByRole('button', { name: `Delete webhook ${HOOK}` }));
    const dialog = await within(document.body).findByRole('dialog', {
      name: 'Delete this webhook?',
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete webhook' }));
    await expect(await canvas.findByText('No webhooks yet')).toBeVisible();
    await expect(await mockAppOf(context).api.listWebhooks()).toHaveLength(0);
  },
};

/** API tokens: one in use, one revoked; creating a read-only one shows it once. */
export const ApiTokens: Story = {
  parameters: {
    mockSetup: async ({ api }) => {
      await api.createToken({ name: 'Data warehouse', scopes: ['reports'] });
      const old = await api.createToken({ name: 'Old CRM', scopes: ['conversations:read'] });
      await api.revokeToken(old.id);
    },
  },
  play: async ({ canvas, userEvent }) => {
    const list = await canvas.findByRole('list', { name: 'API tokens' }, { timeout: 10_000 });
    await expect(within(list).getByRole('button', { name: 'Revoke Data warehouse' })).toBeVisible();
    await expect(within(list).queryByRole('button', { name: 'Revoke Old CRM' })).toBeNull();
    const section = canvas.getByRole('region', { name: 'API tokens' });
    await userEvent.click(within(section).getByRole('button', { name: 'Create token' }));
    const form = canvas.getByRole('form', { name: 'Create API token' });
    await userEvent.type(within(form).getByRole('textbox', { name: 'Token name' }), 'CRM sync');
    await userEvent.click(within(form).getByRole('button', { name: 'Create token' }));
    const dialog = await within(document.body).findByRole('dialog', { name: 'API token created' });
    const token = within(dialog).getByText(/^pat_[\w-]{40,}$/);
    await waitFor(() => expect(token).toBeVisible());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    await expect(await within(list).findByRole('heading', { name: 'CRM sync' })).toBeVisible();
  },
};

/** Signed in (as the app would be by now), and every answer takes minutes. */
export const Loading: Story = {
  parameters: {
    mockScenario: { latencyMs: 10 * 60_000 },
    mockSetup: async ({ api, queryClient }) => {
      queryClient.setQueryData(orgKeys.me, (await api.me()).agent);
    },
  },
  play: async ({ canvas }) => {
    for (const name of [
      'Loading settings',
      'Loading routing',
      'Loading webhooks',
      'Loading inboxes',
    ]) {
      await expect(await canvas.findByRole('status', { name })).toBeInTheDocument();
    }
    await expect(canvas.queryByText('Only admins can change settings')).not.toBeInTheDocument();
  },
};

/** The rules fail to load once; "Retry" brings the form. */
export const ErrorThenRetry: Story = {
  parameters: { mockFaults: [{ method: 'GET', path: '/api/org/settings' }] },
  play: async ({ canvas, userEvent }) => {
    // The rules and the routing section read the same settings: each says so, in its own words.
    const alerts = await canvas.findAllByRole('alert', {}, { timeout: 10_000 });
    const alert = alerts.find((a) => a.textContent?.includes('Settings could not load'));
    await expect(alert).toBeVisible();
    await userEvent.click(within(alert as HTMLElement).getByRole('button', { name: 'Retry' }));
    await expect(await inactivity(canvas)).toHaveValue(10);
  },
};
