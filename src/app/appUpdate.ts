import { createStore } from 'zustand/vanilla';

/** Whether a new version of the app is installed and waiting, and how to switch to it. */
export interface AppUpdateState {
  waiting: boolean;
  apply: () => Promise<void>;
}

export const appUpdate = createStore<AppUpdateState>()(() => ({ waiting: false, apply: async () => {} }));

/**
 * Registers the service worker. A new version is only announced; it takes over when the user accepts, after
 * pending edits are written (`beforeApply`), and the page reloads into it.
 */
export async function registerServiceWorker(beforeApply: () => Promise<void>): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  const update = registerSW({
    onNeedRefresh() {
      appUpdate.setState({
        waiting: true,
        apply: async () => {
          await beforeApply();
          await update(true);
        },
      });
    },
  });
}
