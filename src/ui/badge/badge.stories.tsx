import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { Badge } from './badge';
import { Count } from './count';

const meta = {
  title: 'UI/Badge',
  component: Badge,
  args: { children: 'Bot' },
  argTypes: {
    tone: {
      control: 'inline-radio',
      options: ['neutral', 'accent', 'success', 'warning', 'danger'],
    },
  },
} satisfies Meta<typeof Badge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Neutral: Story = {};

export const Tones: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: 8 }}>
      {(['neutral', 'accent', 'success', 'warning', 'danger'] as const).map((tone) => (
        <Badge key={tone} {...args} tone={tone}>
          {tone}
        </Badge>
      ))}
    </div>
  ),
};

export const TonesDark: Story = { ...Tones, globals: { theme: 'dark' } };

/** A view's count, plain text after its label: the link reads "Open 12" (SPEC §5). */
export const Counts: Story = {
  render: () => (
    <nav aria-label="Views">
      <ul style={{ display: 'grid', gap: 6, listStyle: 'none', padding: 0, maxWidth: 200 }}>
        <li>
          <a href="#open" style={{ display: 'flex', justifyContent: 'space-between' }}>
            Open <Count value={12} active />
          </a>
        </li>
        <li>
          <a href="#pending" style={{ display: 'flex', justifyContent: 'space-between' }}>
            Pending <Count value={0} />
          </a>
        </li>
        <li>
          <a href="#all" style={{ display: 'flex', justifyContent: 'space-between' }}>
            All <Count value={12_345} />
          </a>
        </li>
        <li>
          <a href="#spam" style={{ display: 'flex', justifyContent: 'space-between' }}>
            Spam <Count value={120} max={99} />
          </a>
        </li>
      </ul>
    </nav>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: 'Open 12' })).toBeInTheDocument();
    await expect(canvas.getByRole('link', { name: 'All 999+' })).toBeInTheDocument();
    await expect(canvas.getByRole('link', { name: 'Spam 99+' })).toBeInTheDocument();
  },
};
