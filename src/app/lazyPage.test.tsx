import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyModule } from './lazyPage';

const pages = { Editor: () => <p>The editor</p>, Present: () => <p>The presentation</p> };

describe('lazyModule', () => {
  it('shows the fallback while the code loads, then the page', async () => {
    let resolve!: (module: typeof pages) => void;
    const module = lazyModule(() => new Promise<typeof pages>((r) => (resolve = r)));
    const Editor = module.page((m) => m.Editor);
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Editor />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeInTheDocument();
    await act(async () => resolve(pages));
    expect(await screen.findByText('The editor')).toBeInTheDocument();
  });

  it('renders every page of the module at once, without a fallback, once one of them has loaded it', async () => {
    const module = lazyModule(() => Promise.resolve(pages));
    const Editor = module.page((m) => m.Editor);
    const Present = module.page((m) => m.Present);
    const { rerender } = render(
      <Suspense fallback={<p>Loading</p>}>
        <Editor />
      </Suspense>,
    );
    expect(await screen.findByText('The editor')).toBeInTheDocument();
    rerender(
      <Suspense fallback={<p>Loading</p>}>
        <Present />
      </Suspense>,
    );
    expect(screen.getByText('The presentation')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).not.toBeInTheDocument();
  });

  it('renders at once when preloaded before the first render', async () => {
    const module = lazyModule(() => Promise.resolve(pages));
    await module.preload();
    const Present = module.page((m) => m.Present);
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Present />
      </Suspense>,
    );
    expect(screen.getByText('The presentation')).toBeInTheDocument();
  });

  it('does not keep a failed load: a page asked for after a failed preload fetches its code again', async () => {
    let attempts = 0;
    const module = lazyModule(async () => {
      attempts++;
      if (attempts === 1) throw new Error('Failed to fetch dynamically imported module: /assets/journeyPages.js');
      return pages;
    });
    await expect(module.preload()).rejects.toThrow('Failed to fetch');
    const Editor = module.page((m) => m.Editor);
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Editor />
      </Suspense>,
    );
    expect(await screen.findByText('The editor')).toBeInTheDocument();
    expect(attempts).toBe(2);
  });
});
