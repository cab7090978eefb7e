/**
 * Lets a lazily loaded part's stylesheet be fetched again after it failed. Vite's preload helper adds the
 * part's stylesheet as a <link> before importing its code. When that fetch fails (offline before the service
 * worker cached the app), the helper reports `Error('Unable to preload CSS for <url>')` in a
 * `vite:preloadError` event and never asks for that URL again in the page's life: the part, once its code
 * comes, would render unstyled. So the failed link is removed and its URL kept, and
 * refetchFailedStylesheets() adds the stylesheets back before every new load of a lazily loaded part
 * (lazyModule, retryableLazy): after CodeLoadBoundary's Try again, and on a page visited after an idle preload
 * failed.
 */
const failed = new Set<string>();

/** Listens for Vite's preload errors on `target` for the page's life; the errors themselves go on. */
export function forgetFailedStylesheets(target: Window = window): void {
  target.addEventListener('vite:preloadError', (event) => {
    const error = (event as Event & { payload?: unknown }).payload;
    const href = error instanceof Error ? /^Unable to preload CSS for (.+)$/.exec(error.message)?.[1] : undefined;
    if (!href) return;
    failed.add(href);
    for (const link of target.document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
      if (link.href === href) link.remove();
    }
  });
}

/** Adds back every stylesheet whose preload failed, once; they load as the network allows. */
export function refetchFailedStylesheets(doc: Document = document): void {
  for (const href of failed) {
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    // Still offline: kept for the next try.
    link.addEventListener('error', () => (failed.add(href), link.remove()), { once: true });
    doc.head.append(link);
  }
  failed.clear();
}
