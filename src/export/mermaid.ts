import { journeyOrder } from '../domain/emotionCurve';
import type { Journey } from '../domain/journey';
import type { Locale } from '../domain/locale';
import { escapeMermaidText } from '../domain/mermaid/mermaidText';
import { NO_EMOTION_MARKER } from '../domain/mermaid/parseJourney';
import { findEntry, functionsOf } from '../domain/vocabulary';

export interface MermaidExportOptions {
  /**
   * Who each task names as its actors: nobody (the default), or the touchpoint's owning function, labelled
   * in `locale`, so Mermaid's legend lists the functions involved.
   */
  actors?: 'none' | 'function';
  locale?: Locale;
}

/**
 * The journey as a Mermaid `journey` diagram: name -> `title`, description -> `accDescr { }`, each stage ->
 * a `section` (stages in order, empty ones too), each touchpoint in journey order -> a task with the score
 * emotion + 3 (1..5). Text is escaped where Mermaid's grammar cannot hold it (see escapeMermaidText).
 * A touchpoint without emotion gets Mermaid's required score as a neutral 3, after a `%%` comment line that
 * Mermaid skips and Recorrido's importer reads, so importing the export gives back the same stages,
 * touchpoint titles and emotions. Touchpoints whose stage is missing follow in a last, unnamed section.
 */
export function journeyMermaid(journey: Journey, options: MermaidExportOptions = {}): string {
  const functions = functionsOf(journey, options.locale ?? 'es');
  const byStage = new Map<string, Journey['touchpoints']>();
  const orphans: Journey['touchpoints'] = [];
  const stageIds = new Set(journey.stages.map((s) => s.id));
  for (const t of journeyOrder(journey)) {
    if (!stageIds.has(t.stageId)) orphans.push(t);
    else byStage.set(t.stageId, [...(byStage.get(t.stageId) ?? []), t]);
  }
  const out = ['journey'];
  const name = escapeMermaidText(journey.name, 'title');
  if (name !== '') out.push(`  title ${name}`);
  if (journey.description.trim() !== '') {
    out.push('  accDescr {');
    for (const line of journey.description.trim().split(/\r\n?|\n/))
      out.push(`    ${escapeMermaidText(line, 'block')}`);
    out.push('  }');
  }
  const sections = journey.stages.map((s) => ({ name: s.name, touchpoints: byStage.get(s.id) ?? [] }));
  if (orphans.length) sections.push({ name: '', touchpoints: orphans });
  for (const section of sections) {
    out.push(`  section ${escapeMermaidText(section.name, 'section')}`);
    for (const t of section.touchpoints) {
      if (t.emotion === null) out.push(`    ${NO_EMOTION_MARKER}`);
      const score = (t.emotion ?? 0) + 3;
      const owner = options.actors === 'function' ? findEntry(functions, t.functionId)?.label : undefined;
      const actors = owner ? `: ${escapeMermaidText(owner, 'actor')}` : '';
      out.push(`    ${escapeMermaidText(t.title, 'task')}: ${score}${actors}`);
    }
  }
  return out.join('\n') + '\n';
}

/** The Mermaid text as a downloadable .mmd file. */
export function mermaidBlob(journey: Journey, options: MermaidExportOptions = {}): Blob {
  return new Blob([journeyMermaid(journey, options)], { type: 'text/plain;charset=utf-8' });
}
