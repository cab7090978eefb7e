// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CARD } from './card';
import { DELIVERED_COLOR, PERSONA_COLORS } from './colors';
import { CURVE } from './curve';
import {
  cssName,
  lookCss,
  presentProperties,
  screenPersonaLineColor,
  themeColor,
  themeProperties,
  themeSelector,
} from './css';
import { contrastRatio } from './ink';
import { LAYER_LOOK, visibilityDash } from './layers';
import { THEME_NAMES, THEMES } from './themes';

// Every stylesheet of the app, wherever it sits beside its component.
const stylesheets = (readdirSync(join(process.cwd(), 'src'), { recursive: true }) as string[])
  .filter((name) => name.endsWith('.css'))
  .map((name) => ({ name, text: readFileSync(join(process.cwd(), 'src', name), 'utf8') }));

/** Custom properties the stylesheets set themselves: aliases of tokens and per-element values set by React. */
const LOCAL =
  /^--(xy-|minimap-node$|owner-color$|owner-ink$|lane-color$|note-color$|layer-color$|cell-color$|emotion-color$|peer-color$|peer-ink$|series-color$)/;

describe('cssName', () => {
  it.each([
    ['bg', '', '--bg'],
    ['textMuted', '', '--text-muted'],
    ['surface2', '', '--surface-2'],
    ['stageBgOdd', '', '--stage-bg-odd'],
    ['accentInk', 'p-', '--p-accent-ink'],
  ])('writes %s (prefix "%s") as %s', (key, prefix, name) => {
    expect(cssName(key, prefix)).toBe(name);
  });
});

describe('the token stylesheet', () => {
  const css = lookCss();

  it('has one rule per theme and one for presentation mode', () => {
    expect(css).toContain(':root {');
    expect(css).toContain(":root[data-theme='dark'] {");
    expect(css).toContain(":root[data-theme='projector'] {");
    expect(css).toContain('.present {');
  });

  it('writes every theme colour, shadow and length under its theme', () => {
    for (const theme of THEME_NAMES) {
      const rule = css.slice(css.indexOf(`${themeSelector(theme)} {`)).split('}')[0];
      for (const [key, value] of Object.entries(THEMES[theme].colors))
        expect(rule).toContain(`${cssName(key)}: ${value};`);
      expect(rule).toContain(`--shadow: ${THEMES[theme].shadow};`);
      expect(rule).toContain(`--card-border-width: ${THEMES[theme].cardBorderWidth}px;`);
    }
    expect(themeProperties('light')['--bg']).toBe('#f6f7f9');
    expect(themeProperties('dark')['--bg']).toBe('#0f172a');
    expect(presentProperties()['--p-accent-ink']).toBe('#042f2e');
  });

  it('writes the card and curve metrics as lengths, larger card type on a projector', () => {
    const light = themeProperties('light');
    expect(light['--card-width']).toBe(`${CARD.width}px`);
    expect(light['--card-title-size']).toBe('14px');
    expect(light['--card-title-leading']).toBe('1.3');
    expect(light['--curve-line-width']).toBe(`${CURVE.lineWidth}px`);
    expect(themeProperties('projector')['--card-title-size']).toBe('16px');
  });

  it("writes the layered blueprint's look (layers.ts) for the canvas: washes, theme colours, the dash", () => {
    const light = themeProperties('light');
    expect(light['--layer-row-wash']).toBe(`${LAYER_LOOK.rowWash * 100}%`);
    expect(light['--layer-strip-color']).toBe('var(--accent)');
    expect(light['--visibility-color']).toBe('var(--text)');
    expect([light['--visibility-dash'], light['--visibility-dash-gap']]).toEqual(
      visibilityDash(LAYER_LOOK.visibility.lineWidth).map((n) => `${n}px`),
    );
    expect(light['--note-line']).toBe(`${LAYER_LOOK.note.line}px`);
  });

  it('gives every theme the same set of properties', () => {
    const names = Object.keys(themeProperties('light')).sort();
    for (const theme of THEME_NAMES) expect(Object.keys(themeProperties(theme)).sort()).toEqual(names);
  });

  it('defines every custom property the stylesheets read', () => {
    expect(stylesheets.length).toBeGreaterThan(20);
    const defined = new Set([...Object.keys(themeProperties('light')), ...Object.keys(presentProperties())]);
    for (const { name, text } of stylesheets) {
      const read = [...text.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]);
      const missing = [...new Set(read)].filter((property) => !defined.has(property) && !LOCAL.test(property));
      expect(missing, name).toEqual([]);
    }
  });

  it('is the only place token values are set: the stylesheets only alias them', () => {
    for (const { name, text } of stylesheets) {
      const set = [...text.matchAll(/^\s*(--[\w-]+)\s*:/gm)]
        .map((m) => m[1])
        .filter((property) => !LOCAL.test(property));
      expect(set, name).toEqual([]);
    }
  });
});

