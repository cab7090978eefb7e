/**
 * The journey of issue 12: titles in the scripts the PDF once turned into question marks, labelled
 * connections (one a hand-off), a 5,000-character description, as a journey file the library imports.
 */
export const SCRIPTS = {
  polish: 'Zażółć gęślą jaźń',
  turkish: 'Şikâyet — İade ğ ı',
  greek: 'Παράπονο πελάτη',
  cyrillic: 'Жалоба клиента',
  cjk: '顧客の苦情 / 客户投诉',
  emoji: 'Pago rápido 🚀 😡→🤩',
  arabic: 'شكوى العميل',
  hebrew: 'תלונת לקוח',
} as const;

export const LINK_LABEL = 'me envía el enlace';
export const HANDOFF_LABEL = 'pasa a facturación';
/** A private-use character: no font but one made for it draws it. */
export const UNDRAWABLE_TITLE = 'Logo de la marca \uE000';
/** An Egyptian hieroglyph: assigned, but no font this machine installs draws it (the browser's own test). */
export const HIEROGLYPH_TITLE = 'Sello 𓀀';

const STAGE_WIDTH = 300;
const CARD_GAP = 168;

export function scriptsJourneyFile(options: { labels?: boolean; undrawable?: boolean } = {}) {
  const { labels = true, undrawable = false } = options;
  const now = '2025-03-04T10:00:00.000Z';
  const stages = ['Me quejo', 'Жалоба', '苦情'].map((name, i) => ({ id: `s${i}`, name, width: STAGE_WIDTH }));
  const titles: string[] = [...Object.values(SCRIPTS), ...(undrawable ? [UNDRAWABLE_TITLE, HIEROGLYPH_TITLE] : [])];
  const touchpoints = titles.map((title, i) => ({
    id: `t${i}`,
    title,
    description: i === 0 ? 'Frase larga. '.repeat(400).slice(0, 5000) : '',
    stageId: stages[i % 3].id,
    channelId: 'web',
    functionId: i === 1 ? 'sales' : 'customer-care',
    emotion: 0,
    momentOfTruth: false,
    painPoint: false,
    painNote: '',
    notes: '',
    position: { x: (i % 3) * STAGE_WIDTH + 30, y: 100 + Math.floor(i / 3) * CARD_GAP },
  }));
  const connections = [
    { id: 'c-link', from: 't0', to: 't4', label: labels ? LINK_LABEL : '' },
    { id: 'c-handoff', from: 't0', to: 't1', label: labels ? HANDOFF_LABEL : '' },
  ];
  return {
    format: 'recorrido.journey',
    version: 1,
    journey: {
      id: labels ? 'scripts' : 'scripts-unlabelled',
      name: labels ? 'Reclamaciones — Łódź' : 'Sin etiquetas',
      description: '',
      persona: '',
      stages,
      touchpoints,
      connections,
      customChannels: [],
      customFunctions: [],
      createdAt: now,
      updatedAt: now,
    },
  };
}
