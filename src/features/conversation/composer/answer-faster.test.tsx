// @vitest-environment happy-dom
// Saved replies, files and "Send and close" in the composer (SPEC 7.4), against the mock API.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { inStore } from '../testing/mock-api';
import { firstIn, setUpPaneTests } from '../testing/pane-test-environment';
import { renderPane, signIn } from '../testing/render-pane';

setUpPaneTests();

async function openPane() {
  const me = await signIn();
  const conversation = await firstIn('open');
  const harness = renderPane(conversation.id, me);
  await screen.findByRole('log', { name: 'Messages' });
  return { ...harness, conversation, me };
}

const box = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Message' });

describe('saved replies in the composer', () => {
  it('# opens the listbox filtered as one types; Enter inserts the reply filled in', async () => {
    const { user, conversation } = await openPane();
    await user.type(box(), 'Hello #');
    const listbox = await screen.findByRole('listbox', { name: 'Saved replies' });
    expect(within(listbox).getAllByRole('option').length).toBeGreaterThanOrEqual(4);
    await user.type(box(), 'brow');
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([expect.stringContaining('Which browser?')]);
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('listbox', { name: 'Saved replies' })).toBeNull();
    const first = conversation.contact.name.split(' ')[0];
    expect(box().value).toBe(
      `Hello Could you tell me which browser and version you are using, ${first}? A screenshot helps too.`,
    );
  });

  it('the button opens it at the caret; arrows move, Escape closes and keeps the text', async () => {
    const { user } = await openPane();
    await user.type(box(), 'Note:');
    await user.click(screen.getByRole('button', { name: 'Saved replies' }));
    const listbox = await screen.findByRole('listbox', { name: 'Saved replies' });
    expect(box().value).toBe('Note: #');
    const options = within(listbox).getAllByRole('option');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(box()).toHaveAttribute('aria-activedescendant', options[1]?.id);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox', { name: 'Saved replies' })).toBeNull();
    expect(box().value).toBe('Note: #');
    // Typing on opens it again, with nothing matching said in words.
    await user.type(box(), 'zzz');
    const none = await screen.findByRole('listbox', { name: 'Saved replies' });
    expect(none).toHaveTextContent('No saved reply matches “zzz”');
  });
});

describe('files in the composer', () => {
  it('attaches a file, shows it ready, and sends it with the reply', async () => {
    const { user, conversation } = await openPane();
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    const file = new File([new Uint8Array([137, 80, 78, 71, 1, 2, 3])], 'screen.png', {
      type: 'image/png',
    });
    await user.upload(input, file);
    const chips = await screen.findByRole('list', { name: 'Attached files' });
    await waitFor(() => expect(chips).toHaveTextContent('Ready'));
    await user.type(box(), 'See attached');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    const log = screen.getByRole('log', { name: 'Messages' });
    await within(log).findByRole('link', { name: 'Download screen.png 7 bytes' });
    expect(screen.queryByRole('list', { name: 'Attached files' })).toBeNull();
    const stored = await inStore(async (tx) => {
      const messages = await tx.listMessages(1, conversation.id, { limit: 10_000 });
      const sent = messages.find((m) => m.body === 'See attached');
      return tx.listMessageAttachments(1, sent ? [sent.id] : []);
    });
    expect(stored).toMatchObject([{ name: 'screen.png', size: 7, contentType: 'image/png' }]);
  });

  it('refuses a file over 10 MB before uploading it, and Send stays off for it alone', async () => {
    const { user } = await openPane();
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'huge.mov', { type: 'video/mp4' });
    await user.upload(input, big);
    const chips = await screen.findByRole('list', { name: 'Attached files' });
    expect(chips).toHaveTextContent('Too large: files can be up to 10 MB');
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Remove huge.mov' }));
    expect(screen.queryByRole('list', { name: 'Attached files' })).toBeNull();
  });
});

describe('Send and close', () => {
  it('sends the reply, then closes with Undo for the close', async () => {
    const { user, conversation } = await openPane();
    await user.type(box(), 'All sorted, closing this.');
    await user.click(screen.getByRole('button', { name: 'Send and close' }));
    const toast = await screen.findByText('Conversation closed');
    expect(toast).toBeVisible();
    await waitFor(async () =>
      expect((await inStore((tx) => tx.getConversation(1, conversation.id)))?.status).toBe(
        'closed',
      ),
    );
    const messages = await inStore((tx) => tx.listMessages(1, conversation.id, { limit: 10_000 }));
    expect(messages.some((m) => m.body === 'All sorted, closing this.' && m.type === 'chat')).toBe(
      true,
    );
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () =>
      expect((await inStore((tx) => tx.getConversation(1, conversation.id)))?.status).toBe('open'),
    );
  });

  it('Ctrl+Shift+Enter does the same', async () => {
    const { user, conversation } = await openPane();
    await user.type(box(), 'Done here');
    await user.keyboard('{Control>}{Shift>}{Enter}{/Shift}{/Control}');
    await waitFor(async () =>
      expect((await inStore((tx) => tx.getConversation(1, conversation.id)))?.status).toBe(
        'closed',
      ),
    );
  });
});
