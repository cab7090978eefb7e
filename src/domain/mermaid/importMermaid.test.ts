import { describe, expect, it } from 'vitest';
import { journeyOrder } from '../emotionCurve';
import { toJourneyFile } from '../format';
import { slotInStage } from '../layout';
import { LIMITS } from '../limits';
import { restoreJourney } from '../restore';
import { importMermaid, importMermaidBytes } from './importMermaid';
import { findMermaidBlocks } from './mermaidSource';

const NOW = new Date('2025-05-06T07:08:09.000Z');

const MARKDOWN = `# Our journeys

Some prose, and a code sample that is not a diagram:

\`\`\`js
const journey = 'not this one';
\`\`\`

\`\`\`mermaid
journey
  title Me uno
  section Me informo
    Veo un anuncio: 3: Cliente
    Comparo tarifas: 4: Cliente, Comercial
\`\`\`

A flowchart in between:

~~~mermaid
flowchart LR
  A --> B
~~~

  \`\`\`Mermaid
  journey
    title Me quejo
    section Llamo
      Espero en la línea: 1: Cliente
  \`\`\`
`;

describe('findMermaidBlocks', () => {
  it('finds each mermaid fence with the line it starts on, and ignores other fences', () => {
    const blocks = findMermaidBlocks(MARKDOWN);
    expect(blocks.map((b) => [b.origin, b.firstLine, b.text.split('\n')[0]])).toEqual([
      ['markdown', 10, 'journey'],
      ['markdown', 20, 'flowchart LR'],
      ['markdown', 25, 'journey'],
    ]);
  });

  it('unwraps <div class="mermaid"> and <pre class="mermaid">, decoding HTML entities', () => {
    const html = `<html><body>\n<div class="diagram mermaid">\n    journey\n      section A &amp; B\n        Pago &lt;web&gt;: 4\n</div>\n<pre class='mermaid'>journey\nsection C\nx: 2</pre></body></html>`;
    const blocks = findMermaidBlocks(html);
    expect(blocks.map((b) => [b.origin, b.firstLine])).toEqual([
      ['html', 2],
      ['html', 7],
    ]);
    expect(blocks[0].text.trim()).toBe('journey\n  section A & B\n    Pago <web>: 4');
  });

  it('reports a fence left open, which runs to the end', () => {
    const blocks = findMermaidBlocks('intro\n```mermaid\njourney\nsection A\nx: 3\n');
    expect(blocks).toHaveLength(1);
    expect(blocks[0].warnings).toEqual([{ code: 'unclosed-fence', line: 2 }]);
  });

  it('unwraps a <div class="mermaid"> of 200,000 lines without overflowing the stack', () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `    n${i}`).join('\n');
    const blocks = findMermaidBlocks(`<div class="mermaid">\n  flowchart LR\n${lines}\n</div>`);
    expect(blocks[0].text.split('\n', 3)).toEqual(['', 'flowchart LR', '  n0']);
  });

  it('takes the whole text when there is no fence or wrapper', () => {
    expect(findMermaidBlocks('journey\nsection A')).toEqual([
      { text: 'journey\nsection A', firstLine: 1, origin: 'text', warnings: [] },
    ]);
  });
});

