import { lookCss, presentProperties, themeProperties } from '../domain/look/css';
import { isTheme, onThemeChange } from './theme';

const installed = new WeakSet<Document>();

/** True where a document takes constructed stylesheets (not jsdom, not Safari before 16.4). */
function adoptsStyleSheets(doc: Document): boolean {
  const view = doc.defaultView;
  return 'adoptedStyleSheets' in doc && !!view && 'replaceSync' in view.CSSStyleSheet.prototype;
}

/**
 * Gives the document the design tokens of src/domain/look as CSS custom properties, once, at start-up, so
 * the stylesheet's `var(--…)` read the same definitions the PNG and PDF exporters draw with.
 *
 * The built app's Content-Security-Policy (`style-src 'self'`) refuses inline <style> elements, but not
 * the CSSOM: a constructed stylesheet, adopted by the document, holds a rule per theme and theme switches
 * stay a matter of <html data-theme>. Where documents cannot adopt stylesheets, the current theme's
 * tokens are set on <html> with style.setProperty and rewritten on every theme change.
 */
export function installLook(doc: Document = document): void {
  if (installed.has(doc)) return;
  installed.add(doc);
  if (adoptsStyleSheets(doc)) {
    const sheet = new doc.defaultView!.CSSStyleSheet();
    sheet.replaceSync(lookCss());
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return;
  }
  const root = doc.documentElement;
  const write = () => {
    const theme = isTheme(root.dataset.theme) ? root.dataset.theme : 'light';
    for (const [name, value] of Object.entries({ ...themeProperties(theme), ...presentProperties() })) {
      root.style.setProperty(name, value);
    }
  };
  write();
  onThemeChange(write);
}
