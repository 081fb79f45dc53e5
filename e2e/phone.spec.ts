// Parley on a phone (SPEC 7.6), on both projects: the agent's day at 390×844, by touch, with
// nothing scrolling sideways and every target at least 44×44 px; and the production build
// installable (manifest, icons, a service worker that starts the app offline).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { inboxListWith } from './pages/inbox-page';

const WIDTH = 390;
const HEIGHT = 844;

/** Nothing on the page is wider than the screen. */
async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    WIDTH,
  );
}

/**
 * Every control on screen (in the open dialog, if one is) that is smaller than 44×44 px, by its
 * name and size; a checkbox counts by its label when it has one. The mock's scenario switcher is
 * a developer's tool, not part of the app.
 */
async function smallTargets(page: Page, everywhere = false): Promise<string[]> {
  return page.evaluate((everywhere) => {
    const scope = document.querySelector('dialog[open]') ?? document;
    const controls = scope.querySelectorAll<HTMLElement>(
      'button, a[href], input, select, textarea, summary, [role^="menuitem"], [role="tab"]',
    );
    const small: string[] = [];
    for (const control of controls) {
      if (control.closest('#parley-scenario-panel')) continue;
      const target =
        control instanceof HTMLInputElement && control.type === 'checkbox'
          ? (control.closest('label') ?? control)
          : control;
      const box = target.getBoundingClientRect();
      const onScreen =
        box.width > 0 &&
        box.height > 0 &&
        (everywhere || (box.bottom > 0 && box.top < innerHeight));
      if (onScreen && (box.width < 44 || box.height < 44)) {
        const name = control.getAttribute('aria-label') ?? control.textContent?.trim() ?? '';
        small.push(`${name.slice(0, 40)} ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return small;
  }, everywhere);
}

/** Open menus, popovers and dialogs that reach past the left or right edge of the screen. */
async function cutOff(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const layers = document.querySelectorAll<HTMLElement>(
      '[role="menu"], [role="dialog"], dialog[open]',
    );
    return [...layers]
      .map((layer) => ({ layer, box: layer.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.left < 0 || box.right > width))
      .map(
        ({ layer, box }) => `${layer.className} ${Math.round(box.left)}…${Math.round(box.right)}`,
      );
  }, WIDTH);
}

async function expectFitsThePhone(page: Page) {
  // Measured at rest: a dialog opening is scaled a little for a moment (a spinner never ends).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished),
    ),
  );
  await expectNoSidewaysScroll(page);
  expect(await smallTargets(page)).toEqual([]);
  expect(await cutOff(page)).toEqual([]);
}

test.describe('at 390×844 by touch', () => {
  test.use({ viewport: { width: WIDTH, height: HEIGHT }, hasTouch: true, isMobile: true });

  test("the agent's day: views, a conversation, reply, snooze, back, close three", async ({
    page,
    inbox,
    conversation,
  }, info) => {
    await page.goto('/');
    await expectFitsThePhone(page);
    await page.getByRole('textbox', { name: 'Email' }).fill('alex@acme.test');
    await page.getByRole('textbox', { name: 'Password' }).fill('demo-password');
    await page.getByRole('button', { name: 'Sign in' }).tap();
    await expect(inbox.rows.first()).toBeVisible();
    // The list fills the screen; the views wait behind "Views".
    await expect(inbox.views).toBeHidden();
    const listBox = await inbox.list.boundingBox();
    expect(listBox?.width).toBeGreaterThan(WIDTH - 20);
    await expectFitsThePhone(page);
    // The filters' menus open on screen, whichever side their button is on.
    await page.getByRole('button', { name: 'Filter by team' }).tap();
    await expect(page.getByRole('menu')).toBeVisible();
    await expectFitsThePhone(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toBeHidden();

    // Views: a drawer with the views and their counts; a tap on one goes there and closes it.
    const viewsButton = page.getByRole('button', { name: 'Views', exact: true });
    const drawer = page.getByRole('dialog', { name: 'Views' });
    await viewsButton.tap();
    await expect(drawer.getByRole('navigation', { name: 'Views' })).toBeVisible();
    await expect(drawer.getByRole('switch', { name: 'Available' })).toBeVisible();
    await expectFitsThePhone(page);
    await drawer.getByRole('link', { name: /^Pending \d+$/ }).tap();
    await expect(drawer).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Pending' })).toBeVisible();
    await expect(viewsButton).toBeFocused();
    await viewsButton.tap();
    await drawer.getByRole('link', { name: /^Open \d+$/ }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Open' })).toBeVisible();
    await expect(inbox.rows.first()).toBeVisible();

    // A tapped row opens the conversation full screen.
    const first = inbox.list.getByRole('link').first();
    const href = await first.getAttribute('href');
    await first.tap();
    await expect(page).toHaveURL(/\/conversations\/\d+/);
    await expect(conversation.thread).toBeVisible();
    await expect(inbox.list).toBeHidden();
    const back = page.getByRole('button', { name: 'Back to list' });
    await expect(back).toBeVisible();
    await expectFitsThePhone(page);

    const reply = `Answered from a phone (${info.project.name} ${Date.now()}).`;
    await page.getByRole('tab', { name: 'Reply' }).tap();
    await page.getByRole('textbox', { name: 'Message' }).fill(reply);
    await conversation.button('Send').tap();
    await expect(conversation.thread).toContainText(reply);

    await conversation.button('Add tag').tap();
    await expect(page.getByRole('dialog', { name: 'Add tag' })).toBeVisible();
    await expectFitsThePhone(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Add tag' })).toBeHidden();

    // A saved reply, by touch: the button, the listbox, the reply filled for the contact.
    await conversation.button('Saved replies').tap();
    const replies = page.getByRole('listbox', { name: 'Saved replies' });
    await expect(replies).toBeVisible();
    await expectFitsThePhone(page);
    await replies.getByRole('option', { name: /^Greeting/ }).tap();
    await expect(replies).toBeHidden();
    const message = page.getByRole('textbox', { name: 'Message' });
    await expect(message).toHaveValue(/^Hi \S+,\n\nThanks for getting in touch\. Alex here/);
    await conversation.button('Send').tap();
    await expect(conversation.thread).toContainText('Thanks for getting in touch. Alex here');
    await expect(message).toHaveValue('');

    await conversation.button('Snooze').tap();
    await expectFitsThePhone(page);
    await page
      .getByRole('menu', { name: 'Snooze' })
      .getByRole('menuitem', { name: '1 hour' })
      .tap();
    await expect(conversation.button('Status')).toContainText('Snoozed until');
    // The toast sits at the bottom, on screen.
    const toast = conversation.toasts.getByText(/^Snoozed until/);
    await expect(toast).toBeVisible();
    const toastBox = await toast.boundingBox();
    expect(toastBox!.y + toastBox!.height).toBeLessThanOrEqual(HEIGHT);
    expect(toastBox!.y).toBeGreaterThan(HEIGHT / 2);
    await expectFitsThePhone(page);

    // "Back to list" goes back to the list the row was in, as the browser's Back would.
    await back.tap();
    await expect(page).toHaveURL(inboxListWith({ view: 'open' }));
    await expect(inbox.list).toBeVisible();
    await expect(conversation.thread).toBeHidden();
    // The browser's Forward and Back move between them too.
    await page.goForward();
    await expect(conversation.thread).toBeVisible();
    await page.goBack();
    await expect(inbox.list).toBeVisible();
    await expect(inbox.list.locator(`a[href="${href}"]`)).toHaveCount(0); // snoozed: not open

    // Select three and close them from the toolbar at the bottom.
    const ids: string[] = [];
    for (const position of [1, 2, 3]) {
      const row = await inbox.row(position);
      ids.push((await row.getByRole('link').getAttribute('href')) ?? '');
      await row.getByRole('checkbox').tap();
    }
    await expect(inbox.toolbar.getByText('3 selected')).toBeVisible();
    const toolbarBox = await inbox.toolbar.boundingBox();
    expect(toolbarBox!.y + toolbarBox!.height).toBeLessThanOrEqual(HEIGHT);
    expect(toolbarBox!.y).toBeGreaterThan(HEIGHT / 2);
    await expectFitsThePhone(page);
    await inbox.closeSelectedButton.tap();
    await expect(inbox.notifications.getByText('3 conversations closed')).toBeVisible();
    for (const id of ids) await expect(inbox.list.locator(`a[href="${id}"]`)).toHaveCount(0);
    await expect(inbox.toolbar).toBeHidden();
    await expectFitsThePhone(page);
  });

  test('offline, the connection line covers no control, in a conversation or over a selection', async ({
    page,
    inbox,
    conversation,
  }) => {
    /** The controls on screen that the line's box overlaps, by name. */
    const covered = () =>
      page.evaluate(() => {
        const line = document.querySelector('[role="status"][aria-label="Connection"]');
        if (!line) return ['(no connection line)'];
        const box = line.getBoundingClientRect();
        if (box.width === 0) return ['(the line is not shown)'];
        const controls = document.querySelectorAll<HTMLElement>(
          'button, a[href], input, textarea, [role="tab"], [role="toolbar"]',
        );
        return [...controls]
          .filter((control) => {
            // The mock's scenario switcher is a developer's tool, not part of the app.
            if (control.closest('#parley-scenario-panel')) return false;
            const r = control.getBoundingClientRect();
            return (
              r.width > 0 &&
              r.height > 0 &&
              r.left < box.right &&
              box.left < r.right &&
              r.top < box.bottom &&
              box.top < r.bottom
            );
          })
          .map((control) => control.getAttribute('aria-label') ?? control.textContent?.trim());
      });
    await inbox.signIn();
    // Opened from the list, so the list is loaded behind it when the connection goes.
    await expect(inbox.rows.first()).toBeVisible();
    await inbox.list.getByRole('link').first().tap();
    await expect(conversation.thread).toBeVisible();
    await page.context().setOffline(true);
    await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Offline');
    expect(await covered()).toEqual([]);
    await page.getByRole('button', { name: 'Back to list' }).tap();
    await expect(inbox.list).toBeVisible();
    for (const position of [1, 2]) await (await inbox.row(position)).getByRole('checkbox').tap();
    await expect(inbox.toolbar.getByText('2 selected')).toBeVisible();
    expect(await covered()).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('offline-list.png') });
    await page.context().setOffline(false);
  });

  test('reports and settings fit the phone too, and their menu opens the other screens', async ({
    page,
    inbox,
  }) => {
    await inbox.signIn('admin@acme.test');
    const loaded = {
      // The figures, and the agents' table, the widest part of settings.
      Reports: page.getByText('Created', { exact: true }),
      Settings: page.getByRole('spinbutton', { name: 'Capacity of Alex' }),
    };
    for (const screen of ['Reports', 'Settings'] as const) {
      await page.getByRole('button', { name: /^(Views|Menu)$/ }).tap();
      await page.getByRole('dialog').getByRole('link', { name: screen }).tap();
      await expect(page.getByRole('heading', { level: 1, name: screen })).toBeVisible();
      await expect(loaded[screen].first()).toBeVisible();
      await expectNoSidewaysScroll(page);
      // The whole screen, scrolled or not.
      expect(await smallTargets(page, true)).toEqual([]);
    }
    await page.getByRole('button', { name: 'Menu' }).tap();
    await page.getByRole('dialog', { name: 'Menu' }).getByRole('link', { name: 'Inbox' }).tap();
    await expect(inbox.rows.first()).toBeVisible();
  });
});

/** The scripts of the page's service workers, by their address. */
async function workerScripts(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await navigator.serviceWorker.getRegistrations()).map(
      (r) =>
        new URL((r.active ?? r.waiting ?? r.installing)?.scriptURL ?? '', location.href).pathname,
    ),
  );
}

test('installable: the production build has a manifest and a service worker for the app shell; the dev server only the mock API worker', async ({
  page,
  request,
  inbox,
}, info) => {
  if (info.project.name === 'mock') {
    // The dev server answers /api from MSW's worker; the production worker must not be there too.
    await inbox.signIn();
    await expect.poll(() => workerScripts(page)).toEqual(['/mockServiceWorker.js']);
    await expect(page.locator('link[rel="manifest"]')).toHaveCount(0);
    return;
  }

  await page.goto('/');
  // What a browser asks for before it offers to install.
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const answer = await request.get(manifestHref ?? '/manifest.webmanifest');
  expect(answer.headers()['content-type']).toContain('application/manifest+json');
  const manifest = (await answer.json()) as {
    name: string;
    short_name: string;
    display: string;
    start_url: string;
    scope: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({
    name: 'Parley',
    short_name: 'Parley',
    display: 'standalone',
    start_url: '/',
    scope: '/',
  });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  for (const icon of manifest.icons) {
    const png = await request.get(icon.src);
    expect(png.status()).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');
  }
  await expect(page.locator('meta[name="theme-color"][media]')).toHaveCount(2);
  const touchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  expect((await request.get(touchIcon ?? '')).headers()['content-type']).toBe('image/png');
  const worker = await request.get('/sw.js');
  expect(worker.headers()['content-type']).toContain('javascript');

  // The page registers it, for the whole app.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe('/');
  await expect.poll(() => workerScripts(page)).toEqual(['/sw.js']);

  // Chromium's own verdict: the manifest parses cleanly and nothing stands in the way of
  // installing but the test browser's private profile.
  const cdp = await page.context().newCDPSession(page);
  const parsed = await cdp.send('Page.getAppManifest');
  expect(parsed.errors).toEqual([]);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual(
    [],
  );

  // Signed in, then offline: a reload still starts the app from the kept shell.
  await inbox.signIn();
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
    .toBe(true);
  await page.context().setOffline(true);
  await page.reload();
  await expect(page).toHaveTitle('Parley');
  await expect(page.locator('#root')).not.toBeEmpty();
  await page.context().setOffline(false);
  // Nothing of the API is kept by the worker.
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
  expect(cached.some((url) => new URL(url).pathname === '/index.html')).toBe(true);
  expect(cached.filter((url) => new URL(url).pathname.startsWith('/api'))).toEqual([]);
});
