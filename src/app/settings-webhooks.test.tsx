// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { WebhookDeliveryDto } from '../api';
import { server } from '../mocks/node';
import { setupMockApi, testApi } from './test-utils';
import { openSettings, recordChanges, signInAsAdmin, webhookRow } from './testing/settings-screen';

setupMockApi();
const changes = recordChanges();

const HOOK = 'https://hooks.example.com/parley';

describe('settings: webhooks', () => {
  it('adds a webhook without offering the legacy event, and shows its secret once', async () => {
    const { user } = await openSettings(changes);
    await screen.findByText('No webhooks yet', {}, { timeout: 3000 });
    await user.click(screen.getByRole('button', { name: 'Add webhook' }));
    const form = screen.getByRole('form', { name: 'Add webhook' });
    const events = within(form).getByRole('group', { name: 'Events' });
    expect(
      within(events)
        .getAllByRole('checkbox')
        .map((c) => c.closest('label')?.textContent),
    ).toEqual([
      'conversation_manual_push',
      'conversation_inactive',
      'conversation_push',
      'conversation_created',
      'message_created',
    ]);
    expect(within(form).queryByText(/conversation_status_updated/)).toBeNull();

    await user.type(within(form).getByRole('textbox', { name: 'Endpoint URL' }), HOOK);
    await user.click(within(events).getByRole('checkbox', { name: 'conversation_manual_push' }));
    await user.click(within(form).getByRole('button', { name: 'Create webhook' }));

    const dialog = await screen.findByRole('dialog', { name: 'Webhook created' });
    const secret = dialog.querySelector('.secret-box__value')?.textContent ?? '';
    expect(secret.length).toBeGreaterThanOrEqual(16);
    expect(within(dialog).getByRole('button', { name: 'Copy secret' })).toBeEnabled();
    expect(changes.list).toEqual(['POST /api/webhooks']);
    const [saved] = await testApi.listWebhooks();
    expect(saved).toMatchObject({
      url: HOOK,
      events: ['conversation_push', 'conversation_manual_push'],
    });
    expect(saved?.secret).toBeUndefined();

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByText(secret)).toBeNull();
    const row = await webhookRow(HOOK);
    expect(row).toHaveTextContent('conversation_manual_push');
  });

  it('checks the form before sending it', async () => {
    const { user } = await openSettings(changes);
    await user.click(await screen.findByRole('button', { name: 'Add webhook' }));
    const form = screen.getByRole('form', { name: 'Add webhook' });
    await user.click(within(form).getByRole('checkbox', { name: 'conversation_push' }));
    await user.type(
      within(form).getByRole('textbox', { name: 'Endpoint URL' }),
      'ftp://example.com',
    );
    await user.click(within(form).getByRole('button', { name: 'Create webhook' }));
    // Each error is said where it is, and read out with its field.
    expect(within(form).getByRole('textbox', { name: 'Endpoint URL' })).toHaveAccessibleDescription(
      'Use an http:// or https:// URL.',
    );
    expect(within(form).getByRole('group', { name: 'Events' })).toHaveAccessibleDescription(
      'Choose at least one event.',
    );
    expect(changes.list).toEqual([]);
  });

  it('deletes a webhook after asking', async () => {
    await signInAsAdmin();
    const hook = await testApi.createWebhook({ url: HOOK, events: ['conversation_push'] });
    const { user } = await openSettings(changes);
    const row = await webhookRow(HOOK);
    await user.click(within(row).getByRole('button', { name: `Delete webhook ${HOOK}` }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this webhook?' });
    expect(changes.list).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Delete webhook' }));
    await screen.findByText('No webhooks yet');
    expect(changes.list).toEqual([`DELETE /api/webhooks/${hook.id}`]);
    expect(await testApi.listWebhooks()).toEqual([]);
  });

  it('shows a turned-off subscription with its reason, and turns it back on', async () => {
    await signInAsAdmin();
    const hook = await testApi.createWebhook({ url: HOOK, events: ['conversation_push'] });
    await testApi.patchWebhook(hook.id, { enabled: false });
    const { user } = await openSettings(changes);
    const row = await webhookRow(HOOK);
    expect(within(row).getByText('Turned off')).toBeDefined();
    expect(row.textContent).toContain('Turned off by an admin');
    await user.click(within(row).getByRole('button', { name: `Turn on webhook ${HOOK}` }));
    await waitFor(() =>
      expect(within(row).queryByRole('button', { name: `Turn on webhook ${HOOK}` })).toBeNull(),
    );
    expect(within(row).queryByText('Turned off')).toBeNull();
    expect(changes.list).toEqual([`PATCH /api/webhooks/${hook.id}`]);
    expect((await testApi.listWebhooks())[0]).toMatchObject({ disabledAt: null });
  });

  it("shows a subscription's delivery log and picks up new deliveries by itself", async () => {
    await signInAsAdmin();
    await testApi.createWebhook({ url: HOOK, events: ['conversation_manual_push'] });
    const { data } = await testApi.listConversations({ view: 'open', sort: 'newest', limit: 2 });
    const [first, second] = data;
    if (!first || !second) throw new Error('need two open conversations');
    await testApi.sync(first.id);
    const { user } = await openSettings(changes);
    const row = await webhookRow(HOOK);
    const toggle = within(row).getByRole('button', { name: `Delivery log for ${HOOK}` });
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const table = await within(row).findByRole('table', { name: `Delivery log for ${HOOK}` });
    const bodyRows = () => within(table).getAllByRole('row').slice(1);
    expect(bodyRows()).toHaveLength(1);
    const cells = within(bodyRows()[0] as HTMLElement)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 6)).toEqual([
      'Pending',
      'conversation_manual_push',
      `#${first.id}`,
      '0',
      '—',
      '—',
    ]);

    await testApi.sync(second.id);
    await waitFor(() => expect(bodyRows()).toHaveLength(2), { timeout: 7000 });
    // The newest delivery is on top.
    within(bodyRows()[0] as HTMLElement).getByText(`#${second.id}`);
  }, 10_000);

  it('shows how each delivery went: failed, retrying, delivered, waiting', async () => {
    await signInAsAdmin();
    const hook = await testApi.createWebhook({ url: HOOK, events: ['conversation_push'] });
    const now = Date.now();
    const base = {
      eventType: 'conversation_push',
      lastError: null,
      nextAttemptAt: null,
      deliveredAt: null,
    };
    const log: WebhookDeliveryDto[] = [
      {
        ...base,
        id: '00000000-0000-4000-8000-000000000003',
        conversationId: 7,
        status: 'failed',
        attempts: 8,
        lastAttemptAt: now - 60_000,
        responseStatus: 500,
        lastError: 'HTTP 500 Internal Server Error',
        createdAt: now - 3_600_000,
      },
      {
        ...base,
        id: '00000000-0000-4000-8000-000000000002',
        conversationId: 8,
        status: 'pending',
        attempts: 2,
        lastAttemptAt: now - 3.5 * 60_000,
        nextAttemptAt: now + 10.5 * 60_000,
        responseStatus: null,
        lastError: 'connect ECONNREFUSED',
        createdAt: now - 120_000,
      },
      {
        ...base,
        id: '00000000-0000-4000-8000-000000000001',
        conversationId: 9,
        status: 'delivered',
        attempts: 1,
        lastAttemptAt: now - 5 * 60_000,
        responseStatus: 204,
        deliveredAt: now - 5 * 60_000,
        createdAt: now - 5 * 60_000,
      },
      {
        ...base,
        id: '00000000-0000-4000-8000-000000000004',
        conversationId: 10,
        status: 'pending',
        attempts: 0,
        lastAttemptAt: null,
        nextAttemptAt: now - 1000,
        responseStatus: null,
        createdAt: now - 6 * 60_000,
      },
    ];
    server.use(
      http.get(`*/api/webhooks/${hook.id}/deliveries`, () => HttpResponse.json({ data: log })),
    );
    const { user } = await openSettings(changes);
    const row = await webhookRow(HOOK);
    await user.click(within(row).getByRole('button', { name: `Delivery log for ${HOOK}` }));
    const table = await within(row).findByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows.map((r) => r.slice(0, 6))).toEqual([
      ['Failed', 'conversation_push', '#7', '8', '500', 'HTTP 500 Internal Server Error'],
      ['Pending', 'conversation_push', '#8', '2', '—', 'connect ECONNREFUSED'],
      ['Delivered', 'conversation_push', '#9', '1', '204', '—'],
      ['Pending', 'conversation_push', '#10', '0', '—', '—'],
    ]);
    expect(rows[0]?.[6]).toBe('Queued 1h agoLast try 1m ago');
    expect(rows[1]?.[6]).toBe('Queued 2m agoLast try 3m agoNext try in 10m');
    expect(rows[2]?.[6]).toBe('Queued 5m agoDelivered 5m ago');
    expect(rows[3]?.[6]).toBe('Queued 6m agoWaiting to be sent');
  });
});
