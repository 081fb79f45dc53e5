// The inbox as a person sees it, for the specs: sign in, pick a view, select, close, undo.
// Everything is found by role and accessible name (SPEC section 5), as a screen reader would.
import { expect, type Locator, type Page } from '@playwright/test';
import { PAGES } from '../../src/domain/pages';

export const DEMO_PASSWORD = 'demo-password';

export type SortLabel = 'Newest first' | 'Oldest first';

/** For `toHaveURL`: an inbox's list (PAGES) with these query parameters, among any others. */
export const inboxListWith =
  (params: Record<string, string>) =>
  (url: URL): boolean =>
    PAGES.inbox.match(url.pathname) !== null &&
    Object.entries(params).every(([name, value]) => url.searchParams.get(name) === value);

export class InboxPage {
  readonly views: Locator;
  readonly list: Locator;
  readonly rows: Locator;
  readonly toolbar: Locator;
  readonly closeSelectedButton: Locator;
  readonly notifications: Locator;

  constructor(readonly page: Page) {
    this.views = page.getByRole('navigation', { name: 'Views' });
    this.list = page.getByRole('list', { name: 'Conversations' });
    this.rows = this.list.getByRole('listitem');
    this.toolbar = page.getByRole('toolbar', { name: 'Bulk actions' });
    this.closeSelectedButton = this.toolbar.getByRole('button', { name: 'Close selected' });
    this.notifications = page.getByRole('status', { name: 'Notifications' });
  }

  /** Signs in from wherever the app asks for it (`path` first, if given) and waits for the list. */
  async signIn(email = 'alex@acme.test', password = DEMO_PASSWORD, path = '/') {
    await this.page.goto(path);
    await this.page.getByRole('textbox', { name: 'Email' }).fill(email);
    await this.page.getByRole('textbox', { name: 'Password' }).fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    await expect(this.rows.first()).toBeVisible();
  }

  viewLink(name: string): Locator {
    return this.views.getByRole('link', { name: new RegExp(`^${name} \\d+$`) });
  }

  /** Opens a view ("Open", "Closed"...) and waits for its heading. */
  async view(name: string) {
    await this.viewLink(name).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  /** The count beside a view, e.g. 36 for "Open 36". */
  async count(name: string): Promise<number> {
    const text = await this.viewLink(name).textContent();
    return Number(/(\d+)\s*$/.exec(text ?? '')?.[1] ?? Number.NaN);
  }

  async expectCount(name: string, value: number) {
    await expect(this.viewLink(name)).toHaveText(new RegExp(`^\\s*${name}\\s*${value}\\s*$`));
  }

  get sortButton(): Locator {
    return this.page.getByRole('button', { name: 'Sort', exact: true });
  }

  async sort(label: SortLabel) {
    await this.sortButton.click();
    await this.page.getByRole('menuitemradio', { name: label }).click();
    await expect(this.sortButton).toContainText(label);
  }

  async selectAll() {
    await this.page.getByRole('checkbox', { name: 'Select all' }).check();
    await expect(this.toolbar.getByText(/^\d+ selected$/)).toBeVisible();
  }

  /** The row at a position (1-based); the list is virtualized, so scroll until it is rendered. */
  async row(position: number): Promise<Locator> {
    const row = this.list.locator(`li[aria-posinset="${position}"]`);
    for (let i = 0; i < 30 && (await row.count()) === 0; i += 1) {
      await this.list.hover();
      await this.page.mouse.wheel(0, 400);
    }
    await expect(row).toHaveCount(1);
    return row;
  }

  /** Toggles the checkbox of the row at a position (1-based). */
  async toggleRow(position: number) {
    await (await this.row(position)).getByRole('checkbox').click();
  }

  async closeSelected() {
    await this.closeSelectedButton.click();
  }

  async undo() {
    await this.notifications.getByRole('button', { name: 'Undo' }).click();
  }

  async selectedCount(): Promise<string | null> {
    return this.toolbar.getByText(/^\d+ selected$/).textContent();
  }
}
