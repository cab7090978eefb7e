/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { chunkNamer } from './scripts/build/chunkGroups.ts';
import { participantServiceWorker } from './scripts/build/participantServiceWorker.ts';
import { PARTICIPANT_SERVICE_WORKER } from './src/participant/serviceWorker.ts';

/**
 * The built app's Content-Security-Policy: only its own origin (and a sync server on loopback), no inline
 * scripts, no eval, no remote origins. Added at build time only: the dev server injects inline scripts for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // The sync server is the page's own origin when it served the app; one on this machine (an app served by
  // vite preview beside `npm run server`) is allowed too. No other host.
  "connect-src 'self' ws://127.0.0.1:* ws://localhost:* http://127.0.0.1:* http://localhost:*",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'recorrido-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    // The service worker precaches the whole app (code, styles, icons), so after one visit it loads, edits
    // and exports with no network. `prompt`: a new version waits until the user accepts it.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Recorrido',
        short_name: 'Recorrido',
        description: 'Customer journey maps that work offline · Mapas de recorrido del cliente sin conexión',
        lang: 'es',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0f766e',
        background_color: '#f6f7f9',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // ttf: the PDF's embedded font, so a PDF of any script exports offline too.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,ttf}'],
        // The participant page's own service worker is no file of the app's (Workbox leaves out its own).
        globIgnores: ['**/node_modules/**/*', PARTICIPANT_SERVICE_WORKER],
        navigateFallback: '/index.html',
        // Both pages read their query themselves (`?lang=`, `?theme=`): any query is the page precached. Else
        // the participants' link with `?lang=es` fell through to the app's index.html ("Page not found").
        ignoreURLParametersMatching: [/./],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Off: Workbox's clean-up deletes every precache whose name holds this scope (`/`), and so the
        // participant page's (`…/participate.html`): a phone that opened the app after a workshop's link lost
        // the page's copy for good. The app's cache keeps its name from version to version, so there is
        // nothing else for it to clean up.
        cleanupOutdatedCaches: false,
      },
    }),
    participantServiceWorker(),
  ],
  build: {
    rollupOptions: {
      // Two pages: the app, and the small page workshop participants open on their phones (README, "Workshops").
      input: { main: 'index.html', participate: 'participate.html' },
      output: {
        // Few, larger chunks for what each page needs first: every file costs a request (chunkGroups.ts).
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            {
              debugName: 'pages',
              name: chunkNamer(import.meta.dirname, {
                start: 'src/app/main.tsx',
                participate: 'src/participant/main.ts',
                services: ['src/store/createServices.ts', 'src/sync/syncService.ts'],
                journey: ['src/app/journeyPages.ts'],
                words: ['src/i18n/start.en.ts', 'src/i18n/start.es.ts', 'src/i18n/en.ts', 'src/i18n/es.ts'],
              }),
            },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    restoreMocks: true,
    // A generous ceiling, not a speed target: on a busy 2-core machine a component test that walks a
    // template key by key takes several seconds.
    testTimeout: 20_000,
  },
});
