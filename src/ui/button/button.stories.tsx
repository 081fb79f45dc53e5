import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { CheckIcon, ChevronDownIcon } from '../icons/icons';
import { Button } from './button';

const meta = {
  title: 'UI/Button',
  component: Button,
  args: { children: 'Close conversation', onClick: fn() },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'ghost', 'danger'] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    leadingIcon: { control: false },
    trailingIcon: { control: false },
  },
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Secondary: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const button = canvas.getByRole('button', { name: 'Close conversation' });
    await expect(button).toHaveAttribute('type', 'button');
    await userEvent.click(button);
    await expect(args.onClick).toHaveBeenCalledTimes(1);
  },
};

export const Primary: Story = { args: { variant: 'primary', children: 'Send' } };

export const Ghost: Story = { args: { variant: 'ghost', children: 'Follow' } };

export const Danger: Story = { args: { variant: 'danger', children: 'Delete conversation' } };

/** Every variant in every size, for a side-by-side look (and the a11y check of each). */
export const Matrix: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 12 }}>
      {(['sm', 'md', 'lg'] as const).map((size) => (
        <div key={size} style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          {(['primary', 'secondary', 'ghost', 'danger'] as const).map((variant) => (
            <Button key={variant} {...args} variant={variant} size={size}>
              {variant} {size}
            </Button>
          ))}
          <Button {...args} size={size} disabled>
            disabled {size}
          </Button>
        </div>
      ))}
    </div>
  ),
};

export const WithIcons: Story = {
  args: {
    children: 'Status',
    leadingIcon: <CheckIcon size={14} />,
    trailingIcon: <ChevronDownIcon size={14} />,
  },
  play: async ({ canvas }) => {
    // The icons are decorative: the name is the text alone.
    await expect(canvas.getByRole('button')).toHaveAccessibleName('Status');
  },
};

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvas, userEvent, args }) => {
    const button = canvas.getByRole('button', { name: 'Close conversation' });
    await expect(button).toBeDisabled();
    await userEvent.click(button);
    await expect(args.onClick).not.toHaveBeenCalled();
  },
};

export const Loading: Story = {
  args: { variant: 'primary', loading: true, children: 'Sending…' },
  play: async ({ canvas, userEvent, args }) => {
    const button = canvas.getByRole('button', { name: 'Sending…' });
    // Busy, not disabled: it keeps its place in the Tab order and says why it ignores clicks.
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await expect(button).toBeEnabled();
    // It shows it is busy with a spinner, not by fading its text below 4.5:1.
    await expect(getComputedStyle(button).opacity).toBe('1');
    await userEvent.click(button);
    await expect(args.onClick).not.toHaveBeenCalled();
  },
};

export const LongLabel: Story = {
  args: {
    children: 'Close all 25 selected conversations and notify every contact by email',
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 280 }}>
        <Story />
      </div>
    ),
  ],
};
