// @vitest-environment happy-dom
import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { getMockBackend, inStore, server } from '../testing/mock-api';
import { firstIn, setUpPaneTests } from '../testing/pane-test-environment';
import { renderPane, signIn } from '../testing/render-pane';
import { DRAFTS_STORAGE_KEY, useDraftStore } from './draft-store';

setUpPaneTests();

const MESSAGES = '*/api/conversations/:id/messages';

async function openPane(conversationId?: number) {
  const me = await signIn();
  const conversation = conversationId ?? (await firstIn('open')).id;
  const harness = renderPane(conversation, me);
  await screen.findByRole('log', { name: 'Messages' });
  return { ...harness, conversationId: conversation, me };
}

const storedMessages = (id: number) => inStore((tx) => tx.listMessages(1, id, { limit: 10_000 }));

describe('Composer', () => {
  it('replies: the message shows at once as "Sending…", then as sent', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.post(MESSAGES, async ({ request }) => {
        await held;
        return getMockBackend().fetch(request);
      }),
    );
    const { user, conversationId } = await openPane();
    const box = screen.getByRole('textbox', { name: 'Message' });
    await user.type(box, 'Thanks, looking into it now.');
    await user.click(screen.getByRole('button', { name: 'Send' }));

    const log = screen.getByRole('log', { name: 'Messages' });
    const sending = await within(log).findByRole('article', {
      name: 'Message from Alex',
      busy: true,
    });
    expect(sending).toHaveTextContent('Sending…');
    expect((box as HTMLTextAreaElement).value).toBe('');

    await act(async () => release());
    await waitFor(() => expect(within(log).queryByText('Sending…')).toBeNull());
    expect(log).toHaveTextContent('Thanks, looking into it now.');
    const saved = await storedMessages(conversationId);
    expect(saved.filter((m) => m.body === 'Thanks, looking into it now.')).toMatchObject([
      { type: 'chat' },
    ]);
  });

  it('sends with Ctrl+Enter', async () => {
    const { user, conversationId } = await openPane();
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Quick one');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(async () =>
      expect((await storedMessages(conversationId)).some((m) => m.body === 'Quick one')).toBe(true),
    );
  });

  it('writes a note with an @mention picked from the autocomplete by keyboard', async () => {
    const { user, conversationId } = await openPane();
    await user.click(screen.getByRole('tab', { name: 'Note' }));
    const box = screen.getByRole('textbox', { name: 'Message' });
    expect(screen.queryByRole('listbox')).toBeNull();

    await user.type(box, 'Can you check this @');
    const listbox = screen.getByRole('listbox', { name: 'Mention an agent' });
    expect(box.getAttribute('aria-controls')).toBe(listbox.id);
    // The org's other agents; not the one writing.
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['AAvery', 'SSam']);
    await user.keyboard('{ArrowDown}');
    const sam = within(listbox).getByRole('option', { name: 'Sam' });
    expect(sam.getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(sam.id);
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect((box as HTMLTextAreaElement).value).toBe('Can you check this @Sam ');

    await user.type(box, 'today?');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    const log = screen.getByRole('log', { name: 'Messages' });
    const note = await within(log).findByRole('article', {
      name: 'Internal note from Alex',
      busy: false,
    });
    expect(within(note).getByText('@Sam').tagName).toBe('MARK');
    const saved = (await storedMessages(conversationId)).at(-1);
    expect(saved).toMatchObject({
      type: 'note',
      body: 'Can you check this @Sam today?',
      mentions: [3],
    });
  });

  it('narrows the mentions as one types, and Escape closes them', async () => {
    const { user } = await openPane();
    await user.click(screen.getByRole('tab', { name: 'Note' }));
    const box = screen.getByRole('textbox', { name: 'Message' });
    await user.type(box, '@av');
    expect(
      within(screen.getByRole('listbox'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['AAvery']);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    await user.keyboard('{Tab}');
    expect((box as HTMLTextAreaElement).value).toBe('@av');
  });

  it('runs /sync as a command: "Sync requested", and no message', async () => {
    const { user, conversationId } = await openPane();
    const before = (await storedMessages(conversationId)).length;
    await user.type(screen.getByRole('textbox', { name: 'Message' }), '/sync');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await screen.findByText('Sync requested');
    expect(await storedMessages(conversationId)).toHaveLength(before);
    const pushes = (await inStore((tx) => tx.listOutbox(1))).filter(
      (e) => e.conversationId === conversationId && e.payload.type === 'conversation_manual_push',
    );
    expect(pushes).toHaveLength(1);
  });

  it('keeps a draft per conversation and tab, across a reload, until sent', async () => {
    const me = await signIn();
    const a = await firstIn('open');
    const b = await firstIn('open', (c) => c.id !== a.id);
    const first = renderPane(a.id, me);
    await screen.findByRole('log', { name: 'Messages' });
    await first.user.type(screen.getByRole('textbox', { name: 'Message' }), 'Reply draft');
    await first.user.click(screen.getByRole('tab', { name: 'Note' }));
    expect((screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement).value).toBe(
      '',
    );
    await first.user.type(screen.getByRole('textbox', { name: 'Message' }), 'Note draft');
    first.unmount();

    // A reload: memory is gone, only localStorage is left.
    const saved = localStorage.getItem(DRAFTS_STORAGE_KEY);
    expect(saved).toContain('Reply draft');
    useDraftStore.setState({ drafts: {}, tabs: {} });
    if (saved) localStorage.setItem(DRAFTS_STORAGE_KEY, saved);
    await useDraftStore.persist.rehydrate();

    const other = renderPane(b.id, me);
    await screen.findByRole('log', { name: 'Messages' });
    expect((screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement).value).toBe(
      '',
    );
    other.unmount();

    const again = renderPane(a.id, me);
    await screen.findByRole('log', { name: 'Messages' });
    expect(screen.getByRole('tab', { name: 'Note' }).getAttribute('aria-selected')).toBe('true');
    expect((screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement).value).toBe(
      'Note draft',
    );
    await again.user.click(screen.getByRole('tab', { name: 'Reply' }));
    const reply = screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
    expect(reply.value).toBe('Reply draft');

    await again.user.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() =>
      expect(localStorage.getItem(DRAFTS_STORAGE_KEY)).not.toContain('Reply draft'),
    );
    expect(localStorage.getItem(DRAFTS_STORAGE_KEY)).toContain('Note draft');
  });

  it('keeps a failed send in the composer with the reason, and Retry reuses its idempotency key', async () => {
    const keys: string[] = [];
    let failNext = true;
    server.use(
      http.post(MESSAGES, async ({ request }) => {
        const body = (await request.clone().json()) as { idempotencyKey?: string };
        keys.push(body.idempotencyKey ?? '');
        const answer = await getMockBackend().fetch(request);
        if (!failNext) return answer;
        // The server took it, but the answer never arrived: exactly when a retry could duplicate.
        failNext = false;
        return HttpResponse.error();
      }),
    );
    const { user, conversationId } = await openPane();
    const box = screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
    await user.type(box, 'Your refund is on its way.');
    await user.click(screen.getByRole('button', { name: 'Send' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Parley could not reach the server');
    expect(box.value).toBe('Your refund is on its way.');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(box.value).toBe('');
    expect(keys).toHaveLength(2);
    expect(keys[0]).not.toBe('');
    expect(keys[1]).toBe(keys[0]);
    const sent = (await storedMessages(conversationId)).filter(
      (m) => m.body === 'Your refund is on its way.',
    );
    expect(sent).toHaveLength(1);
    const log = screen.getByRole('log', { name: 'Messages' });
    expect(await within(log).findAllByText('Your refund is on its way.')).toHaveLength(1);
  });
});
