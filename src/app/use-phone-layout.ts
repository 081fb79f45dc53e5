import { useSyncExternalStore } from 'react';
import { upTo } from '../ui';

/** Where the inbox shows one column, the list or the open conversation (app.css). */
export const PHONE_LAYOUT_QUERY = upTo('phone');

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {};
  const query = window.matchMedia(PHONE_LAYOUT_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const isPhoneLayout = () =>
  typeof window !== 'undefined' && Boolean(window.matchMedia?.(PHONE_LAYOUT_QUERY).matches);

/** Whether the screen is a phone's: one column, the list or the conversation. */
export function usePhoneLayout(): boolean {
  return useSyncExternalStore(subscribe, isPhoneLayout, () => false);
}