describe('importMermaid', () => {
  it('returns every journey and flowchart of a Markdown file as a candidate, in input order', () => {
    const result = importMermaid(MARKDOWN, { now: NOW, fallbackName: 'journeys.md' });
    if (!result.ok) throw new Error(result.refusal.code);
    expect(result.journeys.map((j) => [j.diagramType, j.title, j.line, j.journey.name])).toEqual([
      ['journey', 'Me uno', 10, 'Me uno'],
      ['flowchart', '', 20, 'journeys.md'],
      ['journey', 'Me quejo', 25, 'Me quejo'],
    ]);
    expect(result.skipped).toEqual([]);
    expect(result.journeys[0].actors).toEqual(['Cliente', 'Comercial']);
    expect(result.journeys[1].journey.touchpoints.map((t) => t.title)).toEqual(['A', 'B']);
  });

  it('skips other diagrams, and empty flowcharts, with their refusal', () => {
    const result = importMermaid(
      '```mermaid\npie\n"a": 1\n```\n```mermaid\ngraph TD\n```\n```mermaid\njourney\nsection A\nx: 3\n```',
    );
    if (!result.ok) throw new Error(result.refusal.code);
    expect(result.journeys.map((j) => j.line)).toEqual([9]);
    expect(result.skipped).toEqual([
      { line: 2, origin: 'markdown', refusal: { code: 'not-journey', line: 2, diagramType: 'pie' } },
      { line: 6, origin: 'markdown', refusal: { code: 'empty-flowchart', line: 6 } },
    ]);
  });

  it('offers the actors as personas: the first is the main one, the score is also the emotion of each other actor named', () => {
    const result = importMermaid(
      'journey\ntitle Día\nsection Ir\nTé: 5: Yo\nSubo: 3: Yo, Gato\nDuermo: 4: Gato\nsection Volver\nBajo: 1\n',
      { now: NOW },
    );
    if (!result.ok) throw new Error(result.refusal.code);
    const { journey, warnings } = result.journeys[0];
    expect(warnings).toEqual([]);
    const [me, cat] = journey.personas;
    expect(journey.personas.map((p) => p.name)).toEqual(['Yo', 'Gato']);
    expect(journeyOrder(journey).map((t) => [t.title, t.emotion, t.personaEmotions])).toEqual([
      ['Té', 2, {}],
      ['Subo', 0, { [cat.id]: 0 }],
      // The main persona keeps every score: the one curve Mermaid draws.
      ['Duermo', 1, { [cat.id]: 1 }],
      ['Bajo', -2, {}],
    ]);
    expect(me.id).not.toBe(cat.id);
  });

  it('keeps at most the journey limit of personas and reports the actors left out', () => {
    const actors = Array.from({ length: LIMITS.personas + 2 }, (_, i) => `A${i + 1}`);
    const result = importMermaid(`journey\nsection S\nT: 4: ${actors.join(', ')}\n`, { now: NOW });
    if (!result.ok) throw new Error(result.refusal.code);
    const { journey, warnings } = result.journeys[0];
    expect(journey.personas).toHaveLength(LIMITS.personas);
    expect(Object.values(journey.touchpoints[0].personaEmotions)).toHaveLength(LIMITS.personas - 1);
    expect(warnings).toEqual([
      { code: 'too-many-personas', value: 'A9' },
      { code: 'too-many-personas', value: 'A10' },
    ]);
  });

  it('builds a journey that restore accepts unchanged: stages, touchpoints in order, sequence, layout', () => {
    const result = importMermaid(
      'journey\ntitle Día\nsection Ir\nTé: 5: Yo\nSubo: 3: Yo, Gato\nsection Volver\nBajo: 1\n',
      { now: NOW, actorsLabel: 'Actores' },
    );
    if (!result.ok) throw new Error(result.refusal.code);
    const { journey, warnings, repairs } = result.journeys[0];
    expect(warnings).toEqual([]);
    expect(repairs).toEqual([]);
    expect(restoreJourney(toJourneyFile(journey))).toMatchObject({ ok: true, repairs: [] });
    expect(journey.name).toBe('Día');
    expect(journey.stages.map((s) => s.name)).toEqual(['Ir', 'Volver']);
    const ordered = journeyOrder(journey);
    expect(ordered.map((t) => [t.title, t.emotion, t.notes])).toEqual([
      ['Té', 2, 'Actores: Yo'],
      ['Subo', 0, 'Actores: Yo, Gato'],
      ['Bajo', -2, ''],
    ]);
    expect(journey.connections.map((c) => [c.from, c.to])).toEqual([
      [ordered[0].id, ordered[1].id],
      [ordered[1].id, ordered[2].id],
    ]);
    expect(ordered[1].position).toEqual(slotInStage(journey.stages, journey.stages[0].id, 1));
    expect(ordered[2].position).toEqual(slotInStage(journey.stages, journey.stages[1].id, 0));
  });

  it('uses accDescr as the description and the fallback name when there is no title', () => {
    const result = importMermaid('journey\naccDescr: Para familias\nsection A\nx: 3', { fallbackName: 'mapa.mmd' });
    expect(result.ok && [result.journeys[0].journey.name, result.journeys[0].journey.description]).toEqual([
      'mapa.mmd',
      'Para familias',
    ]);
  });

  it('reads a diagram wrapped in <div class="mermaid">', () => {
    const result = importMermaid('<div class="mermaid">\n  journey\n    section A\n      x: 4\n</div>');
    expect(result.ok && result.journeys[0].journey.touchpoints.map((t) => t.emotion)).toEqual([1]);
  });

  it.each([
    ['empty text', '  \n ', 'empty', undefined],
    ['a Mermaid file of another diagram type', 'sequenceDiagram\n  Alice->>Bob: Hi', 'not-journey', 'sequenceDiagram'],
    [
      'a Markdown file with no journey among its diagrams',
      '```mermaid\npie\n"a": 1\n```\n```mermaid\ngantt\n```',
      'not-journey',
      'pie',
    ],
    ['text with control characters', 'PNG\u0000\u0001\u0002', 'control-characters', undefined],
  ])('refuses %s', (_name, text, code, diagramType) => {
    const result = importMermaid(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.refusal.code, result.refusal.diagramType]).toEqual([code, diagramType]);
  });

  it('refuses files over the size limit and binary bytes before reading them', () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x61);
    expect(importMermaidBytes(big)).toMatchObject({ ok: false, refusal: { code: 'too-large' } });
    expect(importMermaidBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toMatchObject({
      ok: false,
      refusal: { code: 'binary' },
    });
    const text = new TextEncoder().encode('\uFEFFjourney\nsection Ñ\nx: 3');
    const ok = importMermaidBytes(text);
    expect(ok.ok && ok.journeys[0].journey.stages[0].name).toBe('Ñ');
  });
});

