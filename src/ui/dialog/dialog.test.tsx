// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from './confirm-dialog';
import { MenuButton } from '../menu/menu-button';
import { Dialog } from './dialog';

function Shortcuts() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Keyboard shortcuts
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Keyboard shortcuts">
        <label>
          Filter <input />
        </label>
        <a href="#docs">Docs</a>
      </Dialog>
    </>
  );
}

function DeleteFlow({ onConfirm }: { onConfirm: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Delete
      </button>
      <ConfirmDialog
        open={open}
        title="Delete conversation?"
        description="This cannot be undone."
        confirmLabel="Delete conversation"
        onCancel={() => setOpen(false)}
        onConfirm={() => {
          onConfirm();
          setOpen(false);
        }}
      />
    </>
  );
}

describe('Dialog', () => {
  it('opens as a modal dialog named by its title with focus inside', async () => {
    const user = userEvent.setup();
    render(<Shortcuts />);
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Filter' }));
  });

  it('keeps Tab inside, both ways', async () => {
    const user = userEvent.setup();
    render(<Shortcuts />);
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    const close = screen.getByRole('button', { name: 'Close' });
    const docs = screen.getByRole('link', { name: 'Docs' });
    docs.focus();
    await user.tab();
    expect(document.activeElement).toBe(close);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(docs);
  });

  it('closes on Escape and returns focus to what opened it', async () => {
    const user = userEvent.setup();
    render(<Shortcuts />);
    const opener = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    await user.click(opener);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('closes from its Close button', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn<(...args: unknown[]) => void>();
    render(
      <Dialog open onClose={onClose} title="Hello">
        <p>Body</p>
      </Dialog>,
    );
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('lets a menu inside claim Escape before the dialog does', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn<(...args: unknown[]) => void>();
    render(
      <Dialog open onClose={onClose} title="Snooze until">
        <MenuButton label="Preset" items={[{ id: 'tomorrow', label: 'Tomorrow morning' }]} />
      </Dialog>,
    );
    await user.click(screen.getByRole('button', { name: 'Preset' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('Dialog body', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  // happy-dom does no layout: make every element report 400px of content in a 100px box.
  function overflowEverywhere() {
    vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockReturnValue(400);
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(100);
  }

  it('is a Tab stop named by the title when it scrolls with nothing focusable inside', () => {
    overflowEverywhere();
    render(
      <Dialog open onClose={() => {}} title="Keyboard shortcuts">
        <p>Forty shortcuts</p>
      </Dialog>,
    );
    expect(screen.getByRole('region', { name: 'Keyboard shortcuts' }).tabIndex).toBe(0);
  });

  it('is no Tab stop when it holds a control, or when it does not scroll', () => {
    overflowEverywhere();
    const { unmount } = render(
      <Dialog open onClose={() => {}} title="Edit contact">
        <input aria-label="Name" />
      </Dialog>,
    );
    expect(screen.queryByRole('region')).toBeNull();
    unmount();
    vi.restoreAllMocks();
    render(
      <Dialog open onClose={() => {}} title="Keyboard shortcut">
        <p>Press E</p>
      </Dialog>,
    );
    expect(screen.queryByRole('region')).toBeNull();
  });
});

describe('ConfirmDialog', () => {
  it('focuses Cancel first, describes the risk, and confirms only on the confirm button', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn<(...args: unknown[]) => void>();
    render(<DeleteFlow onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete conversation?' });
    expect(dialog).toHaveAccessibleDescription('This cannot be undone.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));

    await user.keyboard('{Enter}');
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Delete conversation' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
