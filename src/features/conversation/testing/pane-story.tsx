// Shared by the pane's stories: the pane at the address, a set-up that opens the newest
// conversation of a view, and picking from a header menu by the names a person sees.
import { within } from 'storybook/test';
import { useRoute } from 'wouter';
import type { ApiClient, ConversationRow } from '../../../api';
import { PAGES, type View } from '../../../domain';
import { ConversationPane } from '../conversation-pane';

/** The pane of the conversation in the address, as the app's right column shows it. */
export function PaneAtRoute() {
  const [match, params] = useRoute(PAGES.conversation.pattern);
  const id = match ? Number(params.conversationId) : Number.NaN;
  return (
    <main style={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
      <ConversationPane key={id} conversationId={id} />
    </main>
  );
}

export function paneRoute(c: Pick<ConversationRow, 'id' | 'inboxId'>, view: View = 'open') {
  const path = PAGES.conversation.path({ inboxId: c.inboxId, conversationId: c.id });
  return `${path}?view=${view}&sort=newest`;
}

/** The id of the conversation an address opens (the story's first, say). */
export function idInPath(path: string | undefined): number {
  const page = PAGES.conversation.match((path ?? '').split('?')[0] ?? '');
  if (!page) throw new Error(`no conversation in ${path}`);
  return Number(page.conversationId);
}

/**
 * A story set-up (`parameters.mockSetup`) on the newest conversation of a view, as the signed-in
 * agent sees it, after `arrange` (if any) has run on it: answers the pane's address.
 */
export function openNewest<App extends { api: ApiClient }>(
  view: View,
  arrange?: (app: App, c: ConversationRow) => Promise<unknown>,
): (app: App) => Promise<string> {
  return async (app) => {
    const { data } = await app.api.listConversations({ view, sort: 'newest', limit: 1 });
    const c = data[0];
    if (!c) throw new Error(`no conversation in ${view}`);
    await arrange?.(app, c);
    return paneRoute(c, view);
  };
}

type Canvas = ReturnType<typeof within>;

/** The thread, once the conversation and its messages are in. */
export const findThread = (canvas: Canvas) =>
  canvas.findByRole('log', { name: 'Messages' }, { timeout: 10_000 });

/** Opens a header menu and picks an item. */
export async function choose(
  { canvas, userEvent }: { canvas: Canvas; userEvent: { click: (e: Element) => Promise<void> } },
  menu: string,
  item: string,
): Promise<void> {
  await userEvent.click(canvas.getByRole('button', { name: menu }));
  const opened = await canvas.findByRole('menu', { name: menu });
  const found =
    within(opened).queryByRole('menuitemradio', { name: item }) ??
    within(opened).getByRole('menuitem', { name: item });
  await userEvent.click(found);
}
