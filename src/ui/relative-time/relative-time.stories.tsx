import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { RelativeTime } from './relative-time';

// A fixed clock and zone, so the story looks the same on every machine and every day.
const NOW = Date.UTC(2024, 2, 14, 15, 30); // Thu 14 Mar 2024, 15:30 UTC
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const meta = {
  title: 'UI/RelativeTime',
  component: RelativeTime,
  args: { timestamp: NOW - 5 * MINUTE, now: NOW, timeZone: 'UTC', locale: 'en-GB' },
} satisfies Meta<typeof RelativeTime>;

export default meta;
type Story = StoryObj<typeof meta>;

export const MinutesAgo: Story = {
  play: async ({ canvasElement }) => {
    const time = canvasElement.querySelector('time');
    await expect(time).toHaveTextContent('5m');
    await expect(time).toHaveTextContent('5 minutes ago');
    await expect(time).toHaveAttribute('datetime', new Date(NOW - 5 * MINUTE).toISOString());
  },
};

const CASES: [string, number][] = [
  ['Just now', NOW - 20_000],
  ['Minutes', NOW - 42 * MINUTE],
  ['Hours', NOW - 3 * HOUR],
  ['This week', NOW - 3 * DAY],
  ['This year', NOW - 40 * DAY],
  ['Last year', NOW - 400 * DAY],
  ['Ahead (snooze)', NOW + 2 * HOUR],
];

/** Short on screen ("3h", "Mon", "12 Mar"); the long form is for screen readers and on hover. */
export const Ranges: Story = {
  render: (args) => (
    <table style={{ borderCollapse: 'separate', borderSpacing: '16px 6px' }}>
      <tbody>
        {CASES.map(([label, timestamp]) => (
          <tr key={label}>
            <th scope="row" style={{ textAlign: 'left' }}>
              {label}
            </th>
            <td>
              <RelativeTime {...args} timestamp={timestamp} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  ),
  play: async ({ canvasElement }) => {
    const shown = [...canvasElement.querySelectorAll('time > [aria-hidden="true"]')].map(
      (el) => el.textContent,
    );
    await expect(shown).toEqual(['now', '42m', '3h', 'Mon', '3 Feb', '8 Feb 2023', 'in 2h']);
  },
};
