import { CARD, PROJECTOR_CARD_TYPE } from './card';
import { CURVE } from './curve';
import { LAYER_LOOK, visibilityDash } from './layers';
import {
  BODY_LEADING,
  FONT_STACK,
  PRESENT_COLORS,
  RADIUS,
  THEME_NAMES,
  THEMES,
  type ThemeColors,
  type ThemeName,
} from './themes';

/**
 * The design tokens as CSS custom properties, so the stylesheet reads the same definitions the PNG and PDF
 * exporters draw with. Pure text: src/ui/look.ts hands it to the document at start-up.
 */

/** A token's CSS name: `textMuted` → `--text-muted`, `surface2` → `--surface-2`, with a prefix if given. */
export function cssName(key: string, prefix = ''): string {
  return `--${prefix}${key.replace(/([a-z])([A-Z0-9])/g, '$1-$2').toLowerCase()}`;
}

const px = (value: number) => `${value}px`;

const percent = (wash: number) => `${Math.round(wash * 100)}%`;
const token = (name: string) => `var(${cssName(name)})`;

/**
 * A theme colour as the screen reads it, `var(--delivered)` for `delivered`: for colours drawn from React
 * that must follow the theme, where the exports take the light theme's value.
 */
export function themeColor(key: keyof ThemeColors): string {
  return token(key);
}

/**
 * A persona line's colour (PERSONA_COLORS, as the exports draw it) as the screen draws it: mixed with the
 * theme's share of white (ThemeLook.personaLineLift), so the dark themes get a lighter line.
 */
export function screenPersonaLineColor(color: string): string {
  return `color-mix(in srgb, ${color}, white var(--persona-line-lift))`;
}

/** The layered blueprint's look (layers.ts): washes as color-mix percentages, colours as their tokens. */
function layerProperties(): Record<string, string> {
  const { strip, label, visibility, note } = LAYER_LOOK;
  const [dash, gap] = visibilityDash(visibility.lineWidth);
  return {
    '--layer-row-wash': percent(LAYER_LOOK.rowWash),
    '--layer-strip-color': token(strip.color),
    '--layer-strip-wash': percent(strip.wash),
    '--layer-strip-edge': px(strip.edge),
    '--layer-strip-pad-x': px(strip.padX),
    '--layer-label-size': px(label.size),
    '--layer-label-weight': String(label.weight),
    '--visibility-color': token(visibility.color),
    '--visibility-line-width': px(visibility.lineWidth),
    '--visibility-dash': px(dash),
    '--visibility-dash-gap': px(gap),
    '--visibility-pad-x': px(visibility.padX),
    '--visibility-gap': px(visibility.gap),
    '--visibility-label-size': px(visibility.label.size),
    '--visibility-label-weight': String(visibility.label.weight),
    '--visibility-label-tracking': `${visibility.label.tracking}em`,
    '--visibility-label-transform': visibility.label.upperCase ? 'uppercase' : 'none',
    '--note-radius': px(note.radius),
    '--note-edge': px(note.edge),
    '--note-pad-x': px(note.padX),
    '--note-pad-y': px(note.padY),
    '--note-size': px(note.size),
    '--note-line': px(note.line),
    '--note-fill': token(note.fill),
    '--note-stroke': token(note.stroke),
  };
}

/**
 * Tokens every theme shares: type, corner radius, the card's box model, the emotion curve's metrics and the
 * layered blueprint's look.
 */
