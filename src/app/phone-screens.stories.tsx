// Every screen of the app at a phone's size (390×844), and the inbox on a tablet (800×1024), as the
// app composes them against the mock API (SPEC 7.6): the list fills the phone, "Views" opens the
// views in a drawer, a conversation opens full screen with "Back to list", and nothing is wider
// than the screen. (Touch targets are measured by e2e/phone.spec.ts, in a touch browser.)
import type { Meta, StoryObj } from '@storybook/react-vite';
import { Route, Switch } from 'wouter';
import { expect, waitFor, within } from 'storybook/test';
import { PAGES } from '../domain';
import { inboxHref } from '../features/inbox';
import { SignInScreen } from '../features/session/sign-in-screen';
import { mockApp, mockAppOf, type MockAppSetup } from '../mocks/storybook';
import { InboxLayout } from './inbox-layout';
import { ReportsPage } from './reports-page';
import { SettingsPage } from './settings-page';
import './app.css';

/** The signed-in screens by address, as src/app/app-routes.tsx has them. */
function Screens() {
  return (
    <Switch>
      <Route path={PAGES.reports.pattern} component={ReportsPage} />
      <Route path={PAGES.settings.pattern} component={SettingsPage} />
      <Route component={InboxLayout} />
    </Switch>
  );
}

const VIEWPORTS = {
  phone: { name: 'Phone 390×844', styles: { width: '390px', height: '844px' }, type: 'mobile' },
  tablet: { name: 'Tablet 800×1024', styles: { width: '800px', height: '1024px' }, type: 'tablet' },
} as const;
const on = (value: keyof typeof VIEWPORTS) => ({ viewport: { value, isRotated: false } });

const openList = async ({ api }: MockAppSetup) => {
  const { data } = await api.listConversations({ view: 'open', sort: 'newest', limit: 1 });
  return inboxHref(data[0]?.inboxId ?? 1, { view: 'open', sort: 'newest' });
};
const openConversation = async ({ api }: MockAppSetup) => {
  const { data } = await api.listConversations({ view: 'open', sort: 'newest', limit: 1 });
  const c = data[0];
  if (!c) throw new Error('no open conversation');
  return inboxHref(c.inboxId, { view: 'open', sort: 'newest' }, c.id);
};

const meta = {
  title: 'App/Phone',
  component: Screens,
  ...mockApp,
  parameters: { layout: 'fullscreen', viewport: { options: VIEWPORTS }, mockSetup: openList },
  globals: on('phone'),
} satisfies Meta<typeof Screens>;

export default meta;
type Story = StoryObj<typeof meta>;
type Canvas = ReturnType<typeof within>;

/** The screen is the size the story asks for, and nothing on it scrolls sideways. */
async function expectFits(width: number) {
  await expect(window.innerWidth).toBe(width);
  await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
  const sideways = [...document.querySelectorAll<HTMLElement>('body *')]
    .filter((el) => {
      const { overflowX } = getComputedStyle(el);
      return (
        (overflowX === 'auto' || overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1
      );
    })
    .map((el) => el.className || el.tagName);
  await expect(sideways).toEqual([]);
}

/** The conversation list once its rows are on screen (the list pane reveals itself after the
 *  screen's first paint, so the navigation's own list items are no sign of it). */
async function findRows(canvas: Canvas) {
  const list = await canvas.findByRole('list', { name: 'Conversations' }, { timeout: 10_000 });
  await within(list).findAllByRole('listitem', {}, { timeout: 10_000 });
  return list;
}

/** The list fills the phone; the views are behind "Views", a drawer that keeps focus. */
export const InboxList: Story = {
  play: async ({ canvas, userEvent, canvasElement }) => {
    const list = await findRows(canvas);
    await expect(list.getBoundingClientRect().width).toBeGreaterThan(370);
    await expect(canvas.queryByRole('navigation', { name: 'Views' })).not.toBeInTheDocument();
    await expect(canvas.queryByRole('region', { name: 'Open conversation' })).toBeNull();
    await expectFits(390);

    const views = canvas.getByRole('button', { name: 'Views' });
    await userEvent.click(views);
    const body = within(canvasElement.ownerDocument.body);
    const drawer = await body.findByRole('dialog', { name: 'Views' });
    await expect(drawer).toContainElement(document.activeElement as HTMLElement);
    const nav = within(drawer).getByRole('navigation', { name: 'Views' });
    // Visible once the drawer's opening has faded it in.
    await waitFor(() =>
      expect(within(drawer).getByRole('navigation', { name: 'Workspace' })).toBeVisible(),
    );
    await expectFits(390);
    await userEvent.click(within(nav).getByRole('link', { name: /^Pending/ }));
    await waitFor(() => expect(body.queryByRole('dialog', { name: 'Views' })).toBeNull());
    await expect(await canvas.findByRole('heading', { level: 1, name: 'Pending' })).toBeVisible();
    await expect(views).toHaveFocus();
  },
};

export const InboxListDark: Story = { ...InboxList, globals: { ...on('phone'), theme: 'dark' } };

/** A conversation opens full screen; "Back to list" goes back to the list it was opened from. */
export const ConversationFullScreen: Story = {
  parameters: { mockSetup: openConversation },
  play: async (context) => {
    const { canvas, userEvent } = context;
    await canvas.findByRole('log', { name: 'Messages' }, { timeout: 10_000 });
    await expect(canvas.queryByRole('list', { name: 'Conversations' })).toBeNull();
    await expect(canvas.getByRole('group', { name: 'Conversation actions' })).toBeVisible();
    await expectFits(390);

    await userEvent.click(canvas.getByRole('button', { name: 'Back to list' }));
    await findRows(canvas);
    await expect(mockAppOf(context).location.history.at(-1)).toMatch(
      /^\/inbox\/\d+\?view=open&sort=newest$/,
    );
    await expect(canvas.queryByRole('log', { name: 'Messages' })).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'Back to list' })).toBeNull();
  },
};

