import { Component, lazy, Suspense, type ReactNode } from 'react';
import userEvent from '@testing-library/user-event';
import { render, screen } from '@testing-library/react';
import { initI18n } from '../i18n/i18n';
import { startEn } from '../i18n/start.en';
import { CodeLoadBoundary, isCodeLoadError } from './CodeLoadBoundary';
import { retryableLazy } from './retryableLazy';

const CHUNK_MISSING = 'Failed to fetch dynamically imported module: http://127.0.0.1/assets/PasteDialog-x1.js';

/** A part whose code import fails with `message`. */
const failingPart = (message: string) => lazy(() => Promise.reject(new Error(message)));

/** Catches what the boundary lets through, as the app's root would crash on it. */
class Outer extends Component<{ children: ReactNode }, { error?: Error }> {
  state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    return this.state.error ? <p>crashed: {this.state.error.message}</p> : this.props.children;
  }
}

function Page({ part, resetKey }: { part: ReactNode; resetKey?: string }) {
  return (
    <Outer>
      <h1>The library</h1>
      <CodeLoadBoundary resetKey={resetKey}>
        <Suspense fallback={<p>loading</p>}>{part}</Suspense>
      </CodeLoadBoundary>
    </Outer>
  );
}

describe('CodeLoadBoundary', () => {
  beforeEach(() => initI18n('en', 'start'));

  it('shows why a part is missing and keeps the rest of the page; Try again fetches it again', async () => {
    let offline = true;
    const Dialog = retryableLazy(async () => {
      if (offline) throw new Error(CHUNK_MISSING);
      return { default: () => <p>the paste dialog</p> };
    });
    render(<Page part={<Dialog />} />);
    const alert = await screen.findByTestId('code-load-failed');
    expect(alert).toHaveTextContent('could not be loaded');
    expect(alert).toHaveTextContent('PasteDialog-x1.js');
    expect(screen.getByRole('heading', { name: 'The library' })).toBeVisible();

    offline = false;
    await userEvent.setup().click(screen.getByRole('button', { name: startEn.app.retry }));
    expect(await screen.findByText('the paste dialog')).toBeVisible();
    expect(screen.queryByTestId('code-load-failed')).toBeNull();
  });

  it('a part that failed under one boundary loads under the next one (a dialog opened again, a page revisited)', async () => {
    let offline = true;
    let loads = 0;
    const Dialog = retryableLazy(async () => {
      loads++;
      if (offline) throw new Error(CHUNK_MISSING);
      return { default: () => <p>the paste dialog</p> };
    });
    const { unmount } = render(<Page part={<Dialog />} />);
    await screen.findByTestId('code-load-failed');
    unmount();
    offline = false;
    render(<Page part={<Dialog />} />);
    expect(await screen.findByText('the paste dialog')).toBeVisible();
    const afterLoad = loads;
    render(<Page part={<Dialog />} />);
    expect(screen.getAllByText('the paste dialog')).toHaveLength(2);
    expect(loads).toBe(afterLoad);
  });

  it('lets any other error through untouched', async () => {
    const Broken = failingPart('Cannot read properties of undefined');
    render(<Page part={<Broken />} />);
    expect(await screen.findByText('crashed: Cannot read properties of undefined')).toBeVisible();
    expect(screen.queryByTestId('code-load-failed')).toBeNull();
  });

  it('shows the part again once its key changes (another page, another dialog)', async () => {
    const Missing = failingPart(CHUNK_MISSING);
    const { rerender } = render(<Page part={<Missing />} resetKey="/trash" />);
    await screen.findByTestId('code-load-failed');
    rerender(<Page part={<p>the library's list</p>} resetKey="/" />);
    expect(await screen.findByText("the library's list")).toBeVisible();
    expect(screen.queryByTestId('code-load-failed')).toBeNull();
  });

  it('knows the words Chromium, Firefox, Safari and Vite use for a missing chunk or stylesheet', () => {
    expect(isCodeLoadError(new Error(CHUNK_MISSING))).toBe(true);
    expect(isCodeLoadError(new TypeError('error loading dynamically imported module: /assets/a.js'))).toBe(true);
    expect(isCodeLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isCodeLoadError(new Error('Unable to preload CSS for http://127.0.0.1/assets/journey-x.css'))).toBe(true);
    expect(isCodeLoadError(new Error('Network request failed'))).toBe(false);
  });
});
