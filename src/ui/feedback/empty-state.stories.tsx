import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { Button } from '../button/button';
import { CheckIcon } from '../icons/icons';
import { EmptyState } from './empty-state';

const meta = {
  title: 'UI/EmptyState',
  component: EmptyState,
  args: { title: 'No open conversations', description: 'New conversations will show up here.' },
  argTypes: { icon: { control: false }, action: { control: false } },
} satisfies Meta<typeof EmptyState>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithAction: Story = {
  args: {
    title: 'Nothing matches these filters',
    description: 'Try another view, or clear the filters.',
    action: <Button size="sm">Clear filters</Button>,
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Nothing matches these filters')).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Clear filters' })).toBeInTheDocument();
  },
};

export const CustomIcon: Story = {
  args: {
    title: 'Inbox zero',
    description: 'Every conversation is closed.',
    icon: <CheckIcon size={20} />,
  },
};

export const NoIcon: Story = { args: { icon: null, description: undefined } };

export const LongText: Story = {
  args: {
    title: 'No conversations have been marked as spam in this inbox during the last ninety days',
    description:
      'Conversations marked as spam are kept for ninety days and then deleted for good, together with their messages, notes and attachments.',
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 360 }}>
        <Story />
      </div>
    ),
  ],
};

export const Dark: Story = { ...WithAction, globals: { theme: 'dark' } };
