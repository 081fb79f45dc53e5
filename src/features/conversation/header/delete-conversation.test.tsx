// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api } from '../../../queries';
import { addAgent, getMockBackend, inStore } from '../testing/mock-api';
import { choose } from '../testing/menu';
import { firstIn, setUpPaneTests } from '../testing/pane-test-environment';
import { renderPane, signIn } from '../testing/render-pane';

setUpPaneTests();

const stored = (id: number) => inStore((tx) => tx.getConversation(1, id));

describe('Delete', () => {
  it('is not offered to agents', async () => {
    const me = await signIn('alex@acme.test');
    const conversation = await firstIn('open');
    const { user } = renderPane(conversation.id, me);
    await screen.findByRole('heading', { name: conversation.contact.name });
    await user.click(screen.getByRole('button', { name: 'More actions' }));
    const menu = await screen.findByRole('menu', { name: 'More actions' });
    expect(within(menu).queryByRole('menuitem', { name: 'Delete' })).toBeNull();
  });

  it('asks first, explains, keeps metrics by default, and goes back to the list', async () => {
    const me = await signIn('admin@acme.test');
    const conversation = await firstIn('open');
    const { user, history } = renderPane(conversation.id, me);
    await screen.findByRole('heading', { name: conversation.contact.name });
    await choose(user, 'More actions', 'Delete');
    const dialog = await screen.findByRole('dialog', { name: 'Delete this conversation?' });
    expect(dialog.textContent).toContain('This cannot be undone.');
    const keep = within(dialog).getByRole('checkbox', {
      name: 'Keep this conversation in reports',
    });
    expect((keep as HTMLInputElement).checked).toBe(true);

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await stored(conversation.id)).not.toBeNull();

    await choose(user, 'More actions', 'Delete');
    const again = await screen.findByRole('dialog', { name: 'Delete this conversation?' });
    await user.click(within(again).getByRole('button', { name: 'Delete conversation' }));
    await waitFor(() => expect(history.at(-1)).toBe('/inbox/1?view=open&sort=newest'));
    expect(await stored(conversation.id)).toBeNull();
    const metrics = await inStore((tx) => tx.getMetrics(1, conversation.id));
    expect(metrics?.deleted).toBe(true);
    await screen.findByText('Conversation deleted');
  });

  it('shows the server’s refusal when deleting the metrics needs a permission the admin lacks', async () => {
    await addAgent({
      name: 'Robin',
      email: 'robin@acme.test',
      role: 'admin',
      canDeleteMetrics: false,
    });
    await getMockBackend().signInAs('robin@acme.test');
    const me = (await api.me()).agent;
    const conversation = await firstIn('open');
    const { user } = renderPane(conversation.id, me);
    await screen.findByRole('heading', { name: conversation.contact.name });
    await choose(user, 'More actions', 'Delete');
    const dialog = await screen.findByRole('dialog', { name: 'Delete this conversation?' });
    await user.click(
      within(dialog).getByRole('checkbox', { name: 'Keep this conversation in reports' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Delete conversation' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'You need the delete_conversations_and_metrics permission to delete metrics.',
    );
    expect(await stored(conversation.id)).not.toBeNull();
  });
});
