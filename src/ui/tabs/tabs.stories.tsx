import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn } from 'storybook/test';
import { Tabs, type TabOption, type TabsProps } from './tabs';

type Mode = 'reply' | 'note' | 'email';

const TABS: TabOption<Mode>[] = [
  { value: 'reply', label: 'Reply' },
  { value: 'note', label: 'Note' },
  { value: 'email', label: 'Email' },
];

/** Tabs hold their value in the owner; this owner keeps it in state. */
function Controlled(props: Omit<TabsProps<Mode>, 'value'> & { initial?: Mode }) {
  const { initial = 'reply', onValueChange, ...rest } = props;
  const [value, setValue] = useState<Mode>(initial);
  return (
    <Tabs
      {...rest}
      value={value}
      onValueChange={(next) => {
        setValue(next);
        onValueChange(next);
      }}
    />
  );
}

const meta = {
  title: 'UI/Tabs',
  component: Tabs,
  args: {
    label: 'Message type',
    tabs: TABS,
    value: 'reply',
    onValueChange: fn(),
  },
  argTypes: { tabs: { control: false }, value: { control: false } },
  render: (args) => <Controlled {...(args as TabsProps<Mode>)} />,
} satisfies Meta<typeof Tabs<Mode>>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The composer's tabs: arrows move and select (automatic activation), Home/End jump. */
export const UnderlineWithPanel: Story = {
  args: { children: <p>Write to the customer; they will get it by email.</p> },
  play: async ({ canvas, userEvent, args }) => {
    const reply = canvas.getByRole('tab', { name: 'Reply' });
    await expect(reply).toHaveAttribute('aria-selected', 'true');
    await expect(canvas.getByRole('tabpanel', { name: 'Reply' })).toBeInTheDocument();
    // One tab stop: Tab lands on the selected tab.
    await userEvent.tab();
    await expect(reply).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    const note = canvas.getByRole('tab', { name: 'Note' });
    await expect(note).toHaveFocus();
    await expect(note).toHaveAttribute('aria-selected', 'true');
    await expect(args.onValueChange).toHaveBeenLastCalledWith('note');
    await expect(canvas.getByRole('tabpanel', { name: 'Note' })).toBeInTheDocument();
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('tab', { name: 'Email' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(reply).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(canvas.getByRole('tab', { name: 'Email' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await userEvent.keyboard('{Home}');
    await expect(reply).toHaveAttribute('aria-selected', 'true');
  },
};

export const Segmented: Story = {
  args: { appearance: 'segmented', size: 'sm' },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('tab', { name: 'Note' }));
    await expect(args.onValueChange).toHaveBeenCalledWith('note');
    await expect(canvas.getByRole('tab', { name: 'Note' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  },
};

/** A disabled tab is skipped by the arrows. */
export const DisabledTab: Story = {
  args: {
    tabs: [
      { value: 'reply', label: 'Reply' },
      { value: 'note', label: 'Note', disabled: true },
      { value: 'email', label: 'Email' },
    ],
  },
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByRole('tab', { name: 'Note' })).toBeDisabled();
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('tab', { name: 'Email' })).toHaveFocus();
  },
};

/** A panel with nothing focusable inside is itself a Tab stop. */
export const FocusablePanel: Story = {
  args: { panelFocusable: true, children: <p>No drafts.</p> },
  play: async ({ canvas, userEvent }) => {
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('tabpanel', { name: 'Reply' })).toHaveFocus();
  },
};