export const ConversationFullScreenDark: Story = {
  ...ConversationFullScreen,
  globals: { ...on('phone'), theme: 'dark' },
};

/** Three selected: the bulk toolbar at the foot of the screen, its actions all on it. */
export const Selection: Story = {
  play: async ({ canvas, userEvent }) => {
    const list = await findRows(canvas);
    const boxes = within(list).getAllByRole('checkbox');
    for (const box of boxes.slice(0, 3)) await userEvent.click(box);
    const toolbar = await canvas.findByRole('toolbar', { name: 'Bulk actions' });
    await expect(toolbar).toHaveTextContent('3 selected');
    const { bottom } = toolbar.getBoundingClientRect();
    await expect(bottom).toBeLessThanOrEqual(844);
    await expect(bottom).toBeGreaterThan(700);
    await expect(within(toolbar).getByRole('button', { name: 'Close selected' })).toBeVisible();
    await expectFits(390);
  },
};

/** Reports: one column; the app's screens behind "Menu". */
export const Reports: Story = {
  parameters: { mockSetup: async () => '/reports?range=30d' },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('heading', { level: 1, name: 'Reports' }, { timeout: 10_000 }),
    ).toBeVisible();
    await canvas.findByText('Created', { selector: 'dt' }, { timeout: 10_000 });
    await expect(canvas.getByRole('button', { name: 'Menu' })).toBeVisible();
    await expectFits(390);
  },
};

/** Settings, as an admin sees them. */
export const Settings: Story = {
  parameters: { mockSetup: async () => '/settings', signedInAs: 'admin@acme.test' },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('heading', { level: 1, name: 'Settings' }, { timeout: 10_000 }),
    ).toBeVisible();
    await canvas.findByRole(
      'spinbutton',
      { name: 'Inactivity period (minutes)' },
      { timeout: 10_000 },
    );
    await expect(canvas.getByRole('button', { name: 'Menu' })).toBeVisible();
    await expectFits(390);
  },
};

/** Signing in on a phone. */
export const SignIn: Story = {
  parameters: { mockSetup: async () => '/inbox/1?view=open', signedInAs: null },
  render: () => <SignInScreen />,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Email' })).toBeVisible();
    await expectFits(390);
  },
};

/** A tablet: the list and the conversation side by side, the views behind "Views". */
export const Tablet: Story = {
  parameters: { mockSetup: openConversation },
  globals: on('tablet'),
  play: async ({ canvas }) => {
    await canvas.findByRole('log', { name: 'Messages' }, { timeout: 10_000 });
    const list = await findRows(canvas);
    const pane = canvas.getByRole('region', { name: 'Open conversation' });
    await expect(list.getBoundingClientRect().right).toBeLessThanOrEqual(
      pane.getBoundingClientRect().left + 1,
    );
    await expect(canvas.getByRole('button', { name: 'Views' })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Back to list' })).toBeNull();
    await expect(canvas.queryByRole('navigation', { name: 'Views' })).toBeNull();
    await expectFits(800);
  },
};