describe('the themes', () => {
  it.each(THEME_NAMES)('%s: text and its pairs reach WCAG AA contrast', (theme) => {
    const c = THEMES[theme].colors;
    const pairs: [string, string][] = [
      [c.text, c.bg],
      [c.text, c.surface],
      [c.textMuted, c.surface],
      [c.accentContrast, c.accent],
      [c.dangerContrast, c.danger],
      [c.toastText, c.toastBg],
      [c.errorText, c.errorBg],
      [c.infoText, c.infoBg],
    ];
    for (const [ink, paper] of pairs)
      expect(contrastRatio(ink, paper), `${ink} on ${paper}`).toBeGreaterThanOrEqual(4.5);
  });

  /** `top` painted at `opacity` over `bottom`, both #rrggbb: the colour the eye gets. */
  const over = (top: string, bottom: string, opacity: number) => {
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const [a, b] = [rgb(top), rgb(bottom)];
    return `#${a
      .map((v, i) =>
        Math.round(v * opacity + b[i] * (1 - opacity))
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
  };

  it.each(THEME_NAMES)(
    '%s: the delivered line reads at 3:1 on the curve band and the legend (WCAG 1.4.11)',
    (theme) => {
      const c = THEMES[theme].colors;
      // The band is the surface, a little translucent over the page; the line is drawn at the series' opacity.
      const band = over(c.surface, c.bg, CURVE.bandOpacity);
      for (const ground of [band, c.surface]) {
        const line = over(c.delivered, ground, CURVE.series.opacity);
        expect(contrastRatio(line, ground), `${c.delivered} on ${ground}`).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it.each(THEME_NAMES)(
    '%s: every persona line, lightened as the screen draws it, reads at 3:1 on the curve band and the legend',
    (theme) => {
      const c = THEMES[theme].colors;
      const band = over(c.surface, c.bg, CURVE.bandOpacity);
      // color-mix(in srgb, colour, white N%): each channel moved N% of the way to white.
      const lift = THEMES[theme].personaLineLift;
      const lifted = (color: string) => over('#ffffff', color, lift);
      for (const color of PERSONA_COLORS)
        for (const ground of [band, c.surface]) {
          const line = over(lifted(color), ground, CURVE.series.opacity);
          expect(contrastRatio(line, ground), `${color} on ${ground}`).toBeGreaterThanOrEqual(3);
        }
      expect(themeProperties(theme)['--persona-line-lift']).toBe(`${Math.round(lift * 100)}%`);
    },
  );

  it('mixes white into a persona line on screen by the theme’s share, none in the light theme', () => {
    expect(THEMES.light.personaLineLift).toBe(0);
    expect(screenPersonaLineColor('#2563eb')).toBe('color-mix(in srgb, #2563eb, white var(--persona-line-lift))');
  });

  it('draws the delivered line in the exports’ dark slate in the light theme only, as var(--delivered)', () => {
    expect(THEMES.light.colors.delivered).toBe(DELIVERED_COLOR);
    expect(THEMES.dark.colors.delivered).not.toBe(DELIVERED_COLOR);
    expect(THEMES.projector.colors.delivered).not.toBe(DELIVERED_COLOR);
    expect(themeColor('delivered')).toBe('var(--delivered)');
    expect(themeProperties('dark')['--delivered']).toBe(THEMES.dark.colors.delivered);
  });
});
