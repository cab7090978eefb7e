import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { PARTICIPANT_SERVICE_WORKER } from '../../src/participant/serviceWorker.ts';
import { participantFiles } from './participantFiles.mjs';

/**
 * Writes the participant page's own service worker after a build (Workbox's generateSW): it precaches
 * participate.html, the files that page loads (participantFiles) and the favicon, and nothing of the app, so
 * a phone that opened a workshop's link once opens it again with no network, at the cost of the page's own
 * ~60 kB rather than the whole app the app's service worker precaches. A new build takes over at once
 * (`skipWaiting`, `clientsClaim`): the page loads nothing lazily, so an open page never asks for a file the
 * new version removed. The page registers it (src/participant/offline.ts) with its own path as the scope.
 * @throws {Error} when the build wrote no participate.html (the build's input lost the participant page).
 */
export function participantServiceWorker(): Plugin {
  let outDir = 'dist';
  return {
    name: 'recorrido-participant-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      // Loaded here, not with the config: every Vite and Vitest start would pay for it (~0.4 s).
      const { generateSW } = await import('workbox-build');
      const html = await readFile(join(outDir, 'participate.html'), 'utf8');
      const files = ['participate.html', 'favicon.svg', ...participantFiles(html).map((path) => path.slice(1))];
      await generateSW({
        swDest: join(outDir, PARTICIPANT_SERVICE_WORKER),
        globDirectory: outDir,
        globPatterns: files,
        cacheId: 'recorrido-participate',
        // Hashed names change with their content: no revision needed to tell versions apart.
        dontCacheBustURLsMatching: /^assets\//,
        // The page reads its query itself (`?lang=`, a messenger's tracking tags): any query is the same page.
        ignoreURLParametersMatching: [/./],
        skipWaiting: true,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        inlineWorkboxRuntime: true,
        mode: 'production',
        sourcemap: false,
      });
    },
  };
}
