import type { Meta, StoryObj } from '@storybook/react-vite';
import { Kbd } from './kbd';

const meta = {
  title: 'UI/Kbd',
  component: Kbd,
  args: { children: '?' },
} satisfies Meta<typeof Kbd>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Key: Story = {};

export const InASentence: Story = {
  render: () => (
    <p>
      Press <Kbd>?</Kbd> for shortcuts, <Kbd>E</Kbd> to close, <Kbd>J</Kbd> and <Kbd>K</Kbd> to
      move, and{' '}
      <Kbd>
        <Kbd>Ctrl</Kbd>+<Kbd>Enter</Kbd>
      </Kbd>{' '}
      to send.
    </p>
  ),
};
