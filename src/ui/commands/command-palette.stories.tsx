// The command palette's states on a fixed set of actions: empty (recent first), filtered, no match,
// and running the chosen action. The app's palette lists what the screens register instead.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { Dialog } from '../dialog/dialog';
import { PaletteBody } from './palette-dialog';
import type { Action } from './registry';

const ran = fn();
const action = (id: string, group: string, title: string, key: string): Action => ({
  id,
  group,
  title,
  key,
  run: () => ran(id),
});

const ACTIONS: Action[] = [
  action('status.closed', 'Status', 'Close conversation', 'e'),
  action('status.pending', 'Status', 'Mark as pending', 'p'),
  action('spam.mark', 'Conversation', 'Mark as spam', '!'),
  action('snooze.menu', 'Snooze', 'Snooze…', 'z'),
  action('snooze.1h', 'Snooze', 'Snooze 1 hour', 'z'),
  action('snooze.tomorrow', 'Snooze', 'Snooze tomorrow morning', 'z'),
  action('assign.2', 'Assign', 'Assign to Sam', 'a'),
  action('merge', 'Conversation', 'Merge into…', 'm'),
  action('view.open', 'Go to', 'Go to Open', 'g'),
  action('session.sign-out', 'Account', 'Sign out', 'Q'),
];

function Palette({ onDone }: { onDone: () => void }) {
  return (
    <Dialog open onClose={onDone} title="Command palette" size="md">
      <PaletteBody onDone={onDone} actions={ACTIONS} />
    </Dialog>
  );
}

const meta = {
  title: 'UI/Command palette',
  component: Palette,
  args: { onDone: fn() },
  beforeEach: () => {
    ran.mockClear();
    // The recent use the empty state ranks first: merge, then spam.
    localStorage.setItem('parley.palette.recent', JSON.stringify(['merge', 'spam.mark']));
  },
} satisfies Meta<typeof Palette>;

export default meta;
type Story = StoryObj<typeof meta>;

const palette = () => within(document.body).getByRole('dialog', { name: 'Command palette' });
const box = () => within(palette()).getByRole('combobox', { name: 'Command' });
const titles = () =>
  within(palette())
    .queryAllByRole('option')
    .map((o) => o.querySelector('.palette__title')?.textContent);

/** Nothing typed: every action, the recently used first, each with its key. */
export const EmptyQuery: Story = {
  play: async () => {
    await expect(box()).toHaveFocus();
    await expect(titles().slice(0, 3)).toEqual([
      'Merge into…',
      'Mark as spam',
      'Close conversation',
    ]);
    await expect(titles()).toHaveLength(ACTIONS.length);
    await expect(within(palette()).getAllByRole('option')[0]).toHaveAttribute(
      'aria-selected',
      'true',
    );
  },
};

/** "sno": the snooze actions, best match first; arrows move the highlight, round the ends. */
export const Filtered: Story = {
  play: async ({ userEvent }) => {
    await userEvent.type(box(), 'sno');
    await expect(titles()).toEqual(['Snooze…', 'Snooze 1 hour', 'Snooze tomorrow morning']);
    await userEvent.keyboard('{ArrowDown}');
    const options = () => within(palette()).getAllByRole('option');
    await expect(options()[1]).toHaveAttribute('aria-selected', 'true');
    await expect(box()).toHaveAttribute('aria-activedescendant', options()[1]?.id);
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    await expect(options()[2]).toHaveAttribute('aria-selected', 'true');
    await expect(box()).toHaveAttribute('aria-activedescendant', options()[2]?.id);
  },
};

/** Nothing matches: no option, and a status that says so. */
export const NoMatch: Story = {
  play: async ({ userEvent }) => {
    await userEvent.type(box(), 'xyzzy');
    await expect(within(palette()).queryAllByRole('option')).toHaveLength(0);
    await expect(within(palette()).getByRole('status')).toHaveTextContent(
      'No action matches “xyzzy”.',
    );
  },
};

/** Enter runs the highlighted action ("spam" finds Mark as spam) and the palette says so. */
export const Running: Story = {
  play: async ({ args, userEvent }) => {
    await userEvent.type(box(), 'spam');
    await userEvent.keyboard('{Enter}');
    await expect(within(palette()).getByRole('status')).toHaveTextContent('Mark as spam…');
    await expect(args.onDone).toHaveBeenCalledTimes(1);
    await expect(ran).toHaveBeenCalledWith('spam.mark');
  },
};
