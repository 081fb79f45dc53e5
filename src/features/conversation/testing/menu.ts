// Opening a header menu and choosing an item, by the names a person sees.
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

export async function choose(user: UserEvent, menu: string, item: string): Promise<void> {
  await user.click(screen.getByRole('button', { name: menu }));
  const menuElement = await screen.findByRole('menu', { name: menu });
  const found =
    within(menuElement).queryByRole('menuitemradio', { name: item }) ??
    within(menuElement).getByRole('menuitem', { name: item });
  await user.click(found);
}
