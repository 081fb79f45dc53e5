// @vitest-environment happy-dom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ToastRegion } from './toast-region';
import { MAX_TOASTS, toast } from './toast-store';

// shouldAdvanceTime: Testing Library waits on a real setTimeout(0) after each user action, which
// a frozen clock would never fire. The toast durations are still driven by advanceTimersByTime.
beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
});

afterEach(() => {
  act(() => toast.clear());
  vi.useRealTimers();
});

const setup = () => userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
const region = () => screen.getByRole('status', { name: 'Notifications' });
const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('Toast', () => {
  it('shows a message in a polite live region that exists before any toast', () => {
    render(<ToastRegion />);
    expect(region().getAttribute('aria-live')).toBe('polite');
    expect(region().textContent).toBe('');
    act(() => {
      toast.show({ message: 'Conversation closed' });
    });
    expect(region()).toHaveTextContent('Conversation closed');
  });

  it('runs the action from a real "Undo" button and then goes away', async () => {
    const user = setup();
    const onAction = vi.fn<(...args: unknown[]) => void>();
    render(<ToastRegion />);
    act(() => {
      toast.show({ message: '3 conversations closed', action: { label: 'Undo', onAction } });
    });
    await user.click(within(region()).getByRole('button', { name: 'Undo' }));
    expect(onAction).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('3 conversations closed')).toBeNull();
  });

  it('dismisses itself after durationMs', () => {
    render(<ToastRegion />);
    act(() => {
      toast.show({ message: 'Snoozed until tomorrow', durationMs: 4000 });
    });
    advance(3900);
    expect(region()).toHaveTextContent('Snoozed until tomorrow');
    advance(200);
    expect(screen.queryByText('Snoozed until tomorrow')).toBeNull();
  });

  it('pauses while hovered and resumes with the time that was left', async () => {
    const user = setup();
    render(<ToastRegion />);
    act(() => {
      toast.show({ message: 'Marked as spam', durationMs: 4000 });
    });
    advance(3000);
    await user.hover(screen.getByText('Marked as spam'));
    advance(10_000);
    expect(region()).toHaveTextContent('Marked as spam');
    await user.unhover(screen.getByText('Marked as spam'));
    advance(900);
    expect(region()).toHaveTextContent('Marked as spam');
    advance(200);
    expect(screen.queryByText('Marked as spam')).toBeNull();
  });

  it('pauses while a button in it has focus', () => {
    render(<ToastRegion />);
    act(() => {
      toast.show({
        message: 'Closed',
        durationMs: 2000,
        action: { label: 'Undo', onAction: () => {} },
      });
    });
    act(() => screen.getByRole('button', { name: 'Undo' }).focus());
    advance(5000);
    expect(region()).toHaveTextContent('Closed');
    act(() => screen.getByRole('button', { name: 'Undo' }).blur());
    advance(2100);
    expect(screen.queryByText('Closed')).toBeNull();
  });

  it('can be dismissed by hand and keeps only the newest few', async () => {
    const user = setup();
    render(<ToastRegion />);
    act(() => {
      for (let i = 1; i <= MAX_TOASTS + 1; i += 1)
        toast.show({ message: `Toast ${i}`, tone: 'error' });
    });
    expect(screen.queryByText('Toast 1')).toBeNull();
    expect(screen.getAllByRole('button', { name: 'Dismiss' })).toHaveLength(MAX_TOASTS);
    const first = screen.getAllByRole('button', { name: 'Dismiss' })[0];
    if (!first) throw new Error('no dismiss button');
    await user.click(first);
    expect(screen.queryByText('Toast 2')).toBeNull();
    expect(region()).toHaveTextContent('Toast 3');
  });
});
