// The conversation pane as a person uses it: the vocabulary of e2e/conversation.spec.ts.
import { expect, type Locator, type Page } from '@playwright/test';
import { PAGES } from '../../src/domain/pages';
import { apiGet } from './api';

export interface ConversationSummary {
  id: number;
  inboxId: number;
  contact: { name: string };
}

/** A conversation's address, as the app writes it (PAGES), with the list's query. */
export function addressOf(
  conversation: Pick<ConversationSummary, 'id' | 'inboxId'>,
  search = 'view=open&sort=newest',
): string {
  const path = PAGES.conversation.path({
    inboxId: conversation.inboxId,
    conversationId: conversation.id,
  });
  return `${path}?${search}`;
}

export class ConversationPage {
  readonly pane: Locator;
  readonly thread: Locator;
  readonly toasts: Locator;

  constructor(readonly page: Page) {
    this.pane = page.getByRole('region', { name: 'Open conversation' });
    this.thread = page.getByRole('log', { name: 'Messages' });
    this.toasts = page.getByRole('status', { name: 'Notifications' });
  }

  async signIn(email = 'alex@acme.test', password = 'demo-password'): Promise<void> {
    await this.page.goto('/');
    await this.page.getByRole('textbox', { name: 'Email' }).fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    await expect(this.page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  }

  /** A conversation of a view, read through the API with the browser's session. */
  async firstIn(view: string, skip: readonly number[] = []): Promise<ConversationSummary> {
    const body = await apiGet<{ data: ConversationSummary[] }>(
      this.page,
      `/api/conversations?view=${view}&limit=100`,
    );
    const found = body.data.find((c) => !skip.includes(c.id));
    if (!found) throw new Error(`no conversation in ${view}`);
    return found;
  }

  /** A deep link, as shared: the conversation's address. */
  async open(conversation: ConversationSummary, search = 'view=open&sort=newest'): Promise<void> {
    await this.page.goto(addressOf(conversation, search));
    await this.expectOpen(conversation);
  }

  /** A fresh load fetches the app, the session, the conversation and the newest page of its thread. */
  async expectOpen(conversation: ConversationSummary): Promise<void> {
    const timeout = 15_000;
    await expect(
      this.page.getByRole('heading', { name: conversation.contact.name, level: 2 }),
    ).toBeVisible({ timeout });
    await expect(this.thread).toBeVisible({ timeout });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async choose(menu: string, item: string): Promise<void> {
    await this.button(menu).click();
    const list = this.page.getByRole('menu', { name: menu });
    await list
      .getByRole('menuitem', { name: item, exact: true })
      .or(list.getByRole('menuitemradio', { name: item, exact: true }))
      .click();
  }

  async snooze(until: '1 hour' | 'Tomorrow morning' | 'Next week'): Promise<void> {
    await this.choose('Snooze', until);
  }

  async setStatus(status: 'Open' | 'Pending' | 'Closed'): Promise<void> {
    await this.choose('Status', status);
  }

  async markAsSpam(): Promise<void> {
    await this.button('Mark as spam').click();
  }

  async restore(): Promise<void> {
    await this.button('Restore').click();
  }

  async undo(): Promise<void> {
    await this.toasts.getByRole('button', { name: 'Undo' }).click();
  }

  /** A reply to the contact, sent from the composer's "Reply" tab. */
  async reply(text: string): Promise<void> {
    await this.page.getByRole('tab', { name: 'Reply' }).click();
    await this.page.getByRole('textbox', { name: 'Message' }).fill(text);
    await this.button('Send').click();
  }

  /** A note, with the mention picked from the autocomplete by keyboard. */
  async writeNoteMentioning(
    before: string,
    partialName: string,
    agent: string,
    after: string,
  ): Promise<void> {
    await this.page.getByRole('tab', { name: 'Note' }).click();
    const box = this.page.getByRole('textbox', { name: 'Message' });
    await box.click();
    await box.pressSequentially(`${before} @${partialName}`);
    const listbox = this.page.getByRole('listbox', { name: 'Mention an agent' });
    await expect(listbox.getByRole('option', { name: agent })).toBeVisible();
    await box.press('Enter');
    await expect(listbox).toBeHidden();
    await box.pressSequentially(after);
    await this.button('Send').click();
  }

  /** Types `#` and `query` in the reply and picks the saved reply `name` from the listbox. */
  async insertSavedReply(query: string, name: string): Promise<void> {
    await this.page.getByRole('tab', { name: 'Reply' }).click();
    const box = this.page.getByRole('textbox', { name: 'Message' });
    await box.click();
    await box.pressSequentially(`#${query}`);
    const listbox = this.page.getByRole('listbox', { name: 'Saved replies' });
    await expect(listbox.getByRole('option', { name: new RegExp(`^${name}`) })).toBeVisible();
    await box.press('Enter');
    await expect(listbox).toBeHidden();
  }

  /** Attaches a file with "Attach file" and waits until it has uploaded. */
  async attachFile(name: string, mimeType: string, buffer: Buffer): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.button('Attach file').click();
    await (await chooser).setFiles({ name, mimeType, buffer });
    const chips = this.page.getByRole('list', { name: 'Attached files' });
    await expect(chips.getByRole('listitem').filter({ hasText: name })).toContainText('Ready');
  }

  /**
   * The bytes a file link downloads, fetched in the page (so the mock API's service worker answers
   * it on the mock project) with the agent's session.
   */
  async download(link: Locator): Promise<number[]> {
    const href = await link.getAttribute('href');
    if (!href) throw new Error('the file link has no href');
    return this.page.evaluate(async (url) => {
      const res = await fetch(url, { credentials: 'include' });
      if (!res.ok) throw new Error(`download answered ${res.status}`);
      return [...new Uint8Array(await res.arrayBuffer())];
    }, href);
  }

  async addTag(name: string, color: string): Promise<void> {
    await this.button('Add tag').click();
    const popover = this.page.getByRole('dialog', { name: 'Add tag' });
    await popover.getByRole('textbox', { name: 'Tag name' }).fill(name);
    await popover.getByRole('radio', { name: color }).check();
    await popover.getByRole('button', { name: 'Create tag' }).click();
    await expect(this.button(`Remove tag ${name}`)).toBeVisible();
  }

  /** "More actions", "Merge into…": finds the target by its number and merges into it. */
  async mergeInto(targetId: number): Promise<void> {
    await this.choose('More actions', 'Merge into…');
    const dialog = this.page.getByRole('dialog', { name: 'Merge into another conversation' });
    await dialog.getByRole('searchbox', { name: 'Find conversation' }).fill(`#${targetId}`);
    await dialog
      .getByRole('list', { name: 'Conversations to merge into' })
      .getByRole('button', { name: new RegExp(`#${targetId}\\b`) })
      .click();
    await dialog.getByRole('button', { name: `Merge into #${targetId}` }).click();
    await expect(dialog).toBeHidden();
  }

  /** Ctrl+K, the words, Enter: runs the palette's best match. */
  async runFromPalette(words: string): Promise<void> {
    await this.page.keyboard.press('Control+k');
    const palette = this.page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox', { name: 'Command' }).fill(words);
    await palette.getByRole('combobox', { name: 'Command' }).press('Enter');
    await expect(palette).toBeHidden();
  }

  /** Opens a view from the "Views" navigation. */
  async openView(label: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: new RegExp(`^${label}\\b`) })
      .click();
    await expect(this.page).toHaveURL(new RegExp(`view=${label.toLowerCase()}`));
  }

  /** The row of a conversation in the list "Conversations". */
  row(conversation: ConversationSummary): Locator {
    return this.page
      .getByRole('list', { name: 'Conversations' })
      .locator(`a[href*="/conversations/${conversation.id}?"]`);
  }
}
