import { describe, expect, it } from 'vitest';
import { blankPersona } from '../domain/blank';
import { journeyOrder } from '../domain/emotionCurve';
import type { Emotion, Journey } from '../domain/journey';
import { LOCALES } from '../domain/locale';
import { importMermaid } from '../domain/mermaid/importMermaid';
import { instantiateTemplate, TEMPLATES } from '../domain/templates';
import { meUno } from '../domain/templates/meUno';
import { journeyMermaid } from './mermaid';

const NOW = new Date('2025-05-06T07:08:09.000Z');

/** What a Mermaid round trip must keep: stage names, and per touchpoint in journey order its stage, title, emotion. */
function essence(journey: Journey) {
  const stageName = new Map(journey.stages.map((s) => [s.id, s.name]));
  return {
    name: journey.name,
    stages: journey.stages.map((s) => s.name),
    touchpoints: journeyOrder(journey).map((t) => [stageName.get(t.stageId), t.title, t.emotion]),
  };
}

function roundTrip(journey: Journey, options: Parameters<typeof journeyMermaid>[1] = {}) {
  const text = journeyMermaid(journey, options);
  const result = importMermaid(text, { now: NOW });
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.refusal)}\n${text}`);
  expect(result.journeys).toHaveLength(1);
  return { text, imported: result.journeys[0] };
}

const cases = TEMPLATES.flatMap((template) => LOCALES.map((locale) => ({ id: template.id, locale, template })));

describe.each(cases)('Mermaid export of template $id in $locale', ({ template, locale }) => {
  it('imports back with the same stages, touchpoint titles and emotions, and nothing to report', () => {
    const journey = instantiateTemplate(template, locale, NOW);
    const { imported } = roundTrip(journey);
    expect(essence(imported.journey)).toEqual(essence(journey));
    expect(imported.journey.description).toBe(journey.description);
    expect(imported.warnings).toEqual([]);
    expect(imported.repairs).toEqual([]);
  });

  it('names owning functions as actors when asked', () => {
    const journey = instantiateTemplate(template, locale, NOW);
    const { imported } = roundTrip(journey, { actors: 'function', locale });
    expect(essence(imported.journey)).toEqual(essence(journey));
    expect(imported.actors.length).toBeGreaterThan(1);
  });
});

describe('journeyMermaid', () => {
  it('writes the grammar Mermaid documents: header, title, sections, tasks with a 1..5 score', () => {
    const journey = instantiateTemplate(meUno, 'es', NOW);
    const lines = journeyMermaid(journey).split('\n');
    expect(lines[0]).toBe('journey');
    expect(lines[1]).toBe('  title Me uno');
    expect(lines).toContain('  section Me informo');
    expect(lines).toContain('    Veo un anuncio en redes: 3');
    expect(lines).toContain('    Comparo tarifas en la web: 4');
  });

  it("escapes what Mermaid's grammar cannot hold, and reads it back as written", () => {
    const journey = instantiateTemplate(meUno, 'en', NOW);
    const awkward = [
      'Call #1: 10:30; then wait',
      'Line one\nline two',
      '"Quoted" start',
      '50%% off <b>now</b>',
      'Section 3 of the form',
      'title of the deed',
      'journey planner',
      'accDescr: sneaky',
      'Fish & chips 🍟, ñandú',
      '#35; literal entity',
      '',
    ];
    const order = journeyOrder(journey);
    awkward.forEach((title, i) => {
      order[i].title = title;
    });
    journey.name = 'Me uno: #2; draft';
    journey.stages[0].name = 'Stage: one # of six';
    journey.stages[1].name = '';
    journey.description = 'Has } braces {\n%% not a comment\nand #hash; too';
    order[11].emotion = null;
    const { text, imported } = roundTrip(journey);
    expect(essence(imported.journey)).toEqual(essence(journey));
    expect(imported.journey.description).toBe(journey.description);
    expect(imported.warnings).toEqual([]);
    // Nothing Mermaid reads as a comment, a statement end or a field separator is left raw.
    const body = text.split('\n').filter((l) => !l.trim().startsWith('%% recorrido:'));
    expect(body.join('\n')).not.toMatch(/#(?!\d+;)|;(?<!#\d+;)|%%/);
    const tasks = body.slice(body.findIndex((l) => l.startsWith('  section'))).filter((l) => l.startsWith('    '));
    expect(tasks).toHaveLength(journey.touchpoints.length);
    expect(tasks.filter((l) => l.split(':').length !== 2)).toEqual([]);
  });

  it('keeps a touchpoint without emotion without one, and stages without touchpoints', () => {
    const journey = instantiateTemplate(meUno, 'es', NOW);
    journey.touchpoints[0].emotion = null;
    journey.stages.push({ id: 'empty-stage', name: 'Sin puntos', width: 300 });
    const { text, imported } = roundTrip(journey);
    expect(text).toContain('%% recorrido:no-emotion');
    expect(essence(imported.journey)).toEqual(essence(journey));
  });

  it('writes the personas as actors where one score says it, and imports them back', () => {
    const journey = instantiateTemplate(meUno, 'es', NOW);
    const ana = blankPersona({ name: 'Ana, autónoma' });
    const luis = blankPersona({ name: 'Luis' });
    journey.personas = [{ ...journey.personas[0], name: 'Cliente' }, ana, luis];
    const [first, second, third] = journeyOrder(journey);
    const emotions = new Map<string, Record<string, Emotion>>([
      [first.id, { [ana.id]: first.emotion!, [luis.id]: first.emotion! }],
      // Luis feels otherwise here: one score cannot say it, so only Ana is named.
      [second.id, { [ana.id]: second.emotion!, [luis.id]: second.emotion === 2 ? 1 : 2 }],
    ]);
    journey.touchpoints = journey.touchpoints.map((t) => ({ ...t, personaEmotions: emotions.get(t.id) ?? {} }));
    const { text, imported } = roundTrip(journey);
    expect(text).toContain(`    ${first.title}: ${first.emotion! + 3}: Cliente, Ana#44; autónoma, Luis\n`);
    expect(text).toContain(`    ${second.title}: ${second.emotion! + 3}: Cliente, Ana#44; autónoma\n`);
    expect(text).toContain(`    ${third.title}: ${third.emotion! + 3}: Cliente\n`);
    expect(essence(imported.journey)).toEqual(essence(journey));
    const back = imported.journey;
    expect(back.personas.map((p) => p.name)).toEqual(['Cliente', 'Ana, autónoma', 'Luis']);
    const byName = (t: Journey['touchpoints'][number]) =>
      Object.fromEntries(
        Object.entries(t.personaEmotions).map(([id, e]) => [back.personas.find((p) => p.id === id)!.name, e]),
      );
    const [a, b, c] = journeyOrder(back);
    expect([byName(a), byName(b), byName(c)]).toEqual([
      { 'Ana, autónoma': first.emotion, Luis: first.emotion },
      { 'Ana, autónoma': second.emotion },
      {},
    ]);
  });

  it('names no persona when the main one has no name, or there is only one', () => {
    const journey = instantiateTemplate(meUno, 'es', NOW);
    journey.personas = [{ ...journey.personas[0], name: '' }, blankPersona({ name: 'Ana' })];
    expect(journeyMermaid(journey)).not.toMatch(/: \d: /);
    journey.personas = [{ ...journey.personas[0], name: 'Cliente' }];
    expect(journeyMermaid(journey)).not.toMatch(/: \d: /);
  });
});
