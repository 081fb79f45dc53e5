// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Button } from './button';
import { IconButton } from './icon-button';

describe('Button', () => {
  it('is a non-submitting button named by its text that forwards ref and aria props', async () => {
    const ref = createRef<HTMLButtonElement>();
    const onClick = vi.fn<(...args: unknown[]) => void>();
    render(
      <Button ref={ref} variant="primary" aria-pressed="true" onClick={onClick}>
        Close selected
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Close selected', pressed: true });
    expect(button.getAttribute('type')).toBe('button');
    expect(ref.current).toBe(button);
    await userEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('ignores clicks while loading and says it is busy', async () => {
    const onClick = vi.fn<(...args: unknown[]) => void>();
    render(
      <Button loading onClick={onClick}>
        Send
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Send' });
    expect(button.getAttribute('aria-busy')).toBe('true');
    // A spinner shows it, hidden from assistive technology so the name stays "Send".
    expect(button.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    await userEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });
});

describe('IconButton', () => {
  it('takes its accessible name from label', async () => {
    const onClick = vi.fn<(...args: unknown[]) => void>();
    render(<IconButton label="Dismiss" icon={<svg />} onClick={onClick} />);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});
