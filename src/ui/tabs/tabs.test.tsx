// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Tabs } from './tabs';

type Mode = 'reply' | 'note' | 'forward';

function Composer({ withForward = false }: { withForward?: boolean }) {
  const [mode, setMode] = useState<Mode>('reply');
  return (
    <Tabs
      label="Message type"
      value={mode}
      onValueChange={setMode}
      tabs={[
        { value: 'reply', label: 'Reply' },
        { value: 'note', label: 'Note' },
        ...(withForward ? [{ value: 'forward' as const, label: 'Forward', disabled: true }] : []),
      ]}
    >
      <textarea aria-label="Message" placeholder={mode === 'note' ? 'Internal note' : 'Reply'} />
    </Tabs>
  );
}

describe('Tabs', () => {
  it('exposes a named tablist whose selected tab labels the one panel', () => {
    render(<Composer />);
    const reply = screen.getByRole('tab', { name: 'Reply', selected: true });
    const note = screen.getByRole('tab', { name: 'Note', selected: false });
    const tablist = screen.getByRole('tablist', { name: 'Message type' });
    expect(tablist).toContainElement(reply);
    expect(tablist).toContainElement(note);
    expect(reply.tabIndex).toBe(0);
    expect(note.tabIndex).toBe(-1);
    const panel = screen.getByRole('tabpanel', { name: 'Reply' });
    expect(reply.getAttribute('aria-controls')).toBe(panel.id);
    expect(panel).toContainElement(screen.getByRole('textbox', { name: 'Message' }));
  });

  it('moves and selects with arrow keys, wrapping, and Home/End', async () => {
    const user = userEvent.setup();
    render(<Composer />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Reply' }));

    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Note', selected: true }));
    expect(screen.getByRole('tabpanel', { name: 'Note' })).toContainElement(
      screen.getByRole('textbox', { name: 'Message' }),
    );
    expect(screen.getByRole('textbox', { name: 'Message' }).getAttribute('placeholder')).toBe(
      'Internal note',
    );

    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Reply', selected: true }));
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Note', selected: true })).toBe(document.activeElement);
    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Reply', selected: true })).toBe(document.activeElement);
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Note', selected: true })).toBe(document.activeElement);
  });

  it('skips disabled tabs and selects on click', async () => {
    const user = userEvent.setup();
    render(<Composer withForward />);
    await user.click(screen.getByRole('tab', { name: 'Note' }));
    expect(screen.getByRole('tab', { name: 'Note' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Reply', selected: true })).toBe(document.activeElement);
  });
});
