import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { Avatar } from './avatar';

// A picture that needs no network: a data URL.
const PICTURE =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="#0e7490"/><circle cx="20" cy="16" r="7" fill="#fff"/><rect x="8" y="26" width="24" height="12" rx="6" fill="#fff"/></svg>',
  );

const meta = {
  title: 'UI/Avatar',
  component: Avatar,
  args: { name: 'Ada Lovelace' },
  argTypes: { size: { control: 'inline-radio', options: ['xs', 'sm', 'md', 'lg'] } },
} satisfies Meta<typeof Avatar>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Initials: Story = {};

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
      {(['xs', 'sm', 'md', 'lg'] as const).map((size) => (
        <Avatar key={size} {...args} size={size} />
      ))}
    </div>
  ),
};

/** The same name gets the same colour everywhere; odd names still get sensible initials. */
export const Names: Story = {
  render: (args) => (
    <ul style={{ display: 'grid', gap: 8, listStyle: 'none', padding: 0 }}>
      {[
        'Ada Lovelace',
        'cher',
        'grace.hopper@example.com',
        'Zoë Ångström-Øvergaard',
        '李小龙',
        '  ',
        'Jean-Luc Picard',
      ].map((name) => (
        <li key={name} style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <Avatar {...args} name={name} />
          <span>{name.trim() || '(no name)'}</span>
        </li>
      ))}
    </ul>
  ),
};

export const WithPicture: Story = { args: { src: PICTURE, size: 'lg' } };

/** A picture that fails to load falls back to the initials. */
export const BrokenPicture: Story = {
  args: { src: '/no-such-avatar.png', size: 'lg' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('img')).toBeNull());
    await expect(canvasElement).toHaveTextContent('AL');
  },
};

/** Standing alone (no name beside it), it is an image named after the person. */
export const Named: Story = {
  args: { decorative: false },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('img', { name: 'Ada Lovelace' })).toHaveTextContent('AL');
  },
};
