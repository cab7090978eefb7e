import type { ComponentType } from 'react';
import { retryableLazy } from '../ui/retryableLazy';
import { refetchFailedStylesheets } from '../ui/stylesheetRecovery';

/**
 * A module of pages whose code loads on demand, like React.lazy, that can also be loaded ahead: once the
 * module has arrived its pages render at once instead of suspending (React holds a suspended page back for
 * up to 300 ms before showing it, which a journey opened from its URL, or a move from the editor to the
 * presentation, would pay every time). A load that failed is not kept: the next preload or render fetches
 * again.
 */
export function lazyModule<M>(load: () => Promise<M>) {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  const preload = () =>
    (loading ??= (refetchFailedStylesheets(), load()).then(
      (module) => {
        loaded = module;
        return module;
      },
      (error: unknown) => {
        // Offline for a moment (an idle preload, say): the next asking must fetch again, not fail forever.
        loading = undefined;
        throw error;
      },
    ));

  /** One page of the module. */
  function page(pick: (module: M) => ComponentType) {
    const Suspending = retryableLazy(async () => ({ default: pick(await preload()) }));
    function Page() {
      const Loaded = loaded === undefined ? undefined : pick(loaded);
      return Loaded ? <Loaded /> : <Suspending />;
    }
    return Page;
  }
  return { page, preload };
}
