// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  contactOf,
  countOf,
  expectCount,
  findRows,
  renderApp,
  rows,
  setupMockApi,
  toasts,
  toolbar,
} from './test-utils';

setupMockApi();

const linkOf = (index: number) => {
  const row = rows()[index];
  if (!row) throw new Error(`no row ${index + 1}`);
  return within(row).getByRole('link');
};

describe('keyboard', () => {
  it('j and k move the focus between rows', async () => {
    const { user } = await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    await user.keyboard('j');
    expect(document.activeElement).toBe(linkOf(0));
    await user.keyboard('jj');
    expect(document.activeElement).toBe(linkOf(2));
    await user.keyboard('k');
    expect(document.activeElement).toBe(linkOf(1));
    // Only the focused row is in the tab order, so Tab leaves the list rather than walking it.
    expect(rows().filter((r) => within(r).getByRole('link').tabIndex === 0)).toHaveLength(1);
  });

  it('x selects and unselects the focused row', async () => {
    const { user } = await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    await user.keyboard('jjx');
    expect(toolbar()).toHaveTextContent('1 selected');
    expect(within(rows()[1] as HTMLElement).getByRole('checkbox')).toHaveProperty('checked', true);
    await user.keyboard('x');
    expect(screen.queryByRole('toolbar', { name: 'Bulk actions' })).toBeNull();
  });

  it('e closes the focused row, focus moves to the next one, and Undo is offered', async () => {
    const { user } = await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    const openBefore = await countOf('Open');
    await user.keyboard('jj');
    const closing = linkOf(1).getAttribute('href');
    const next = linkOf(2);
    await user.keyboard('e');
    await expectCount('Open', openBefore - 1);
    expect(rows().map((r) => within(r).getByRole('link').getAttribute('href'))).not.toContain(
      closing,
    );
    await waitFor(() => expect(document.activeElement).toBe(next));
    const undo = await within(toasts()).findByRole('button', { name: 'Undo' });
    expect(toasts()).toHaveTextContent('Conversation closed');
    await user.click(undo);
    await expectCount('Open', openBefore);
    await waitFor(() =>
      expect(rows().map((r) => within(r).getByRole('link').getAttribute('href'))).toContain(
        closing,
      ),
    );
  });

  it('e closes the selected rows when there is a selection', async () => {
    const { user } = await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    const openBefore = await countOf('Open');
    await user.keyboard('jxjx');
    expect(toolbar()).toHaveTextContent('2 selected');
    await user.keyboard('e');
    await expectCount('Open', openBefore - 2);
    await within(toasts()).findByText('2 conversations closed');
  });

  it('Enter opens the focused conversation, keeping the list in the URL', async () => {
    const { user, url } = await renderApp('/inbox/1?view=open&sort=oldest');
    await findRows();
    await user.keyboard('jj');
    const href = linkOf(1).getAttribute('href');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(url()).toBe(href));
    expect(url()).toMatch(/^\/inbox\/1\/conversations\/\d+\?view=open&sort=oldest$/);
    expect(linkOf(1).getAttribute('aria-current')).toBe('page');
    expect(screen.queryByText('No conversation open')).toBeNull();
  });

  it('Enter on a row’s checkbox opens it too', async () => {
    const { user, url } = await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    const name = contactOf(rows()[0] as HTMLElement);
    within(rows()[0] as HTMLElement)
      .getByRole('checkbox')
      .focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(url()).toBe(linkOf(0).getAttribute('href')));
    expect(contactOf(rows()[0] as HTMLElement)).toBe(name);
  });

  it('? lists the shortcuts in a dialog', async () => {
    const { user } = await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const text of ['Next conversation', 'Previous conversation', 'Open the conversation']) {
      expect(dialog).toHaveTextContent(text);
    }
    // Shortcuts are off while the dialog is open.
    await user.keyboard('j');
    expect(rows().some((r) => r.contains(document.activeElement))).toBe(false);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('with a conversation open, j and k open the next and the previous one', async () => {
    const { user, url } = await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    await user.click(linkOf(0));
    await waitFor(() => expect(url()).toBe(linkOf(0).getAttribute('href')));
    await user.keyboard('j');
    await waitFor(() => expect(url()).toBe(linkOf(1).getAttribute('href')));
    await user.keyboard('j');
    await waitFor(() => expect(url()).toBe(linkOf(2).getAttribute('href')));
    await user.keyboard('k');
    await waitFor(() => expect(url()).toBe(linkOf(1).getAttribute('href')));
    expect(linkOf(1).getAttribute('aria-current')).toBe('page');
  });

  it('Escape in the composer leaves it, so j then moves instead of typing', async () => {
    const { user, url } = await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    await user.click(linkOf(0));
    const reply = await screen.findByRole('textbox', { name: 'Message' });
    await user.click(reply);
    await user.keyboard('Hello');
    await user.keyboard('{Escape}');
    expect(document.activeElement).not.toBe(reply);
    await user.keyboard('j');
    expect(reply).toHaveProperty('value', 'Hello');
    await waitFor(() => expect(url()).toBe(linkOf(1).getAttribute('href')));
  });

  it('Escape clears the selection', async () => {
    const { user } = await renderApp('/inbox/1?view=open&sort=newest');
    await findRows();
    await user.keyboard('jxjx');
    expect(toolbar()).toHaveTextContent('2 selected');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('toolbar', { name: 'Bulk actions' })).toBeNull();
    expect(rows().every((r) => !within(r).getByRole('checkbox').matches(':checked'))).toBe(true);
  });
});
