import type { CustomVocabularyEntry, Emotion } from './journey';
import type { Locale, LocalizedText } from './locale';

/** Icon keys the UI knows how to draw; custom entries pick from these too. */
export const ICON_KEYS = [
  'store',
  'phone',
  'user',
  'wrench',
  'globe',
  'smartphone',
  'share',
  'bot',
  'messages',
  'mail',
  'voicemail',
  'sms',
  'qr',
  'letter',
  'megaphone',
  'handshake',
  'headset',
  'lightbulb',
  'folder',
  'tag',
] as const;
export type IconKey = (typeof ICON_KEYS)[number];

export type ChannelFamily = 'personal' | 'digital' | 'assisted' | 'other' | 'custom';

export interface BuiltInChannel {
  id: string;
  family: Exclude<ChannelFamily, 'custom'>;
  label: LocalizedText;
  icon: IconKey;
}

export interface BuiltInFunction {
  id: string;
  label: LocalizedText;
  icon: IconKey;
  color: string;
  /**
   * Works behind the line of visibility: the customer meets its results, never the team. Fixed for the
   * built-in functions (the journey format has no place to override them); a team's own functions carry
   * their own flag, editable in the journey settings.
   */
  backstage: boolean;
}

export const CHANNEL_FAMILY_LABELS: Record<ChannelFamily, LocalizedText> = {
  personal: { es: 'Personal', en: 'Personal' },
  digital: { es: 'Digital', en: 'Digital' },
  assisted: { es: 'Digital asistido', en: 'Assisted digital' },
  other: { es: 'Otros', en: 'Other' },
  custom: { es: 'Propios', en: 'Your own' },
};

export const CHANNEL_FAMILY_COLORS: Record<ChannelFamily, string> = {
  personal: '#b45309',
  digital: '#1d4ed8',
  assisted: '#7c3aed',
  other: '#475569',
  custom: '#0f766e',
};

export const BUILT_IN_CHANNELS: readonly BuiltInChannel[] = [
  { id: 'store', family: 'personal', icon: 'store', label: { es: 'Tienda / sucursal', en: 'Store / branch' } },
  { id: 'call-centre', family: 'personal', icon: 'headset', label: { es: 'Centro de llamadas', en: 'Call centre' } },
  { id: 'sales-advisor', family: 'personal', icon: 'user', label: { es: 'Asesor comercial', en: 'Sales advisor' } },
  { id: 'field-service', family: 'personal', icon: 'wrench', label: { es: 'Servicio en campo', en: 'Field service' } },
  { id: 'web', family: 'digital', icon: 'globe', label: { es: 'Web', en: 'Website' } },
  { id: 'app', family: 'digital', icon: 'smartphone', label: { es: 'App', en: 'App' } },
  { id: 'social', family: 'digital', icon: 'share', label: { es: 'Redes sociales', en: 'Social networks' } },
  {
    id: 'chatbot',
    family: 'digital',
    icon: 'bot',
    label: { es: 'Chatbot / autoservicio', en: 'Chatbot / self-service' },
  },
  {
    id: 'agent-chat',
    family: 'assisted',
    icon: 'messages',
    label: { es: 'Chat con agente', en: 'Chat with an agent' },
  },
  { id: 'email', family: 'assisted', icon: 'mail', label: { es: 'Correo electrónico', en: 'E-mail' } },
  { id: 'ivr', family: 'other', icon: 'voicemail', label: { es: 'IVR', en: 'IVR' } },
  { id: 'sms', family: 'other', icon: 'sms', label: { es: 'SMS', en: 'SMS' } },
  { id: 'qr', family: 'other', icon: 'qr', label: { es: 'Código QR', en: 'QR code' } },
  { id: 'letter', family: 'other', icon: 'letter', label: { es: 'Carta', en: 'Letter' } },
];

export const BUILT_IN_FUNCTIONS: readonly BuiltInFunction[] = [
  // Marketing, sales and care face the customer; product development and the back-office work unseen.
  {
    id: 'marketing',
    icon: 'megaphone',
    color: '#db2777',
    backstage: false,
    label: { es: 'Marketing', en: 'Marketing' },
  },
  { id: 'sales', icon: 'handshake', color: '#ea580c', backstage: false, label: { es: 'Ventas', en: 'Sales' } },
  {
    id: 'customer-care',
    icon: 'headset',
    color: '#0891b2',
    backstage: false,
    label: { es: 'Atención al cliente', en: 'Customer care' },
  },
  {
    id: 'product',
    icon: 'lightbulb',
    color: '#65a30d',
    backstage: true,
    label: { es: 'Desarrollo de producto', en: 'Product development' },
  },
  {
    id: 'back-office',
    icon: 'folder',
    color: '#6d28d9',
    backstage: true,
    label: { es: 'Back-office', en: 'Back-office' },
  },
];

/** Colours given in turn to a team's own channels and functions (settings panel, imports), distinct from the built-in functions' colours. */
export const CUSTOM_ENTRY_COLORS: readonly string[] = [
  '#0f766e',
  '#0369a1',
  '#9333ea',
  '#be123c',
  '#4d7c0f',
  '#b45309',
  '#334155',
];

export const EMOTION_LABELS: Record<Emotion, LocalizedText> = {
  [-2]: { es: 'Lo odio', en: 'I hate it' },
  [-1]: { es: 'No me gusta', en: "I don't like it" },
  [0]: { es: 'Me da igual', en: "I don't mind" },
  [1]: { es: 'Me gusta', en: 'I like it' },
  [2]: { es: '¡Wow!', en: 'Wow!' },
};

/** A channel or function resolved for display, whether built in or the team's own. */
export interface ResolvedVocabularyEntry {
  id: string;
  label: string;
  icon: string;
  color: string;
  /** Set for channels only. */
  family?: ChannelFamily;
  /** Set for functions only: it works behind the line of visibility. */
  backstage?: boolean;
}

function fromCustom(entry: CustomVocabularyEntry, family?: ChannelFamily): ResolvedVocabularyEntry {
  // Only a function stands in front of or behind the line of visibility; a channel's flag means nothing.
  const { backstage, ...rest } = entry;
  return family ? { ...rest, family } : { ...rest, backstage };
}

/** Every channel a journey can use, built-in first, labelled in the given language. */
export function channelsOf(
  journey: { customChannels: readonly CustomVocabularyEntry[] },
  locale: Locale,
): ResolvedVocabularyEntry[] {
  return [
    ...BUILT_IN_CHANNELS.map((c) => ({
      id: c.id,
      label: c.label[locale],
      icon: c.icon,
      color: CHANNEL_FAMILY_COLORS[c.family],
      family: c.family,
    })),
    ...journey.customChannels.map((c) => fromCustom(c, 'custom')),
  ];
}

/** Every owning function a journey can use, built-in first, labelled in the given language. */
export function functionsOf(
  journey: { customFunctions: readonly CustomVocabularyEntry[] },
  locale: Locale,
): ResolvedVocabularyEntry[] {
  return [
    ...BUILT_IN_FUNCTIONS.map((f) => ({
      id: f.id,
      label: f.label[locale],
      icon: f.icon,
      color: f.color,
      backstage: f.backstage,
    })),
    ...journey.customFunctions.map((f) => fromCustom(f)),
  ];
}

/** Looks an id up among a resolved list; undefined when the id is unknown or null. */
export function findEntry(
  entries: readonly ResolvedVocabularyEntry[],
  id: string | null,
): ResolvedVocabularyEntry | undefined {
  return id === null ? undefined : entries.find((e) => e.id === id);
}
