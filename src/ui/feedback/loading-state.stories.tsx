import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { LoadingState, OFFLINE_VIEW_MESSAGE } from './loading-state';

const meta = {
  title: 'UI/LoadingState',
  component: LoadingState,
  args: { label: 'Loading conversations', offline: false },
} satisfies Meta<typeof LoadingState>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Loading: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status', { name: 'Loading conversations' })).toBeVisible();
  },
};

export const Offline: Story = {
  args: { offline: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent(OFFLINE_VIEW_MESSAGE);
    await expect(canvas.queryByRole('status', { name: 'Loading conversations' })).toBeNull();
  },
};
