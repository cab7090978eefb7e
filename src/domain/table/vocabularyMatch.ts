import type { CustomVocabularyEntry } from '../journey';
import { foldLabel, slugOf } from '../import/fold';
import { LOCALES } from '../locale';
import {
  BUILT_IN_CHANNELS,
  BUILT_IN_FUNCTIONS,
  CUSTOM_ENTRY_COLORS,
  type BuiltInChannel,
  type BuiltInFunction,
} from '../vocabulary';

export type VocabularyKind = 'channel' | 'function';

/** Other names teams give the built-ins, folded; a name not here or in the labels becomes the team's own. */
const ALIASES: Record<VocabularyKind, Record<string, string>> = {
  channel: {
    tienda: 'store',
    sucursal: 'store',
    oficina: 'store',
    branch: 'store',
    store: 'store',
    shop: 'store',
    'call center': 'call-centre',
    'contact center': 'call-centre',
    'contact centre': 'call-centre',
    'centro de contacto': 'call-centre',
    'call centre': 'call-centre',
    telefono: 'call-centre',
    phone: 'call-centre',
    'sitio web': 'web',
    'pagina web': 'web',
    website: 'web',
    'aplicacion movil': 'app',
    'mobile app': 'app',
    redes: 'social',
    'social media': 'social',
    chatbot: 'chatbot',
    bot: 'chatbot',
    autoservicio: 'chatbot',
    'self service': 'chatbot',
    chat: 'agent-chat',
    'live chat': 'agent-chat',
    correo: 'email',
    email: 'email',
    mail: 'email',
    'e mail': 'email',
    qr: 'qr',
    'carta postal': 'letter',
    asesor: 'sales-advisor',
    tecnico: 'field-service',
    technician: 'field-service',
  },
  function: {
    mercadeo: 'marketing',
    comercial: 'sales',
    'atencion al cliente': 'customer-care',
    'servicio al cliente': 'customer-care',
    'customer service': 'customer-care',
    'customer care': 'customer-care',
    soporte: 'customer-care',
    support: 'customer-care',
    producto: 'product',
    product: 'product',
    backoffice: 'back-office',
    'back office': 'back-office',
    operaciones: 'back-office',
    operations: 'back-office',
  },
};

function builtInIndex(kind: VocabularyKind): Map<string, string> {
  const entries: readonly (BuiltInChannel | BuiltInFunction)[] =
    kind === 'channel' ? BUILT_IN_CHANNELS : BUILT_IN_FUNCTIONS;
  const index = new Map<string, string>();
  for (const entry of entries) {
    index.set(foldLabel(entry.id), entry.id);
    for (const locale of LOCALES) index.set(foldLabel(entry.label[locale]), entry.id);
  }
  for (const [alias, id] of Object.entries(ALIASES[kind])) if (!index.has(alias)) index.set(alias, id);
  return index;
}

const INDEX: Record<VocabularyKind, Map<string, string>> = {
  channel: builtInIndex('channel'),
  function: builtInIndex('function'),
};

/**
 * The built-in channel or function a name means, in Spanish or English ("Centro de llamadas", "Call
 * centre", "call-centre", "CORREO ELECTRÓNICO"), or undefined. Case, accents and punctuation are ignored.
 */
export function matchBuiltIn(kind: VocabularyKind, name: string): string | undefined {
  return INDEX[kind].get(foldLabel(name));
}

/**
 * Resolves names to vocabulary ids while reading a table: built-ins by matchBuiltIn, any other name to
 * one custom entry per distinct folded name (label as first written, icon `tag`, colours as the settings
 * panel gives them), with a
 * stable id `custom-<kind>-<slug>` so the same names always give the same ids.
 */
export class VocabularyCollector {
  readonly entries: CustomVocabularyEntry[] = [];
  private readonly byName = new Map<string, string>();

  constructor(private readonly kind: VocabularyKind) {}

  /**
   * The id for a name, and whether this call added a new custom entry (labelled `keep(label)`, e.g. the
   * label cut to the limit with the cut reported); null for an empty name.
   */
  resolve(name: string, keep: (label: string) => string = (label) => label): { id: string; added: boolean } | null {
    const label = name.trim().replace(/\s+/g, ' ');
    if (label === '') return null;
    const builtIn = matchBuiltIn(this.kind, label);
    if (builtIn) return { id: builtIn, added: false };
    const key = foldLabel(label) || label;
    const known = this.byName.get(key);
    if (known) return { id: known, added: false };
    const base = `custom-${this.kind}-${slugOf(label) || 'entry'}`;
    let id = base;
    for (let n = 2; this.entries.some((e) => e.id === id); n++) id = `${base}-${n}`;
    // The colours the settings panel gives new entries, in the same turn.
    const color = CUSTOM_ENTRY_COLORS[this.entries.length % CUSTOM_ENTRY_COLORS.length];
    this.entries.push({ id, label: keep(label), icon: 'tag', color, backstage: false });
    this.byName.set(key, id);
    return { id, added: true };
  }
}
