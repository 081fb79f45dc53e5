// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupMockApi, testApi } from './test-utils';
import { openSettings, recordChanges } from './testing/settings-screen';

setupMockApi();
const changes = recordChanges();

describe('settings: API tokens', () => {
  it('creates a read-only token, shows it once, and revokes it', async () => {
    const { user } = await openSettings(changes);
    const section = await screen.findByRole('region', { name: 'API tokens' });
    await within(section).findByText('No API tokens yet', {}, { timeout: 3000 });
    await user.click(within(section).getByRole('button', { name: 'Create token' }));
    const form = screen.getByRole('form', { name: 'Create API token' });
    const scopes = within(form).getByRole('group', { name: 'Scopes' });
    expect(within(scopes).getByRole('checkbox', { name: 'conversations:read' })).toBeChecked();
    expect(within(scopes).getByRole('checkbox', { name: 'conversations:write' })).not.toBeChecked();

    // Without a name nothing is sent, and the form says why.
    await user.click(within(form).getByRole('button', { name: 'Create token' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Give the token a name');
    expect(changes.list).toEqual([]);

    await user.type(within(form).getByRole('textbox', { name: 'Token name' }), 'CRM sync');
    await user.click(within(form).getByRole('button', { name: 'Create token' }));
    const dialog = await screen.findByRole('dialog', { name: 'API token created' });
    const token = dialog.querySelector('.secret-box__value')?.textContent ?? '';
    expect(token).toMatch(/^pat_/);
    expect(changes.list).toEqual(['POST /api/tokens']);
    const [saved] = await testApi.listTokens();
    expect(saved).toMatchObject({
      name: 'CRM sync',
      scopes: ['conversations:read'],
      revokedAt: null,
    });

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.queryByText(token)).toBeNull();
    const list = await screen.findByRole('list', { name: 'API tokens' });
    expect(list).toHaveTextContent('Never used');

    await user.click(within(list).getByRole('button', { name: 'Revoke CRM sync' }));
    const confirm = await screen.findByRole('dialog', { name: 'Revoke this token?' });
    await user.click(within(confirm).getByRole('button', { name: 'Revoke token' }));
    expect(await within(list).findByText('Revoked')).toBeInTheDocument();
    expect(within(list).queryByRole('button', { name: 'Revoke CRM sync' })).toBeNull();
    expect((await testApi.listTokens())[0]?.revokedAt).toEqual(expect.any(Number));
  });
});
