// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { MenuButton } from './menu-button';
import type { MenuItem } from './menu-types';

type Status = 'open' | 'pending' | 'closed';
const LABELS: Record<Status, string> = { open: 'Open', pending: 'Pending', closed: 'Closed' };

function StatusMenu({ onSelect = () => {} }: { onSelect?: (s: Status) => void }) {
  const [status, setStatus] = useState<Status>('pending');
  const items: MenuItem<Status>[] = (['open', 'pending', 'closed'] as const).map((s) => ({
    kind: 'radio',
    id: s,
    label: LABELS[s],
    checked: s === status,
  }));
  return (
    <>
      <MenuButton
        label="Status"
        items={items}
        onSelect={(id) => {
          setStatus(id);
          onSelect(id);
        }}
      >
        {LABELS[status]}
      </MenuButton>
      <button type="button">Elsewhere</button>
      <p>Plain text</p>
    </>
  );
}

describe('MenuButton', () => {
  it('has the exact name it is given and opens a menu named after it, on the checked item', async () => {
    render(<StatusMenu />);
    const button = screen.getByRole('button', { name: 'Status' });
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.textContent).toContain('Pending');

    await userEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const menu = screen.getByRole('menu', { name: 'Status' });
    expect(button.getAttribute('aria-controls')).toBe(menu.id);
    const items = screen.getAllByRole('menuitemradio');
    expect(items.map((i) => i.textContent)).toEqual(['Open', 'Pending', 'Closed']);
    expect(screen.getByRole('menuitemradio', { name: 'Pending', checked: true })).toBe(
      document.activeElement,
    );
  });

  it('shows its name before a value that does not say it, and keeps the exact name', () => {
    render(<StatusMenu />);
    const button = screen.getByRole('button', { name: 'Status' });
    expect(button.getAttribute('aria-label')).toBe('Status');
    expect(button.textContent).toBe('Status(Pending)');
  });

  it('shows no caption when the value is in the words of the name, or when told not to', () => {
    render(
      <>
        <MenuButton label="Filter by tag" items={[]}>
          Tag
        </MenuButton>
        <MenuButton label="Sort" items={[]}>
          sort
        </MenuButton>
        <MenuButton label="More actions" showLabel={false} items={[]}>
          <span aria-hidden="true">•••</span>
        </MenuButton>
        <MenuButton label="Filter by assignee" items={[]}>
          Assigned to me
        </MenuButton>
      </>,
    );
    const text = (name: string) => screen.getByRole('button', { name }).textContent;
    expect(text('Filter by tag')).toBe('Tag');
    expect(text('Sort')).toBe('sort');
    expect(text('More actions')).toBe('•••');
    expect(text('Filter by assignee')).toBe('Filter by assignee(Assigned to me)');
  });

  it('moves with arrows (wrapping), Home, End and type-ahead', async () => {
    const user = userEvent.setup();
    render(<StatusMenu />);
    await user.click(screen.getByRole('button', { name: 'Status' }));
    const item = (name: string) => screen.getByRole('menuitemradio', { name });

    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(item('Closed'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(item('Open'));
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(item('Closed'));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(item('Open'));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(item('Closed'));
    await user.keyboard('p');
    expect(document.activeElement).toBe(item('Pending'));
  });

  it('selects with Enter, closes, and returns focus to the button', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn<(...args: unknown[]) => void>();
    render(<StatusMenu onSelect={onSelect} />);
    const button = screen.getByRole('button', { name: 'Status' });
    button.focus();
    await user.keyboard('{ArrowDown}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowDown}{Enter}');

    expect(onSelect).toHaveBeenCalledWith('closed');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(button.textContent).toContain('Closed');
  });

  it('selects with a click', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn<(...args: unknown[]) => void>();
    render(<StatusMenu onSelect={onSelect} />);
    await user.click(screen.getByRole('button', { name: 'Status' }));
    await user.click(screen.getByRole('menuitemradio', { name: 'Open' }));
    expect(onSelect).toHaveBeenCalledWith('open');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('closes on Escape without choosing and gives focus back to the button', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn<(...args: unknown[]) => void>();
    render(<StatusMenu onSelect={onSelect} />);
    const button = screen.getByRole('button', { name: 'Status' });
    await user.click(button);
    await user.keyboard('{ArrowDown}{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('closes on a click outside, on plain text or on another control', async () => {
    const user = userEvent.setup();
    render(<StatusMenu />);
    await user.click(screen.getByRole('button', { name: 'Status' }));
    expect(screen.getByRole('button', { name: 'Status' })).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByText('Plain text'));
    expect(screen.queryByRole('menu')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Status' }));
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Elsewhere' }));
  });

  it('opens on the last item with ArrowUp and skips disabled items', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn<(...args: unknown[]) => void>();
    render(
      <MenuButton
        label="Snooze"
        onSelect={onSelect}
        items={[
          { id: '1h', label: '1 hour' },
          { id: 'tomorrow', label: 'Tomorrow morning', disabled: true },
          { kind: 'separator', id: 'sep' },
          { id: 'custom', label: 'Custom…' },
        ]}
      />,
    );
    screen.getByRole('button', { name: 'Snooze' }).focus();
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Custom…' }));
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: '1 hour' }));
    await user.click(screen.getByRole('menuitem', { name: 'Tomorrow morning' }));
    expect(onSelect).not.toHaveBeenCalled();
    expect(screen.getAllByRole('separator')).toHaveLength(1);
  });

  it('keeps the menu open when toggling a checkbox item', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn<(...args: unknown[]) => void>();
    render(
      <MenuButton
        label="Columns"
        onSelect={onSelect}
        items={[{ kind: 'checkbox', id: 'tags', label: 'Tags', checked: false }]}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.keyboard(' ');
    expect(onSelect).toHaveBeenCalledWith('tags', expect.objectContaining({ kind: 'checkbox' }));
    expect(screen.getByRole('menuitemcheckbox', { name: 'Tags' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
  });
});
