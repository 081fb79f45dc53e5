import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, waitFor } from 'storybook/test';
import { StatusPill, type StatusName } from '../status-pill/status-pill';
import { MenuButton } from './menu-button';
import type { MenuItem } from './menu-types';

const SNOOZE: MenuItem[] = [
  { id: 'hour', label: '1 hour', hint: '10:42' },
  { id: 'tomorrow', label: 'Tomorrow morning', hint: 'Tue 09:00' },
  { id: 'week', label: 'Next week', hint: 'Mon 09:00' },
  { kind: 'separator', id: 'sep' },
  { id: 'custom', label: 'Custom…' },
];

const meta = {
  title: 'UI/MenuButton',
  component: MenuButton,
  args: { label: 'Snooze', items: SNOOZE, onSelect: fn(), onOpenChange: fn() },
  argTypes: { items: { control: false }, icon: { control: false } },
  // Room below the button for the open menu, so it opens downwards.
  decorators: [
    (Story) => (
      <div style={{ minHeight: 260 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof MenuButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Actions: a choice runs and closes the menu; focus goes back to the button. */
export const Actions: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const button = canvas.getByRole('button', { name: 'Snooze' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(button);
    const menu = canvas.getByRole('menu', { name: 'Snooze' });
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('menuitem', { name: '1 hour' })).toHaveFocus();
    // Type-ahead: "n" jumps to "Next week".
    await userEvent.keyboard('n');
    await expect(canvas.getByRole('menuitem', { name: 'Next week' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).toHaveBeenCalledWith(
      'week',
      expect.objectContaining({ id: 'week' }),
    );
    await expect(menu).not.toBeInTheDocument();
    await expect(button).toHaveFocus();
  },
};

/** Keyboard: Enter opens on the first item, arrows move and wrap, Escape closes. */
export const Keyboard: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const button = canvas.getByRole('button', { name: 'Snooze' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('menu', { name: 'Snooze' })).toBeInTheDocument();
    await expect(canvas.getByRole('menuitem', { name: '1 hour' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('menuitem', { name: 'Tomorrow morning' })).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('menuitem', { name: 'Custom…' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('menuitem', { name: '1 hour' })).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    await expect(canvas.getByRole('menuitem', { name: 'Custom…' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('menu')).not.toBeInTheDocument();
    await expect(button).toHaveFocus();
    await expect(args.onSelect).not.toHaveBeenCalled();
    await expect(args.onOpenChange).toHaveBeenLastCalledWith(false);
    // ArrowUp on the button opens on the last item.
    await userEvent.keyboard('{ArrowUp}');
    await expect(canvas.getByRole('menuitem', { name: 'Custom…' })).toHaveFocus();
  },
};

/** The menu as a designer sees it once opened. */
export const Open: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Snooze' }));
    await expect(canvas.getAllByRole('menuitem')).toHaveLength(4);
  },
};

/** The open menu in the dark theme. */
export const OpenDark: Story = { ...Open, globals: { theme: 'dark' } };

const STATUSES = ['open', 'pending', 'closed'] as const;

function StatusMenu({ onSelect }: { onSelect?: (status: StatusName) => void }) {
  const [status, setStatus] = useState<StatusName>('pending');
  return (
    <MenuButton
      label="Status"
      items={STATUSES.map((s) => ({
        id: s,
        kind: 'radio' as const,
        label: s[0]?.toUpperCase() + s.slice(1),
        checked: s === status,
      }))}
      onSelect={(id) => {
        setStatus(id);
        onSelect?.(id);
      }}
    >
      <StatusPill status={status} plain />
    </MenuButton>
  );
}

/**
 * One-of-a-set (Status): opens on the checked item, keeps its name "Status" and shows it, the
 * value after it in parentheses, so the visible label matches the name (WCAG 2.5.3).
 */
export const RadioItems: Story = {
  render: (args) => <StatusMenu onSelect={args.onSelect} />,
  play: async ({ canvas, userEvent, args }) => {
    const button = canvas.getByRole('button', { name: 'Status' });
    await expect(button).toHaveTextContent(/^Status\s*\(Pending\)$/);
    await userEvent.click(button);
    const pending = canvas.getByRole('menuitemradio', { name: 'Pending' });
    await expect(pending).toHaveAttribute('aria-checked', 'true');
    await expect(pending).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect(args.onSelect).toHaveBeenCalledWith('closed');
    await expect(button).toHaveTextContent('Closed');
    await expect(button).toHaveFocus();
  },
};

/** A value already in the name's words ("Tag" in "Filter by tag") needs no caption. */
export const ValueWithinLabel: Story = {
  args: { label: 'Filter by tag', children: 'Tag', variant: 'ghost' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Filter by tag' })).toHaveTextContent(/^Tag$/);
  },
};

/** No words on show (an icon): `showLabel={false}`, the name alone is enough. */
export const WithoutCaption: Story = {
  args: {
    label: 'More actions',
    showLabel: false,
    variant: 'ghost',
    chevron: false,
    children: <span aria-hidden="true">•••</span>,
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'More actions' })).toHaveTextContent(/^•••$/);
  },
};

const TAGS = ['billing', 'bug', 'feature request', 'vip'] as const;

function TagMenu({ onSelect }: { onSelect?: (tag: string) => void }) {
  const [tags, setTags] = useState<ReadonlySet<string>>(new Set(['vip']));
  return (
    <MenuButton
      label="Add tag"
      items={TAGS.map((t) => ({
        id: t,
        kind: 'checkbox' as const,
        label: t,
        checked: tags.has(t),
      }))}
      onSelect={(id) => {
        setTags((prev) => {
          const next = new Set(prev);
          if (!next.delete(id)) next.add(id);
          return next;
        });
        onSelect?.(id);
      }}
    />
  );
}

/** Toggles (tags): the menu stays open so several can be ticked; Space toggles. */
export const CheckboxItems: Story = {
  render: (args) => <TagMenu onSelect={args.onSelect} />,
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Add tag' }));
    // Focus starts on the checked item.
    const vip = canvas.getByRole('menuitemcheckbox', { name: 'vip' });
    await expect(vip).toHaveFocus();
    await userEvent.keyboard('{Home} ');
    await expect(args.onSelect).toHaveBeenCalledWith('billing');
    await expect(canvas.getByRole('menuitemcheckbox', { name: 'billing' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await expect(canvas.getByRole('menu', { name: 'Add tag' })).toBeInTheDocument();
  },
};

/** Disabled items are skipped by the arrows and ignore clicks; a danger item is told apart. */
export const DisabledAndDangerItems: Story = {
  args: {
    label: 'More actions',
    items: [
      { id: 'follow', label: 'Follow' },
      { id: 'sync', label: 'Sync', disabled: true },
      { id: 'spam', label: 'Mark as spam', tone: 'danger' },
      { kind: 'separator', id: 'sep' },
      { id: 'delete', label: 'Delete conversation', tone: 'danger', disabled: true },
    ],
  },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'More actions' }));
    await expect(canvas.getByRole('menuitem', { name: 'Follow' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('menuitem', { name: 'Mark as spam' })).toHaveFocus();
    const sync = canvas.getByRole('menuitem', { name: 'Sync' });
    await expect(sync).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(sync);
    await expect(args.onSelect).not.toHaveBeenCalled();
    await expect(canvas.getByRole('menu', { name: 'More actions' })).toBeInTheDocument();
  },
};

/** Tab leaves the menu for the next control and closes it without pulling focus back. */
export const TabAway: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: 8 }}>
      <MenuButton {...args} />
      <button type="button">Next control</button>
    </div>
  ),
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Snooze' }));
    await userEvent.tab();
    await waitFor(() => expect(canvas.queryByRole('menu')).not.toBeInTheDocument());
    await expect(canvas.getByRole('button', { name: 'Snooze' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  },
};

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: 'Snooze' });
    await expect(button).toBeDisabled();
    await userEvent.click(button);
    await expect(canvas.queryByRole('menu')).not.toBeInTheDocument();
  },
};

export const LongItems: Story = {
  args: {
    label: 'Assignee',
    align: 'end',
    items: [
      { id: 'none', kind: 'radio', label: 'Unassigned', checked: false },
      {
        id: 'long',
        kind: 'radio',
        label: 'Maximiliana Konstantinopoulou-Featherstonehaugh (Customer Success, EMEA)',
        checked: true,
      },
      { id: 'sam', kind: 'radio', label: 'Sam Rivera', checked: false },
    ],
  },
  decorators: [
    (Story) => (
      <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Assignee' }));
    await expect(canvas.getByRole('menuitemradio', { name: /^Maximiliana/ })).toHaveFocus();
  },
};
