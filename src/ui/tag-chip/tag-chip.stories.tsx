import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { TagChip } from './tag-chip';

const meta = {
  title: 'UI/TagChip',
  component: TagChip,
  args: { name: 'billing', color: '#22c55e' },
  argTypes: { color: { control: 'color' } },
} satisfies Meta<typeof TagChip>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Soft: Story = {};

export const Solid: Story = { args: { appearance: 'solid' } };

/** On a conversation, each tag has a button named "Remove tag <name>" (SPEC §5). */
export const Removable: Story = {
  args: { onRemove: fn() },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Remove tag billing' }));
    await expect(args.onRemove).toHaveBeenCalledWith('billing');
  },
};

export const RemoveDisabled: Story = {
  args: { onRemove: fn(), removeDisabled: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Remove tag billing' })).toBeDisabled();
  },
};

/** Not a hex colour: a neutral chip, still named. */
export const InvalidColour: Story = { args: { name: 'legacy', color: 'tomato' } };

export const LongName: Story = {
  args: {
    name: 'enterprise-customer-with-custom-sla-and-dedicated-account-manager',
    onRemove: fn(),
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 240 }}>
        <Story />
      </div>
    ),
  ],
};

const PALETTE = [
  ['billing', '#22c55e'],
  ['bug', '#ef4444'],
  ['feature request', '#3b82f6'],
  ['vip', '#eab308'],
  ['churn risk', '#f97316'],
  ['onboarding', '#a855f7'],
  ['pale', '#f5f5f4'],
  ['ink', '#111827'],
] as const;

/** The solid text colour is picked for contrast, so any tag colour stays readable. */
export const Palette: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 8 }}>
      {(['soft', 'solid'] as const).map((appearance) => (
        <div key={appearance} style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
          {PALETTE.map(([name, color]) => (
            <TagChip key={name} {...args} name={name} color={color} appearance={appearance} />
          ))}
        </div>
      ))}
    </div>
  ),
};

export const PaletteDark: Story = { ...Palette, globals: { theme: 'dark' } };
