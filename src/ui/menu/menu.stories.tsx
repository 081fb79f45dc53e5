import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { ClockIcon, MailIcon } from '../icons/icons';
import { Menu } from './menu';

/** The popup list alone, always open: for designing items. MenuButton is how it is used. */
const meta = {
  title: 'UI/Menu',
  component: Menu,
  args: {
    label: 'Sort',
    onSelect: fn(),
    onClose: fn(),
    items: [
      { id: 'newest', kind: 'radio', label: 'Newest first', checked: true },
      { id: 'oldest', kind: 'radio', label: 'Oldest first', checked: false },
    ],
  },
  argTypes: { items: { control: false } },
  decorators: [
    (Story) => (
      <div className="ui-menu-anchor" style={{ minHeight: 200 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof Menu>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SortMenu: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByRole('menu', { name: 'Sort' })).toBeInTheDocument();
    await expect(canvas.getByRole('menuitemradio', { name: 'Newest first' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect(args.onClose).toHaveBeenCalledWith('select');
    await expect(args.onSelect).toHaveBeenCalledWith(
      'oldest',
      expect.objectContaining({ kind: 'radio' }),
    );
  },
};

export const IconsAndHints: Story = {
  args: {
    label: 'Snooze',
    items: [
      { id: 'hour', label: '1 hour', icon: <ClockIcon size={14} />, hint: '10:42' },
      { id: 'email', label: 'Until the customer replies', icon: <MailIcon size={14} /> },
    ],
  },
  play: async ({ canvas, userEvent, args }) => {
    // The hint is decoration: the item is named by its label only.
    await expect(canvas.getByRole('menuitem', { name: '1 hour' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await expect(args.onClose).toHaveBeenCalledWith('escape');
  },
};
