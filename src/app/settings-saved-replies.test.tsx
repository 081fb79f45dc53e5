// @vitest-environment happy-dom
// Saved replies in Settings (SPEC 7.4): an admin adds, rewords and deletes the org's replies; a
// refused save keeps what was typed and says why.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../mocks/node';
import { setupMockApi, testApi } from './test-utils';
import { ADMIN, openSettings, recordChanges } from './testing/settings-screen';

setupMockApi();
const changes = recordChanges();

const section = () => screen.getByRole('region', { name: 'Saved replies' });
const stored = async () => {
  await testApi.signIn({ email: ADMIN, password: 'demo-password' });
  return testApi.listSavedReplies();
};

describe('settings: saved replies', () => {
  it('adds, rewords and deletes a reply', async () => {
    const { user } = await openSettings(changes);
    const list = await within(section()).findByRole('list', { name: 'Saved replies' });
    expect(within(list).getByRole('heading', { name: 'Greeting' })).toBeVisible();

    await user.click(within(section()).getByRole('button', { name: 'New saved reply' }));
    const form = within(section()).getByRole('form', { name: 'New saved reply' });
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Shipping');
    await user.type(
      within(form).getByRole('textbox', { name: 'Reply' }),
      'Your parcel ships today, {{{{contact.firstName}}.',
    );
    await user.click(within(form).getByRole('button', { name: 'Save reply' }));
    await within(section()).findByRole('heading', { name: 'Shipping' });
    expect(changes.list).toEqual(['POST /api/saved-replies']);
    expect((await stored()).find((r) => r.name === 'Shipping')?.body).toBe(
      'Your parcel ships today, {{contact.firstName}}.',
    );

    await user.click(within(section()).getByRole('button', { name: 'Edit Shipping' }));
    const edit = within(section()).getByRole('form', { name: 'Edit saved reply Shipping' });
    const name = within(edit).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Shipping today');
    await user.click(within(edit).getByRole('button', { name: 'Save changes' }));
    await within(section()).findByRole('heading', { name: 'Shipping today' });

    await user.click(within(section()).getByRole('button', { name: 'Delete Shipping today' }));
    await user.click(await screen.findByRole('button', { name: 'Delete saved reply' }));
    await waitFor(() =>
      expect(within(section()).queryByRole('heading', { name: 'Shipping today' })).toBeNull(),
    );
    expect((await stored()).map((r) => r.name)).not.toContain('Shipping today');
  });

  it('says why a save was refused and keeps what was typed', async () => {
    const { user } = await openSettings(changes);
    await within(section()).findByRole('list', { name: 'Saved replies' });
    await user.click(within(section()).getByRole('button', { name: 'New saved reply' }));
    const form = within(section()).getByRole('form', { name: 'New saved reply' });
    await user.click(within(form).getByRole('button', { name: 'Save reply' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Give the reply a name');
    expect(changes.list).toEqual([]);

    server.use(
      http.post('*/api/saved-replies', () =>
        HttpResponse.json(
          { error: { code: 'rejected', message: 'An org can keep up to 500 saved replies.' } },
          { status: 422 },
        ),
      ),
    );
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'One more');
    await user.type(within(form).getByRole('textbox', { name: 'Reply' }), 'Hello');
    await user.click(within(form).getByRole('button', { name: 'Save reply' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Not saved: An org can keep up to 500 saved replies.',
    );
    expect(within(form).getByRole('textbox', { name: 'Name' })).toHaveValue('One more');
  });
});
