import { cardKpiText } from '../../domain/kpiCard';
import type { PdfModel } from './model';

/**
 * Every text of the journey the PDF may print, and its own words: what decides its font (text.ts).
 */
export function* printedTexts(model: PdfModel): Iterable<string> {
  const { journey } = model;
  yield journey.name;
  for (const persona of journey.personas) {
    yield persona.name;
    yield persona.description;
  }
  yield journey.description;
  for (const stage of journey.stages) yield stage.name;
  for (const t of journey.touchpoints) {
    yield t.title;
    yield t.description;
    yield t.notes;
    yield t.painNote;
    yield t.backstage;
    yield t.support;
    yield cardKpiText(t, model.locale);
    const channel = model.channelOf(t);
    if (channel) yield channel.label;
  }
  for (const lane of model.gridLanes) yield lane.label;
  for (const lane of model.lanes) yield lane.label;
  for (const c of journey.connections) yield c.label;
  for (const word of Object.values(model.strings)) if (typeof word === 'string') yield word;
  for (const o of journey.opportunities) yield o.title;
  for (const word of Object.values(model.measures)) {
    if (typeof word === 'string') yield word;
    else yield* Object.values(word);
  }
}
