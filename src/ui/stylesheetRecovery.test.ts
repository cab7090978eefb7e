import { forgetFailedStylesheets, refetchFailedStylesheets } from './stylesheetRecovery';

/** Vite's event for a lazily loaded part that could not be preloaded. */
function preloadError(payload: unknown) {
  const event = new Event('vite:preloadError', { cancelable: true }) as Event & { payload?: unknown };
  event.payload = payload;
  return event;
}

const link = (href: string) => {
  const element = document.createElement('link');
  element.rel = 'stylesheet';
  element.href = href;
  document.head.append(element);
  return element;
};
const stylesheets = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];

describe('stylesheets whose preload failed', () => {
  beforeAll(() => forgetFailedStylesheets());
  afterEach(() => document.head.replaceChildren());

  it('are removed when they fail, and added back, once, when the part is tried again', () => {
    const failed = link('/assets/journey-abc.css');
    const other = link('/assets/start-def.css');
    window.dispatchEvent(preloadError(new Error(`Unable to preload CSS for ${failed.href}`)));
    expect(failed.isConnected).toBe(false);
    expect(other.isConnected).toBe(true);

    refetchFailedStylesheets();
    expect(stylesheets().map((l) => l.href)).toEqual([other.href, failed.href]);
    refetchFailedStylesheets();
    expect(stylesheets()).toHaveLength(2);
  });

  it('leave the document alone when a script failed, and let the error go on', () => {
    const sheet = link('/assets/journey-abc.css');
    const event = preloadError(new TypeError('Failed to fetch dynamically imported module: /assets/a.js'));
    window.dispatchEvent(event);
    expect(sheet.isConnected).toBe(true);
    expect(event.defaultPrevented).toBe(false);
    refetchFailedStylesheets();
    expect(stylesheets()).toEqual([sheet]);
  });
});
