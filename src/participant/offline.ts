import { PARTICIPANT_PATH } from '../sync/links';
import { PARTICIPANT_SERVICE_WORKER } from './serviceWorker';

/**
 * Installs the participant page for use with no network: registers its own service worker
 * (PARTICIPANT_SERVICE_WORKER, written by the build: scripts/build/participantServiceWorker.ts), which
 * precaches this page's files only, under the scope of this page's path alone (PARTICIPANT_PATH), so the app's service worker and its much larger
 * precache never reach a participant's phone. Registered once the page has loaded, so it never competes with
 * the first paint; a browser without service workers, or one that refuses this one (a private window, an
 * origin that is not secure), still has the page online. Does nothing in the dev server, which has no build.
 */
export function installForOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register(`/${PARTICIPANT_SERVICE_WORKER}`, { scope: PARTICIPANT_PATH }).catch(() => {});
  };
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
