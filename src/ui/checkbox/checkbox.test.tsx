// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Checkbox } from './checkbox';

describe('Checkbox', () => {
  it('is named by a visible label or by aria-label', async () => {
    const onChange = vi.fn<(...args: unknown[]) => void>();
    render(
      <>
        <Checkbox label="Follow" onChange={onChange} />
        <Checkbox aria-label="Select conversation with Ada Lovelace" />
      </>,
    );
    await userEvent.click(screen.getByText('Follow'));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect((screen.getByRole('checkbox', { name: 'Follow' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(
      screen.getByRole('checkbox', { name: 'Select conversation with Ada Lovelace' }),
    ).not.toBeChecked();
  });

  it('sets and clears the indeterminate state from its prop', async () => {
    function SelectAll() {
      const [selected, setSelected] = useState(3);
      const total = 25;
      return (
        <Checkbox
          aria-label="Select all"
          checked={selected === total}
          indeterminate={selected > 0 && selected < total}
          onChange={() => setSelected(selected === total ? 0 : total)}
        />
      );
    }
    render(<SelectAll />);
    const box = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Select all' });
    expect(box.indeterminate).toBe(true);
    expect(box.checked).toBe(false);

    await userEvent.click(box);
    expect(box.indeterminate).toBe(false);
    expect(box.checked).toBe(true);
  });
});
