// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TagChip } from './tag-chip';

describe('TagChip', () => {
  it('offers a button named "Remove tag <name>" that reports the name', async () => {
    const onRemove = vi.fn<(...args: unknown[]) => void>();
    render(<TagChip name="billing" color="#22c55e" onRemove={onRemove} />);
    expect(
      screen.getByRole('button', { name: 'Remove tag billing' }).parentElement,
    ).toHaveTextContent('billing');
    await userEvent.click(screen.getByRole('button', { name: 'Remove tag billing' }));
    expect(onRemove).toHaveBeenCalledWith('billing');
  });

  it('has no button when it cannot be removed', () => {
    render(<TagChip name="vip" color="#f59e0b" />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('colours from a valid hex only, with readable text for solid chips', () => {
    const { container } = render(
      <>
        <TagChip name="dark" color="#1e3a8a" appearance="solid" />
        <TagChip name="light" color="#FDE047" appearance="solid" />
        <TagChip name="bad" color="red; background: url(x)" />
      </>,
    );
    const [dark, light, bad] = Array.from(container.querySelectorAll<HTMLElement>('.ui-tag'));
    expect(dark?.style.getPropertyValue('--tag-fg')).toBe('#ffffff');
    expect(light?.style.getPropertyValue('--tag-color')).toBe('#fde047');
    expect(light?.style.getPropertyValue('--tag-fg')).toBe('#111114');
    expect(bad?.getAttribute('style')).toBeNull();
  });
});
