// What a new notification does outside the list (SPEC 7.5): the tab title counts the unread ones;
// while the tab is hidden, a desktop notification (when the agent allowed them) and, if chosen, a
// short sound.
import { useEffect, useRef } from 'react';
import { useNotifications } from '../../queries';
import { notificationText, titleWithCount } from './notification-text';
import { useNotificationPrefs } from './notification-prefs';

function beep(): void {
  const Context = window.AudioContext as typeof AudioContext | undefined;
  if (!Context) return;
  try {
    const audio = new Context();
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 880;
    gain.gain.setValueAtTime(0.08, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.25);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.25);
    tone.onended = () => void audio.close();
  } catch {
    // No audio output: the title and the badge still say it.
  }
}

export function useNotificationAlerts(): void {
  const list = useNotifications().data;
  const sound = useNotificationPrefs((s) => s.sound);
  const unread = list?.unreadCount ?? 0;
  /** The newest id already seen, so only what arrives after the first answer alerts. */
  const newestSeen = useRef<number | null>(null);

  useEffect(() => {
    document.title = titleWithCount(unread);
  }, [unread]);
  useEffect(() => () => void (document.title = titleWithCount(0)), []);

  useEffect(() => {
    if (!list) return;
    const newest = list.data[0]?.id ?? 0;
    const before = newestSeen.current;
    newestSeen.current = Math.max(before ?? 0, newest);
    if (before === null) return;
    const fresh = list.data.filter((n) => n.unread && n.id > before);
    if (fresh.length === 0 || document.visibilityState !== 'hidden') return;
    if (sound) beep();
    if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
    for (const n of fresh.slice(0, 3)) {
      const shown = new Notification('Parley', {
        body: notificationText(n.kind, n.contactName || null),
        tag: `parley-notification-${n.id}`,
      });
      shown.onclick = () => {
        window.focus();
        shown.close();
      };
    }
  }, [list, sound]);
}
