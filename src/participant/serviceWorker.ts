/**
 * The participant page's service worker file, at the site's root: written by the build
 * (scripts/build/participantServiceWorker.ts) and registered by the page (offline.ts). Nothing else here,
 * so the build's config can read it without loading the page's code.
 */
export const PARTICIPANT_SERVICE_WORKER = 'participate-sw.js';
