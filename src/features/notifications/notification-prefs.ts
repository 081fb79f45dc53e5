// This browser's choices about notifications: the sound, kept across reloads.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

interface NotificationPrefs {
  sound: boolean;
  setSound: (on: boolean) => void;
}

export const useNotificationPrefs = create<NotificationPrefs>()(
  persist((set) => ({ sound: false, setSound: (sound) => set({ sound }) }), {
    name: 'parley-notification-prefs',
    storage: createJSONStorage(() => localStorage),
  }),
);
