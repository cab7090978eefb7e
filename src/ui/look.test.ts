import { lookCss } from '../domain/look/css';
import { installLook } from './look';
import { applyTheme } from './theme';

describe('installLook', () => {
  it('adopts one constructed stylesheet of the tokens where the document takes them', () => {
    const doc = document.implementation.createHTMLDocument('look');
    // jsdom constructs stylesheets but cannot adopt them: give this document the property browsers have.
    Object.defineProperties(doc, {
      defaultView: { value: window },
      adoptedStyleSheets: { value: [], writable: true },
    });
    installLook(doc);
    installLook(doc);
    expect(doc.adoptedStyleSheets).toHaveLength(1);
    const rules = [...doc.adoptedStyleSheets[0].cssRules].map((r) => r.cssText);
    expect(rules.some((r) => r.startsWith(':root') && r.includes('--bg: #f6f7f9'))).toBe(true);
    expect(rules.length).toBe(lookCss().match(/\{/g)!.length);
    expect(doc.documentElement.style.getPropertyValue('--bg')).toBe('');
  });

  it('falls back to the current theme on <html> where it cannot adopt, following theme changes', () => {
    expect('adoptedStyleSheets' in document).toBe(false);
    const root = document.documentElement;
    applyTheme('light');
    installLook();
    expect(root.style.getPropertyValue('--bg')).toBe('#f6f7f9');
    expect(root.style.getPropertyValue('--card-width')).toBe('240px');
    expect(root.style.getPropertyValue('--p-bg')).toBe('#0b1020');
    applyTheme('dark');
    expect(root.style.getPropertyValue('--bg')).toBe('#0f172a');
    applyTheme('projector');
    expect(root.style.getPropertyValue('--card-title-size')).toBe('16px');
    applyTheme('light');
  });
});
