// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useInboxShortcuts, type InboxShortcutHandlers } from './use-inbox-shortcuts';

function Harness({ handlers }: { handlers: InboxShortcutHandlers }) {
  useInboxShortcuts(handlers);
  return (
    <>
      <label>
        Message
        <textarea />
      </label>
      <label>
        Search
        <input type="search" />
      </label>
      <label>
        Pick
        <input type="checkbox" />
      </label>
      <button type="button">Do</button>
    </>
  );
}

function setup() {
  const handlers = {
    next: vi.fn<() => void>(),
    previous: vi.fn<() => void>(),
    toggleSelection: vi.fn<() => void>(),
    close: vi.fn<() => void>(),
    open: vi.fn<() => void>(),
    help: vi.fn<() => void>(),
    search: vi.fn<() => void>(),
    escape: vi.fn<() => boolean>(() => true),
  };
  render(<Harness handlers={handlers} />);
  return { handlers, user: userEvent.setup() };
}

describe('inbox shortcuts', () => {
  it('runs each key on the page', async () => {
    const { handlers, user } = setup();
    await user.keyboard('jkxe?/');
    expect(handlers.search).toHaveBeenCalledTimes(1);
    expect(handlers.next).toHaveBeenCalledTimes(1);
    expect(handlers.previous).toHaveBeenCalledTimes(1);
    expect(handlers.toggleSelection).toHaveBeenCalledTimes(1);
    expect(handlers.close).toHaveBeenCalledTimes(1);
    expect(handlers.help).toHaveBeenCalledTimes(1);
    await user.keyboard('{Enter}');
    expect(handlers.open).toHaveBeenCalledTimes(1);
  });

  it('is quiet while typing in a text box, and leaves combinations to the browser', async () => {
    const { handlers, user } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'jkxe?');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'jj');
    await user.keyboard('{Control>}j{/Control}');
    expect(Object.values(handlers).every((h) => h.mock.calls.length === 0)).toBe(true);
  });

  it('still works from a checkbox, but leaves Enter on a button to the button', async () => {
    const { handlers, user } = setup();
    screen.getByRole('checkbox', { name: 'Pick' }).focus();
    await user.keyboard('x');
    expect(handlers.toggleSelection).toHaveBeenCalledTimes(1);
    screen.getByRole('button', { name: 'Do' }).focus();
    await user.keyboard('{Enter}');
    expect(handlers.open).not.toHaveBeenCalled();
  });
});
