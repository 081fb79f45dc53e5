import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect } from 'react';
import { expect, fn, waitFor } from 'storybook/test';
import { ToastRegion } from './toast-region';
import { toast, type ToastOptions } from './toast-store';

interface ToastDemoProps {
  /** Shown when the story mounts, oldest first; they stay until dismissed unless given a duration. */
  toasts: ToastOptions[];
  onUndo: () => void;
}

/** The region, with some toasts in it; the store is emptied when the story leaves. */
function ToastDemo({ toasts }: ToastDemoProps) {
  useEffect(() => {
    for (const options of toasts) toast.show({ durationMs: Infinity, ...options });
    return () => toast.clear();
  }, [toasts]);
  return <ToastRegion />;
}

const meta = {
  title: 'UI/Toast',
  component: ToastDemo,
  args: { onUndo: fn(), toasts: [] },
  argTypes: { toasts: { control: false } },
  render: function Render(args) {
    // The actions are built here so that they call the story's spy.
    const toasts = args.toasts.map((t) =>
      t.action ? { ...t, action: { ...t.action, onAction: args.onUndo } } : t,
    );
    return <ToastDemo {...args} toasts={toasts} />;
  },
  parameters: { layout: 'fullscreen' },
  decorators: [
    (Story) => (
      <div style={{ minHeight: 240 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof ToastDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

const undo = { label: 'Undo', onAction: () => undefined };

/** After close, snooze, spam and bulk close: "Undo" for a few seconds (SPEC §5). */
export const WithUndo: Story = {
  args: { toasts: [{ message: 'Conversation closed', action: undo }] },
  play: async ({ canvas, userEvent, args }) => {
    const region = canvas.getByRole('status', { name: 'Notifications' });
    await expect(region).toHaveTextContent('Conversation closed');
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }));
    await expect(args.onUndo).toHaveBeenCalledTimes(1);
    // Acting on a toast also dismisses it.
    await expect(region).not.toHaveTextContent('Conversation closed');
  },
};

export const Dismiss: Story = {
  args: { toasts: [{ message: 'Snoozed until tomorrow morning', action: undo }] },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Dismiss' }));
    await expect(canvas.queryByText('Snoozed until tomorrow morning')).not.toBeInTheDocument();
    await expect(args.onUndo).not.toHaveBeenCalled();
  },
};

export const ErrorTone: Story = {
  args: {
    toasts: [
      {
        tone: 'error',
        message: 'Could not close the conversation: someone else changed it first. Reload to see.',
      },
    ],
  },
};

export const Success: Story = {
  args: { toasts: [{ tone: 'success', message: 'Reply sent' }] },
};

/** At most three: a fourth pushes the oldest out. */
export const Stack: Story = {
  args: {
    toasts: [
      { message: 'First: this one leaves' },
      { message: '12 conversations closed', action: undo },
      { tone: 'error', message: 'Sync failed' },
      { message: 'Marked as spam', action: undo },
    ],
  },
  play: async ({ canvas }) => {
    const region = canvas.getByRole('status', { name: 'Notifications' });
    await expect(region.querySelectorAll('li')).toHaveLength(3);
    await expect(region).not.toHaveTextContent('First: this one leaves');
  },
};

/** A toast leaves on its own, but not while the pointer rests on it. */
export const PausesOnHover: Story = {
  args: { toasts: [{ message: 'Conversation reopened', durationMs: 1500 }] },
  play: async ({ canvas, userEvent }) => {
    const message = canvas.getByText('Conversation reopened');
    await userEvent.hover(message);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await expect(message).toBeInTheDocument();
    await userEvent.unhover(message);
    await waitFor(
      () => expect(canvas.queryByText('Conversation reopened')).not.toBeInTheDocument(),
      {
        timeout: 3000,
      },
    );
  },
};

export const LongMessage: Story = {
  args: {
    toasts: [
      {
        message:
          'You can close up to 25 conversations at a time; 40 were selected, so the first 25 were closed and the rest are still open.',
        action: undo,
      },
    ],
  },
};

export const Dark: Story = {
  ...WithUndo,
  globals: { theme: 'dark' },
};
