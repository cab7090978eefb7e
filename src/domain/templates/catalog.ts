import type { LocalizedText } from '../locale';

export type TemplateId = 'me-uno' | 'me-quejo' | 'me-voy';

/** What the library lists of a template: its name, what it is about and its size. */
export interface TemplateCard {
  id: TemplateId;
  name: LocalizedText;
  description: LocalizedText;
  /** How many stages and touchpoints a journey made from it has (templates.test.ts checks them). */
  stages: number;
  touchpoints: number;
}

/**
 * The templates as the library lists them, in the order it offers them. Their content (index.ts, which
 * builds journeys through the zod schemas) loads only when one is chosen, so the first screen stays light.
 */
export const TEMPLATE_CARDS: readonly TemplateCard[] = [
  {
    id: 'me-uno',
    name: { es: 'Me uno', en: 'I join' },
    description: {
      es: 'Alta de un cliente nuevo de fibra y móvil: desde el primer anuncio hasta la instalación y el uso de la app.',
      en: 'A new fibre and mobile customer signs up: from the first ad to installation and using the app.',
    },
    stages: 6,
    touchpoints: 18,
  },
  {
    id: 'me-quejo',
    name: { es: 'Me quejo', en: 'I complain' },
    description: {
      es: 'Un cliente reclama un cobro indebido en su factura: desde que lo detecta hasta que decide si sigue confiando.',
      en: 'A customer disputes a wrong charge on their bill: from spotting it to deciding whether to keep trusting the company.',
    },
    stages: 6,
    touchpoints: 16,
  },
  {
    id: 'me-voy',
    name: { es: 'Me voy', en: 'I leave' },
    description: {
      es: 'Un cliente cansado de las subidas de precio se da de baja: desde que lo decide hasta después de irse.',
      en: 'A customer tired of price rises cancels: from making the decision to life after leaving.',
    },
    stages: 7,
    touchpoints: 18,
  },
];

/** The card of the template with the given id. */
export function templateCard(id: TemplateId): TemplateCard {
  const card = TEMPLATE_CARDS.find((c) => c.id === id);
  if (!card) throw new Error(`No template ${id}`);
  return card;
}
