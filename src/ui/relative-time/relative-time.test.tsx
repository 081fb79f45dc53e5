// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RelativeTime } from './relative-time';

describe('RelativeTime', () => {
  it('renders a machine-readable <time> with the short form on screen and the long one for readers', () => {
    const now = Date.UTC(2024, 2, 13, 15);
    const then = now - 2 * 60_000;
    const { container } = render(<RelativeTime timestamp={then} now={now} timeZone="UTC" />);
    const time = container.querySelector('time');
    expect(time?.getAttribute('dateTime')).toBe('2024-03-13T14:58:00.000Z');
    expect(screen.getByText('2m').getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByText('2 minutes ago').className).toBe('visually-hidden');
    expect(time?.getAttribute('title')).toContain('14:58');
  });
});
