import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { ClockIcon, CloseIcon } from '../icons/icons';
import { IconButton } from './icon-button';

const meta = {
  title: 'UI/IconButton',
  component: IconButton,
  args: { label: 'Snooze', icon: <ClockIcon />, onClick: fn() },
  argTypes: { icon: { control: false } },
} satisfies Meta<typeof IconButton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Ghost: Story = {
  play: async ({ canvas, userEvent, args }) => {
    // The label is the only name, and the native tooltip.
    const button = canvas.getByRole('button', { name: 'Snooze' });
    await expect(button).toHaveAttribute('title', 'Snooze');
    await userEvent.click(button);
    await expect(args.onClick).toHaveBeenCalledTimes(1);
  },
};

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
      <IconButton {...args} size="sm" label="Close (small)" icon={<CloseIcon size={14} />} />
      <IconButton {...args} size="md" label="Close (medium)" icon={<CloseIcon />} />
      <IconButton {...args} size="lg" label="Close (large)" icon={<CloseIcon />} />
      <IconButton {...args} variant="secondary" label="Snooze (secondary)" />
      <IconButton {...args} variant="primary" label="Snooze (primary)" />
    </div>
  ),
};

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Snooze' })).toBeDisabled();
  },
};

export const CustomTooltip: Story = {
  args: { label: 'Dismiss', title: 'Dismiss notification', icon: <CloseIcon /> },
  play: async ({ canvas }) => {
    const button = canvas.getByRole('button', { name: 'Dismiss' });
    await expect(button).toHaveAttribute('title', 'Dismiss notification');
  },
};
