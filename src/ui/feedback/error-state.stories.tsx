import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { ErrorState } from './error-state';

const meta = {
  title: 'UI/ErrorState',
  component: ErrorState,
  args: {
    message: 'The conversations could not be loaded (503 Service Unavailable).',
    onRetry: fn(),
  },
} satisfies Meta<typeof ErrorState>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A failed load, announced as an alert, with "Retry". */
export const WithRetry: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('Something went wrong');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** While the retry runs, the button says so and ignores clicks. */
export const Retrying: Story = {
  args: { message: 'Offline: check your connection.', retrying: true },
  play: async ({ canvas, userEvent, args }) => {
    const retry = canvas.getByRole('button', { name: 'Retry' });
    await expect(retry).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(retry);
    await expect(args.onRetry).not.toHaveBeenCalled();
  },
};

export const WithoutRetry: Story = {
  args: {
    title: 'You cannot see this conversation',
    message: 'It belongs to another inbox.',
    onRetry: undefined,
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('You cannot see this conversation');
    await expect(canvas.queryByRole('button')).not.toBeInTheDocument();
  },
};

export const LongMessage: Story = {
  args: {
    title: 'The reply could not be sent',
    message:
      'The mail server refused the message: the attachment "quarterly-report-final-v7-REALLY-FINAL.pdf" is larger than the 25 MB the recipient accepts. Remove it or share a link instead.',
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 360 }}>
        <Story />
      </div>
    ),
  ],
};

export const Dark: Story = { ...WithRetry, globals: { theme: 'dark' } };
