import { lazy, type ComponentType } from 'react';

/**
 * A page whose code loads on demand, like React.lazy, that can also be loaded ahead: once `preload` has
 * resolved the page renders at once instead of suspending (React holds a suspended page back for up to
 * 300 ms before showing it, which an editor opened straight from its URL would pay on every start).
 */
export function lazyPage(load: () => Promise<ComponentType>) {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const preload = () =>
    (loading ??= load().then((page) => {
      loaded = page;
      return page;
    }));
  const Suspending = lazy(async () => ({ default: await preload() }));
  function Page() {
    const Loaded = loaded;
    return Loaded ? <Loaded /> : <Suspending />;
  }
  return { Page, preload };
}
