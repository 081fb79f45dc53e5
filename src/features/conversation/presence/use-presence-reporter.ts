// Tells the others this agent is in the conversation (SPEC 7.5): a report every few seconds while
// the tab is shown and focused, "typing" for a few seconds after a keystroke; on leaving the
// conversation, hiding or leaving the tab, or signing out (the pane unmounts), it says so at once.
import { useEffect } from 'react';
import type { PresenceState } from '../../../api';
import { api } from '../../../queries';
import { onTyping, typedAt } from './typing-signal';

/** Well inside the server's 15 seconds, so one lost report does not make anyone vanish. */
export const PRESENCE_EVERY_MS = 5_000;
/** How long after the last keystroke the agent still counts as typing. */
export const TYPING_FOR_MS = 4_000;

const ignore = () => undefined;

export function usePresenceReporter(conversationId: number, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    let present = document.visibilityState === 'visible';
    let last: PresenceState | null = null;
    const stateNow = (): PresenceState =>
      Date.now() - typedAt(conversationId) < TYPING_FOR_MS ? 'typing' : 'viewing';
    const report = () => {
      if (!present) return;
      last = stateNow();
      api.reportPresence(conversationId, last).catch(ignore);
    };
    const leave = () => {
      if (last === null) return;
      last = null;
      api.leavePresence(conversationId).catch(ignore);
    };
    const show = () => {
      if (present) return;
      present = true;
      report();
    };
    const hide = () => {
      present = false;
      leave();
    };
    const onVisibility = () => (document.visibilityState === 'visible' ? show() : hide());
    const stopTyping = onTyping((id) => {
      if (id === conversationId && last !== 'typing') report();
    });
    report();
    const timer = setInterval(report, PRESENCE_EVERY_MS);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('blur', hide);
    window.addEventListener('focus', show);
    return () => {
      clearInterval(timer);
      stopTyping();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('blur', hide);
      window.removeEventListener('focus', show);
      present = false;
      leave();
    };
  }, [conversationId, enabled]);
}