describe('importMermaid and the touchpoint limit', () => {
  const diagram = (tasks: number) =>
    ['journey', '  title Big', '  section One', ...Array.from({ length: tasks }, (_, i) => `    Task ${i}: 3`)].join(
      '\n',
    );

  it('refuses a diagram of more tasks than a journey holds touchpoints, naming both numbers and its line', () => {
    const result = importMermaid(`# Notes\n\n\`\`\`mermaid\n${diagram(LIMITS.touchpoints + 1)}\n\`\`\`\n`);
    expect(!result.ok && result.refusal).toMatchObject({
      code: 'too-many-touchpoints',
      count: LIMITS.touchpoints + 1,
      limit: LIMITS.touchpoints,
      line: 4,
    });
  });

  it('offers the other diagrams of a Markdown file when one is too large, listing that one as skipped', () => {
    const big = `\`\`\`mermaid\n${diagram(LIMITS.touchpoints + 1)}\n\`\`\``;
    const small = '```mermaid\njourney\nsection A\nx: 3\n```';
    const result = importMermaid(`${big}\n${small}\n`);
    if (!result.ok) throw new Error(result.refusal.code);
    expect(result.journeys.map((j) => j.journey.touchpoints.length)).toEqual([1]);
    expect(result.skipped).toMatchObject([{ line: 2, refusal: { code: 'too-many-touchpoints', line: 2 } }]);
    // With nothing else to import, that refusal is the file's, not "no journey found".
    const alone = importMermaid(`${big}\n\`\`\`mermaid\npie\n"a": 1\n\`\`\`\n`);
    expect(!alone.ok && alone.refusal.code).toBe('too-many-touchpoints');
  });

  it('imports one of exactly the limit', () => {
    const result = importMermaid(diagram(LIMITS.touchpoints));
    expect(result.ok && result.journeys[0].journey.touchpoints).toHaveLength(LIMITS.touchpoints);
  });
});

describe('importMermaid cuts text longer than a journey keeps', () => {
  it('and reports each cut with its line, the journey’s own texts without one', () => {
    const text = [
      'journey',
      `  title ${'N'.repeat(130)}`,
      `  section ${'S'.repeat(250)}`,
      `    ${'T'.repeat(1_200)}: 4: ${'A'.repeat(85)}`,
    ].join('\n');
    const result = importMermaid(text, { now: NOW });
    if (!result.ok) throw new Error(result.refusal.code);
    const [{ journey, warnings, repairs }] = result.journeys;
    expect(journey.name).toHaveLength(LIMITS.journeyName);
    expect(journey.stages[0].name).toHaveLength(LIMITS.stageName);
    expect(journey.touchpoints[0].title).toHaveLength(LIMITS.touchpointTitle);
    expect(journey.personas[0].name).toHaveLength(LIMITS.personaName);
    expect(
      warnings
        .filter((w) => w.code === 'text-cut')
        .map(({ line, field, length, limit }) => ({ line, field, length, limit })),
    ).toEqual([
      { line: 4, field: 'personaName', length: 85, limit: LIMITS.personaName },
      { line: 3, field: 'stage', length: 250, limit: LIMITS.stageName },
      { line: 4, field: 'title', length: 1_200, limit: LIMITS.touchpointTitle },
      { line: undefined, field: 'journeyName', length: 130, limit: LIMITS.journeyName },
    ]);
    expect(repairs).toEqual([]);
  });
});
