import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyPage } from './lazyPage';

const Editor = () => <p>The editor</p>;

describe('lazyPage', () => {
  it('shows the fallback while the code loads, then the page', async () => {
    let resolve!: (page: typeof Editor) => void;
    const { Page } = lazyPage(() => new Promise((r) => (resolve = r)));
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Page />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeInTheDocument();
    await act(async () => resolve(Editor));
    expect(await screen.findByText('The editor')).toBeInTheDocument();
  });

  it('renders at once, without a fallback, once preloaded', async () => {
    const { Page, preload } = lazyPage(() => Promise.resolve(Editor));
    await preload();
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Page />
      </Suspense>,
    );
    expect(screen.getByText('The editor')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).not.toBeInTheDocument();
  });
});
