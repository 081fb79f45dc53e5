// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Count, formatCount } from '../badge/count';
import { Spinner } from '../spinner/spinner';
import { EmptyState } from './empty-state';
import { ErrorState } from './error-state';

describe('ErrorState', () => {
  it('is an alert with the message and a Retry button when retry is possible', async () => {
    const onRetry = vi.fn<(...args: unknown[]) => void>();
    render(<ErrorState message="The server did not answer." onRetry={onRetry} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Something went wrong');
    expect(alert.textContent).toContain('The server did not answer.');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('has no button without onRetry', () => {
    render(<ErrorState message="Not found" />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('EmptyState, Spinner and Count', () => {
  it('render what they say', () => {
    render(
      <>
        <EmptyState
          title="No open conversations"
          description="Nice work."
          action={<button type="button">Show all</button>}
        />
        <Spinner />
        <a href="#open">
          Open <Count value={1234} />
        </a>
      </>,
    );
    expect(screen.getByText('No open conversations').nextElementSibling).toHaveTextContent(
      'Nice work.',
    );
    expect(screen.getByRole('button')).toHaveAccessibleName('Show all');
    expect(screen.getByRole('status')).toHaveAccessibleName('Loading');
    // A count over 999 is capped, in what is read out too.
    expect(screen.getByRole('link')).toHaveAccessibleName('Open 999+');
  });

  it.each([
    [0, undefined, '0'],
    [12, undefined, '12'],
    [999, undefined, '999'],
    [1000, undefined, '999+'],
    [30, 25, '25+'],
    [-3, undefined, '0'],
  ])('formatCount(%i, %s) = %s', (value, max, expected) => {
    expect(formatCount(value, max)).toBe(expected);
  });
});
