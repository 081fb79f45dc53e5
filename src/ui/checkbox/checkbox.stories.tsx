import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn } from 'storybook/test';
import { Checkbox } from './checkbox';

const meta = {
  title: 'UI/Checkbox',
  component: Checkbox,
  args: { label: 'Follow this conversation', onChange: fn() },
} satisfies Meta<typeof Checkbox>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Unchecked: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const box = canvas.getByRole('checkbox', { name: 'Follow this conversation' });
    await expect(box).not.toBeChecked();
    // The whole label is the target, not only the box.
    await userEvent.click(canvas.getByText('Follow this conversation'));
    await expect(box).toBeChecked();
    await expect(args.onChange).toHaveBeenCalledTimes(1);
  },
};

export const Checked: Story = { args: { defaultChecked: true } };

export const Indeterminate: Story = {
  args: { label: 'Select all', indeterminate: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('checkbox', { name: 'Select all' })).toBePartiallyChecked();
  },
};

export const Disabled: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 8 }}>
      <Checkbox label="Disabled" disabled onChange={args.onChange} />
      <Checkbox label="Disabled and checked" disabled defaultChecked onChange={args.onChange} />
    </div>
  ),
  play: async ({ canvas, userEvent }) => {
    const box = canvas.getByRole('checkbox', { name: 'Disabled' });
    await userEvent.click(box);
    await expect(box).not.toBeChecked();
  },
};

/** No visible label: a row's checkbox named for screen readers, as in the conversation list. */
export const NamedByAriaLabel: Story = {
  args: { label: undefined, 'aria-label': 'Select conversation with Ada Lovelace' },
  play: async ({ canvas, userEvent }) => {
    const box = canvas.getByRole('checkbox', { name: 'Select conversation with Ada Lovelace' });
    await userEvent.click(box);
    await expect(box).toBeChecked();
  },
};

export const LongLabel: Story = {
  args: {
    label:
      'Send me an email whenever a customer replies to a conversation I follow, even while I am signed in and the conversation is open on screen',
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 320 }}>
        <Story />
      </div>
    ),
  ],
};

const PEOPLE = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing'];

function SelectAllDemo() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const all = selected.size === PEOPLE.length;
  const toggle = (name: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (!next.delete(name)) next.add(name);
      return next;
    });
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <Checkbox
        label="Select all"
        checked={all}
        indeterminate={selected.size > 0 && !all}
        onChange={() => setSelected(all ? new Set() : new Set(PEOPLE))}
      />
      {PEOPLE.map((name) => (
        <Checkbox
          key={name}
          aria-label={`Select conversation with ${name}`}
          checked={selected.has(name)}
          onChange={() => toggle(name)}
        />
      ))}
    </div>
  );
}

/** "Select all" is a dash while some rows are selected, and a tick when all are. */
export const SelectAll: Story = {
  render: () => <SelectAllDemo />,
  play: async ({ canvas, userEvent }) => {
    const selectAll = canvas.getByRole('checkbox', { name: 'Select all' });
    await userEvent.click(
      canvas.getByRole('checkbox', { name: 'Select conversation with Grace Hopper' }),
    );
    await expect(selectAll).toBePartiallyChecked();
    await userEvent.click(selectAll);
    await expect(selectAll).toBeChecked();
    await expect(selectAll).not.toBePartiallyChecked();
    for (const box of canvas.getAllByRole('checkbox', { name: /^Select conversation with/ })) {
      await expect(box).toBeChecked();
    }
  },
};
