import type { ComparedField } from '../domain/versions/diff';
import type { CatalogKey } from './fixedT';

/**
 * The catalog key naming each field a comparison of versions looks at: the inspector's and the CSV's own
 * words for it, so the comparison says "Owning function" where the inspector does. kpiCost's label takes
 * the journey's `currency`.
 */
export const COMPARED_FIELD_KEYS: Record<ComparedField, CatalogKey> = {
  title: 'panels.inspector.title',
  description: 'panels.inspector.description',
  stageId: 'panels.inspector.stage',
  channelId: 'panels.inspector.channel',
  functionId: 'panels.inspector.function',
  emotion: 'panels.inspector.emotion',
  personaEmotions: 'versions.fields.personaEmotions',
  momentOfTruth: 'panels.inspector.momentOfTruth',
  painPoint: 'panels.inspector.painPoint',
  painNote: 'panels.inspector.painNote',
  notes: 'panels.inspector.notes',
  delivered: 'exported.csv.delivered',
  evidence: 'exported.csv.evidence',
  backstage: 'panels.measures.backstage',
  support: 'panels.measures.support',
  kpiNps: 'exported.csv.kpiNps',
  kpiCsat: 'exported.csv.kpiCsat',
  kpiCes: 'exported.csv.kpiCes',
  kpiFcr: 'exported.csv.kpiFcr',
  kpiVolume: 'exported.csv.kpiVolume',
  kpiCost: 'exported.csv.kpiCost',
};
