import { lookCss, themeProperties } from '../domain/look/css';

/**
 * The app's design tokens (src/domain/look) on the participant page, whose stylesheet reads them like the
 * app's do. The theme follows the phone's light or dark setting: a phone has no header to pick one. Where a
 * document cannot adopt a constructed stylesheet (Safari before 16.4), the theme's tokens are set on <html>
 * instead, as src/ui/look.ts does for the app (which this page does not load: it brings React along).
 */
export function installParticipantLook(doc: Document = document): void {
  const root = doc.documentElement;
  const dark = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
  const view = doc.defaultView;
  const adopts = 'adoptedStyleSheets' in doc && !!view && 'replaceSync' in view.CSSStyleSheet.prototype;
  if (adopts) {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(lookCss());
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  }
  const apply = () => {
    const theme = dark?.matches ? 'dark' : 'light';
    root.dataset.theme = theme;
    if (!adopts)
      for (const [name, value] of Object.entries(themeProperties(theme))) root.style.setProperty(name, value);
  };
  apply();
  dark?.addEventListener?.('change', apply);
}
