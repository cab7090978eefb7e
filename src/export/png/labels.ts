import type { Locale } from '../../domain/locale';
import { en, type Catalog } from '../../i18n/en';
import { es } from '../../i18n/es';

const CATALOGS: Record<Locale, Catalog> = { en, es };

/** The UI's own words for what a card or header shows when a field is empty, in one language. */
export interface MapLabels {
  untitled: string;
  noChannel: string;
  noFunction: string;
  noEmotion: string;
  unnamedStage: string;
  curveTitle: string;
}

/** Labels from the app's catalogs, so the image says exactly what the screen says. */
export function mapLabels(locale: Locale): MapLabels {
  const c = CATALOGS[locale];
  return {
    untitled: c.touchpoint.untitled,
    noChannel: c.touchpoint.noChannel,
    noFunction: c.touchpoint.noFunction,
    noEmotion: c.touchpoint.noEmotion,
    unnamedStage: c.stage.unnamed,
    curveTitle: c.curve.title,
  };
}
