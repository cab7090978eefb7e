import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A dialog whose code loads when it is first shown, not with the page that can open it: opening a journey
 * then fetches, parses and compiles none of the dialogs the editor may never show. `load` resolves to the
 * dialog component; until it has arrived (a few milliseconds from the app's own origin or its service
 * worker) nothing is drawn in its place, and the page around it never suspends.
 */
export function lazyDialog<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Loaded = lazy(async () => ({ default: await load() }));
  function LazyDialog(props: P) {
    return (
      <Suspense fallback={null}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  return LazyDialog;
}
