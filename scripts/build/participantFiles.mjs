// The files of the participant page (participate.html) as built: read by the participant page's service
// worker (participantServiceWorker.ts) and by scripts/participant-size.mjs, so both count the same files.

/**
 * The site paths a built participate.html loads (`/assets/...`: its entry script, every module it preloads
 * and its stylesheets, in the order written), from the HTML's text. The page imports nothing lazily, so this
 * is all of its code.
 * @param {string} html the text of the built participate.html
 * @returns {string[]} paths from the site's root, e.g. "/assets/participate-DaPAQaFJ.js"
 */
export function participantFiles(html) {
  return [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
}
