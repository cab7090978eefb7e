import { loadDocModule } from '../doc/lazy';
import { loadRestoreModule } from '../domain/lazyRestore';
import { INSIGHTS_PATH } from '../ui/paths';
import { lazyModule } from './lazyPage';

// The journey pages load when first needed, so the library starts light; the service worker precaches
// them for offline use. The Yjs and restore modules every journey page opens its journey with are fetched
// with them: fetched by the page's first effect instead, they cost one more round trip before the first card.
const journeyPages = lazyModule(() =>
  Promise.all([import('./journeyPages'), loadDocModule(), loadRestoreModule()]).then(([pages]) => pages),
);
/** A journey's route: the editor, which stays mounted under the presentation (JourneyPage.tsx). */
export const JourneyRoute = journeyPages.page((m) => m.JourneyPage);
export const PresentRoute = journeyPages.page((m) => m.PresentPage);
const preloadJourneyPages = journeyPages.preload;

// The insights page reads every journey and brings its own code (and, on export, jsPDF): never in the first
// screen's bundle.
const insightsPage = lazyModule(() => import('../library/insights/InsightsPage'));
export const InsightsRoute = insightsPage.page((m) => m.InsightsPage);

// The trash and the page a share link opens are not the start page: their code loads when they are visited.
const trashPage = lazyModule(() => import('../library/TrashPage'));
export const TrashRoute = trashPage.page((m) => m.TrashPage);
const joinPage = lazyModule(() => import('../library/JoinPage'));
export const JoinRoute = joinPage.page((m) => m.JoinPage);

/** Loads the code of the page at `path` before the first render: a page opened from its URL never waits. */
export function preloadPagesFor(path: string): Promise<unknown> {
  if (path.startsWith('/journey/')) return preloadJourneyPages();
  if (path === INSIGHTS_PATH) return insightsPage.preload();
  if (path === '/trash') return trashPage.preload();
  if (path === '/join') return joinPage.preload();
  return Promise.resolve();
}

/**
 * Loads the insights page's code as soon as the pointer or the focus reaches a link to it, so the click
 * seldom waits for it (the page's data is read from the click on: insightsReadAhead.ts), with `alsoLoad`
 * (the services the page reads through).
 */
export function preloadInsightsPageOnIntent(alsoLoad: () => Promise<unknown> = () => Promise.resolve()): void {
  const onIntent = (event: Event) => {
    if (!(event.target instanceof Element) || !event.target.closest(`a[href="${INSIGHTS_PATH}"]`)) return;
    document.removeEventListener('pointerover', onIntent);
    document.removeEventListener('focusin', onIntent);
    void Promise.all([insightsPage.preload(), alsoLoad()]).catch(() => {});
  };
  document.addEventListener('pointerover', onIntent);
  document.addEventListener('focusin', onIntent);
}

/** What leads to a journey page: links to one, and buttons marked data-opens-journey (new, templates). */
const OPENS_JOURNEY = 'a[href^="/journey/"], [data-opens-journey]';

/**
 * Loads the journey pages' code ahead of a click, with `alsoLoad` (the services they need): as soon as the
 * pointer or the focus reaches something that opens a journey, and otherwise once the start page has
 * settled and the browser is idle. A page whose code is fetched on the click shows nothing for a moment
 * (React holds it back up to 300 ms).
 */
export function preloadJourneyPagesAhead(
  alsoLoad: () => Promise<unknown> = () => Promise.resolve(),
  idleAfterMs = 2000,
): void {
  let done = false;
  const preload = () => {
    if (done) return;
    done = true;
    document.removeEventListener('pointerover', onIntent);
    document.removeEventListener('focusin', onIntent);
    void Promise.all([preloadJourneyPages(), alsoLoad()]).catch(() => {});
  };
  const onIntent = (event: Event) => {
    if (event.target instanceof Element && event.target.closest(OPENS_JOURNEY)) preload();
  };
  document.addEventListener('pointerover', onIntent);
  document.addEventListener('focusin', onIntent);
  setTimeout(() => {
    if ('requestIdleCallback' in window) requestIdleCallback(preload, { timeout: 3000 });
    else preload();
  }, idleAfterMs);
}