function sharedProperties(): Record<string, string> {
  return {
    ...layerProperties(),
    '--font': FONT_STACK,
    '--leading': String(BODY_LEADING),
    '--radius': px(RADIUS),
    '--card-width': px(CARD.width),
    '--card-min-height': px(CARD.minHeight),
    '--card-radius': px(CARD.radius),
    '--card-pad-x': px(CARD.padX),
    '--card-band-pad-x': px(CARD.band.padX),
    '--card-band-pad-y': px(CARD.band.padY),
    '--card-band-size': px(CARD.band.size),
    '--card-band-tracking': `${CARD.band.tracking}em`,
    '--card-band-leading': String(CARD.band.leading),
    '--card-badge': px(CARD.band.badge),
    '--card-badge-gap': px(CARD.band.badgeGap),
    '--card-title-pad-top': px(CARD.title.padTop),
    '--card-title-pad-bottom': px(CARD.title.padBottom),
    '--card-title-size': px(CARD.title.size),
    '--card-title-leading': String(CARD.title.leading),
    '--card-title-weight': String(CARD.title.weight),
    '--card-kpis-pad-bottom': px(CARD.kpis.padBottom),
    '--card-kpis-size': px(CARD.kpis.size),
    '--card-kpis-leading': String(CARD.kpis.leading),
    '--card-kpis-weight': String(CARD.kpis.weight),
    '--card-meta-pad-top': px(CARD.meta.padTop),
    '--card-meta-pad-bottom': px(CARD.meta.padBottom),
    '--card-meta-size': px(CARD.meta.size),
    '--card-meta-leading': String(CARD.meta.leading),
    '--card-meta-gap': px(CARD.meta.gap),
    '--card-meta-row-gap': px(CARD.meta.rowGap),
    '--curve-title-size': px(CURVE.titleSize),
    '--curve-label-size': px(CURVE.labelSize),
    '--curve-line-width': px(CURVE.lineWidth),
    '--curve-outline': px(CURVE.outline),
    '--curve-band-opacity': String(CURVE.bandOpacity),
    '--curve-guide-opacity': String(CURVE.guideOpacity),
    '--curve-stage-dash': CURVE.stageDash.join(' '),
    '--curve-guide-dash': CURVE.guideDash.join(' '),
    '--curve-series-width': px(CURVE.series.width),
    '--curve-series-opacity': String(CURVE.series.opacity),
  };
}

/** Every custom property of a theme, name to value: what `:root[data-theme=…]` holds. */
export function themeProperties(theme: ThemeName): Record<string, string> {
  const look = THEMES[theme];
  const properties: Record<string, string> = sharedProperties();
  for (const [key, value] of Object.entries(look.colors)) properties[cssName(key)] = value;
  properties['--shadow'] = look.shadow;
  properties['--focus-width'] = px(look.focusWidth);
  properties['--card-border-width'] = px(look.cardBorderWidth);
  properties['--persona-line-lift'] = percent(look.personaLineLift);
  if (theme === 'projector') {
    properties['--card-title-size'] = px(PROJECTOR_CARD_TYPE.titleSize);
    properties['--card-band-size'] = px(PROJECTOR_CARD_TYPE.bandSize);
    properties['--card-meta-size'] = px(PROJECTOR_CARD_TYPE.metaSize);
    properties['--card-kpis-size'] = px(PROJECTOR_CARD_TYPE.kpisSize);
  }
  return properties;
}

/** Presentation mode's palette as `--p-*` properties. */
export function presentProperties(): Record<string, string> {
  return Object.fromEntries(Object.entries(PRESENT_COLORS).map(([key, value]) => [cssName(key, 'p-'), value]));
}

/** The selector a theme's tokens apply under: light is the default, the others follow <html data-theme>. */
export function themeSelector(theme: ThemeName): string {
  return theme === 'light' ? ':root' : `:root[data-theme='${theme}']`;
}

function rule(selector: string, properties: Record<string, string>): string {
  const body = Object.entries(properties)
    .map(([name, value]) => `  ${name}: ${value};`)
    .join('\n');
  return `${selector} {\n${body}\n}`;
}

/** The whole token stylesheet: one rule per theme, then presentation mode's palette. */
export function lookCss(): string {
  return [
    ...THEME_NAMES.map((theme) => rule(themeSelector(theme), themeProperties(theme))),
    rule('.present', presentProperties()),
  ].join('\n');
}
