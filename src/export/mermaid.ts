import { journeyOrder } from '../domain/emotionCurve';
import type { Journey, Touchpoint } from '../domain/journey';
import type { Locale } from '../domain/locale';
import { escapeMermaidText } from '../domain/mermaid/mermaidText';
import { NO_EMOTION_MARKER } from '../domain/mermaid/parseJourney';
import { findEntry, functionsOf } from '../domain/vocabulary';

export interface MermaidExportOptions {
  /**
   * Who each task names as its actors: the personas whose emotion the task's score is (the default, see
   * personaActors), nobody, or the touchpoint's owning function, labelled in `locale`, so Mermaid's legend
   * lists the functions involved.
   */
  actors?: 'personas' | 'none' | 'function';
  locale?: Locale;
}

/**
 * The journey as a Mermaid `journey` diagram: name -> `title`, description -> `accDescr { }`, each stage ->
 * a `section` (stages in order, empty ones too), each touchpoint in journey order -> a task with the score
 * emotion + 3 (1..5). Text is escaped where Mermaid's grammar cannot hold it (see escapeMermaidText).
 * A touchpoint without emotion gets Mermaid's required score as a neutral 3, after a `%%` comment line that
 * Mermaid skips and Recorrido's importer reads, so importing the export gives back the same stages,
 * touchpoint titles and emotions, and the personas named as actors with the emotions they share with the
 * main persona. Touchpoints whose stage is missing follow in a last, unnamed section.
 */
export function journeyMermaid(journey: Journey, options: MermaidExportOptions = {}): string {
  const functions = functionsOf(journey, options.locale ?? 'es');
  const personas = (options.actors ?? 'personas') === 'personas' ? personaActors(journey) : null;
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
      const names = owner ? [owner] : (personas?.(t) ?? []);
      const actors = names.length > 0 ? `: ${names.map((n) => escapeMermaidText(n, 'actor')).join(', ')}` : '';
      out.push(`    ${escapeMermaidText(t.title, 'task')}: ${score}${actors}`);
    }
  }
  return out.join('\n') + '\n';
}

/**
 * The personas to name as a task's actors, where Mermaid can say it faithfully: a task has one score, which
 * the importer gives to each actor named (the first actor of the diagram being the main persona). So a task
 * names the main persona and each other persona whose emotion there equals the main one's; a touchpoint
 * without the main persona's emotion names nobody. Null (no actors anywhere) when the journey has one
 * persona, when the main one is unnamed (another would become main on import) or when two share a name.
 */
function personaActors(journey: Journey): ((t: Touchpoint) => string[]) | null {
  const [main, ...others] = journey.personas.map((p) => ({ id: p.id, name: p.name.trim() }));
  const named = others.filter((p) => p.name !== '');
  const names = new Set([main?.name, ...named.map((p) => p.name)]);
  if (!main?.name || others.length === 0 || names.size !== named.length + 1) return null;
  return (t) =>
    t.emotion === null
      ? []
      : [main.name, ...named.filter((p) => t.personaEmotions[p.id] === t.emotion).map((p) => p.name)];
}

/** The Mermaid text as a downloadable .mmd file. */
export function mermaidBlob(journey: Journey, options: MermaidExportOptions = {}): Blob {
  return new Blob([journeyMermaid(journey, options)], { type: 'text/plain;charset=utf-8' });
}
