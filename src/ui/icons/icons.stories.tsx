import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { ChannelIcon } from './channel-icon';
import {
  AlertIcon,
  ChatIcon,
  CheckIcon,
  ChevronDownIcon,
  ClockIcon,
  CloseIcon,
  InboxIcon,
  MailIcon,
} from './icons';
import { PRIORITY_LABELS, PriorityIcon, type PriorityName } from './priority-icon';

const PRIORITIES = Object.keys(PRIORITY_LABELS) as PriorityName[];

const meta = {
  title: 'UI/Icons',
  component: PriorityIcon,
  args: { priority: 'high' },
  argTypes: { priority: { control: 'inline-radio', options: PRIORITIES } },
} satisfies Meta<typeof PriorityIcon>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Priority: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('img', { name: 'High priority' })).toBeInTheDocument();
  },
};

/** Every priority, named for screen readers ("No priority", "Urgent priority"...). */
export const Priorities: Story = {
  render: (args) => (
    <ul style={{ display: 'grid', gap: 8, listStyle: 'none', padding: 0 }}>
      {PRIORITIES.map((priority) => (
        <li key={priority} style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <PriorityIcon {...args} priority={priority} />
          <PriorityIcon {...args} priority={priority} size={24} decorative />
          <span>{PRIORITY_LABELS[priority]}</span>
        </li>
      ))}
    </ul>
  ),
  play: async ({ canvas }) => {
    const names = canvas.getAllByRole('img').map((img) => img.getAttribute('aria-label'));
    await expect(names).toEqual([
      'No priority',
      'Low priority',
      'Medium priority',
      'High priority',
      'Urgent priority',
    ]);
  },
};

export const PrioritiesDark: Story = { ...Priorities, globals: { theme: 'dark' } };

export const Channels: Story = {
  render: () => (
    <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
      <ChannelIcon channel="chat" />
      <ChannelIcon channel="email" />
      <ChannelIcon channel="email" size={20} decorative />
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('img', { name: 'Chat' })).toBeInTheDocument();
    await expect(canvas.getByRole('img', { name: 'Email' })).toBeInTheDocument();
    await expect(canvas.getAllByRole('img')).toHaveLength(2);
  },
};

const ICONS = {
  AlertIcon,
  ChatIcon,
  CheckIcon,
  ChevronDownIcon,
  ClockIcon,
  CloseIcon,
  InboxIcon,
  MailIcon,
};

/** The hand-drawn line icons: decorative unless given an aria-label. */
export const LineIcons: Story = {
  render: () => (
    <ul
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(4, max-content)',
        gap: 16,
        listStyle: 'none',
        padding: 0,
      }}
    >
      {Object.entries(ICONS).map(([name, Icon]) => (
        <li key={name} style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
          <Icon size={20} />
          <code>{name}</code>
        </li>
      ))}
    </ul>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.queryAllByRole('img')).toHaveLength(0);
  },
};
