import type { Emotion, Journey, Touchpoint } from '../journey';
import { createId } from '../ids';
import { blankJourney, blankPersona, blankTouchpoint } from '../blank';
import { STAGE_DEFAULT_WIDTH, slotInStage } from '../layout';
import type { Locale, LocalizedText } from '../locale';
import type { TemplateId } from './catalog';

export type { TemplateId } from './catalog';

export interface TemplateTouchpoint {
  /** Key used by the template's connections; not kept in the journey. */
  key: string;
  /** Index into the template's stages. */
  stage: number;
  title: LocalizedText;
  description: LocalizedText;
  /** A built-in channel id (see vocabulary.ts). */
  channelId: string;
  /** A built-in function id (see vocabulary.ts). */
  functionId: string;
  emotion: Emotion | null;
  momentOfTruth?: boolean;
  painPoint?: boolean;
  painNote?: LocalizedText;
  notes?: LocalizedText;
}

export interface TemplateConnection {
  from: string;
  to: string;
  label?: LocalizedText;
}

/** A realistic journey written in every shipped language. */
export interface JourneyTemplate {
  id: TemplateId;
  name: LocalizedText;
  description: LocalizedText;
  /** The journey's persona: a short name and who they are. */
  persona: { name: LocalizedText; description: LocalizedText };
  stages: LocalizedText[];
  touchpoints: TemplateTouchpoint[];
  connections: TemplateConnection[];
}

/** Builds a new journey from a template, its copy in the given language. */
export function instantiateTemplate(template: JourneyTemplate, locale: Locale, now: Date = new Date()): Journey {
  const stages = template.stages.map((name) => ({ id: createId(), name: name[locale], width: STAGE_DEFAULT_WIDTH }));
  const idByKey = new Map<string, string>();
  const rowsPerStage = new Map<number, number>();
  const touchpoints: Touchpoint[] = template.touchpoints.map((t) => {
    const id = createId();
    idByKey.set(t.key, id);
    const row = rowsPerStage.get(t.stage) ?? 0;
    rowsPerStage.set(t.stage, row + 1);
    const stageId = stages[t.stage].id;
    return blankTouchpoint({
      id,
      title: t.title[locale],
      description: t.description[locale],
      stageId,
      channelId: t.channelId,
      functionId: t.functionId,
      emotion: t.emotion,
      momentOfTruth: t.momentOfTruth ?? false,
      painPoint: t.painPoint ?? false,
      painNote: t.painNote?.[locale] ?? '',
      notes: t.notes?.[locale] ?? '',
      position: slotInStage(stages, stageId, row),
    });
  });
  const connections = template.connections.map((c) => {
    const from = idByKey.get(c.from);
    const to = idByKey.get(c.to);
    if (!from || !to) throw new Error(`Template ${template.id}: connection ${c.from} -> ${c.to} names an unknown key`);
    return { id: createId(), from, to, label: c.label?.[locale] ?? '' };
  });
  const stamp = now.toISOString();
  return blankJourney({
    name: template.name[locale],
    description: template.description[locale],
    personas: [
      blankPersona({ name: template.persona.name[locale], description: template.persona.description[locale] }),
    ],
    stages,
    touchpoints,
    connections,
    createdAt: stamp,
    updatedAt: stamp,
  });
}
