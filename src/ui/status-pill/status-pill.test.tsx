// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChannelIcon } from '../icons/channel-icon';
import { PriorityIcon } from '../icons/priority-icon';
import { StatusPill } from './status-pill';

describe('StatusPill', () => {
  it('writes the status name, kept for screen readers when only the dot shows', () => {
    render(
      <>
        <StatusPill status="bulk_sent" />
        <StatusPill status="snoozed">Snoozed until Mon</StatusPill>
        <StatusPill status="spam" compact />
      </>,
    );
    expect(screen.getByText('Bulk sent').className).toContain('ui-status--bulk-sent');
    // Children replace the status name.
    expect(screen.getByText('Snoozed until Mon').className).toContain('ui-status--snoozed');
    expect(screen.queryByText('Snoozed')).toBeNull();
    expect(screen.getByText('Spam').className).toBe('visually-hidden');
  });
});

describe('PriorityIcon and ChannelIcon', () => {
  it('are named images unless decorative', () => {
    render(
      <>
        <PriorityIcon priority="urgent" />
        <PriorityIcon priority="none" />
        <PriorityIcon priority="high" decorative />
        <ChannelIcon channel="email" />
        <ChannelIcon channel="chat" decorative />
      </>,
    );
    const names = screen.getAllByRole('img').map((el) => el.getAttribute('aria-label'));
    expect(names).toEqual(['Urgent priority', 'No priority', 'Email']);
  });

  it('fills as many bars as the priority is high', () => {
    const { container } = render(<PriorityIcon priority="medium" />);
    const opacities = Array.from(container.querySelectorAll('rect')).map((r) =>
      r.getAttribute('opacity'),
    );
    expect(opacities).toEqual(['1', '1', '0.25']);
  });
});
