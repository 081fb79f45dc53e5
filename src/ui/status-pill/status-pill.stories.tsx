import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { STATUS_LABELS, StatusPill, type StatusName } from './status-pill';

const STATUSES = Object.keys(STATUS_LABELS) as StatusName[];

const meta = {
  title: 'UI/StatusPill',
  component: StatusPill,
  args: { status: 'open' },
  argTypes: { status: { control: 'inline-radio', options: STATUSES } },
} satisfies Meta<typeof StatusPill>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Open: Story = {};

/** Every status, in each appearance: a coloured dot and always the name. */
export const AllStatuses: Story = {
  render: (args) => (
    <table style={{ borderCollapse: 'separate', borderSpacing: '16px 8px' }}>
      <thead>
        <tr>
          <th scope="col">Pill</th>
          <th scope="col">Plain</th>
          <th scope="col">Compact</th>
        </tr>
      </thead>
      <tbody>
        {STATUSES.map((status) => (
          <tr key={status}>
            <td>
              <StatusPill {...args} status={status} />
            </td>
            <td>
              <StatusPill {...args} status={status} plain />
            </td>
            <td>
              <StatusPill {...args} status={status} compact />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  ),
  play: async ({ canvas }) => {
    // Compact shows only the dot, but the name is still there for screen readers.
    for (const label of Object.values(STATUS_LABELS)) {
      await expect(canvas.getAllByText(label)).toHaveLength(3);
    }
  },
};

export const AllStatusesDark: Story = { ...AllStatuses, globals: { theme: 'dark' } };

export const CustomText: Story = {
  args: { status: 'snoozed', children: 'Snoozed until Mon 09:00' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Snoozed until Mon 09:00')).toBeInTheDocument();
  },
};

export const Compact: Story = {
  args: { status: 'pending', compact: true },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent('Pending');
    await expect(canvasElement.querySelector('[title="Pending"]')).not.toBeNull();
  },
};
