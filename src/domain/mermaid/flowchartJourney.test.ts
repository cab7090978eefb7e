import { describe, expect, it } from 'vitest';
import { journeyOrder } from '../emotionCurve';
import { toJourneyFile } from '../format';
import type { Journey } from '../journey';
import { slotInStage } from '../layout';
import { LIMITS } from '../limits';
import { restoreJourney } from '../restore';
import { importMermaid } from './importMermaid';

const NOW = new Date('2025-05-06T07:08:09.000Z');
const OPTIONS = { now: NOW, untitledStage: 'Etapa 1', fallbackName: 'me-uno.mmd' };

function imported(text: string) {
  const result = importMermaid(text, OPTIONS);
  if (!result.ok) throw new Error(`refused: ${result.refusal.code}`);
  expect(result.journeys).toHaveLength(1);
  return result.journeys[0];
}
/** Stages as [name, ...touchpoint titles in column order]. */
const columns = (journey: Journey) =>
  journey.stages.map((stage) => [
    stage.name,
    ...journeyOrder(journey)
      .filter((t) => t.stageId === stage.id)
      .map((t) => t.title),
  ]);
/** Connections as `from -> to (label)` by touchpoint title. */
const links = (journey: Journey) => {
  const title = new Map(journey.touchpoints.map((t) => [t.id, t.title]));
  return journey.connections.map((c) => `${title.get(c.from)} -> ${title.get(c.to)}${c.label ? ` (${c.label})` : ''}`);
};

const ME_UNO = `---
title: Me uno
---
flowchart LR
  subgraph informo [Me informo]
    A([Veo un anuncio]) -->|me interesa| B[Comparo tarifas]
  end
  subgraph solicito [Declaro mi interés]
    C{¿Llamo o web?} -- llamo --> D[Hablo con un comercial]
    C -- web --> E[Relleno el formulario]
  end
  subgraph contrato [Lleno mi contrato]
    F[Firmo]
  end
  B --> C
  D & E ==> F
`;

describe('journeyFromFlowchart (through importMermaid)', () => {
  it('makes subgraphs stages, nodes touchpoints in order and links connections with their labels', () => {
    const { journey, warnings, repairs, diagramType, title, line, actors } = imported(ME_UNO);
    expect([diagramType, title, line, actors]).toEqual(['flowchart', 'Me uno', 4, []]);
    expect(warnings).toEqual([]);
    expect(repairs).toEqual([]);
    expect(journey.name).toBe('Me uno');
    expect(columns(journey)).toEqual([
      ['Me informo', 'Veo un anuncio', 'Comparo tarifas'],
      ['Declaro mi interés', '¿Llamo o web?', 'Hablo con un comercial', 'Relleno el formulario'],
      ['Lleno mi contrato', 'Firmo'],
    ]);
    expect(links(journey)).toEqual([
      'Veo un anuncio -> Comparo tarifas (me interesa)',
      '¿Llamo o web? -> Hablo con un comercial (llamo)',
      '¿Llamo o web? -> Relleno el formulario (web)',
      'Comparo tarifas -> ¿Llamo o web?',
      'Hablo con un comercial -> Firmo',
      'Relleno el formulario -> Firmo',
    ]);
  });

  it('builds a journey that restore accepts unchanged, laid out in stage columns as every import is', () => {
    const { journey } = imported(ME_UNO);
    expect(restoreJourney(toJourneyFile(journey))).toMatchObject({ ok: true, repairs: [] });
    const ordered = journeyOrder(journey);
    const stageOf = (title: string) => ordered.find((t) => t.title === title)!;
    expect(stageOf('Comparo tarifas').position).toEqual(slotInStage(journey.stages, journey.stages[0].id, 1));
    expect(stageOf('Relleno el formulario').position).toEqual(slotInStage(journey.stages, journey.stages[1].id, 2));
    expect(stageOf('Firmo').position).toEqual(slotInStage(journey.stages, journey.stages[2].id, 0));
  });

  it('puts a flowchart without subgraphs in one stage named with the untitled-stage words, in order of appearance', () => {
    const { journey, warnings } = imported('graph TD\n  B[Segundo] --> C[Tercero]\n  A[Primero] --> B');
    expect(warnings).toEqual([]);
    expect(columns(journey)).toEqual([['Etapa 1', 'Segundo', 'Tercero', 'Primero']]);
    expect(journey.name).toBe('me-uno.mmd');
  });

  it('titles a node written without text with its id, as Mermaid draws it', () => {
    expect(columns(imported('flowchart LR\nInicio --> Fin').journey)).toEqual([['Etapa 1', 'Inicio', 'Fin']]);
  });

  it('puts nodes outside every subgraph in a stage of their own, where the first of them appears, and says so', () => {
    const { journey, warnings } = imported(
      'flowchart LR\nX[Antes] --> A\nsubgraph s [Dentro]\nA[Uno]\nend\nA --> Y[Después]',
    );
    expect(columns(journey)).toEqual([
      ['Etapa 1', 'Antes', 'Después'],
      ['Dentro', 'Uno'],
    ]);
    expect(warnings).toEqual([{ code: 'node-outside-subgraph', line: 2, value: 'Etapa 1' }]);
  });

  it('names the stage of nodes outside every subgraph apart from a subgraph of the same name', () => {
    const { journey, warnings } = imported(
      'flowchart LR\nX[Suelto] --> A\nsubgraph e1 [Etapa 1]\nA[Uno]\nend\nsubgraph e2 [Etapa 1 (2)]\nB[Dos]\nend',
    );
    expect(columns(journey)).toEqual([
      ['Etapa 1 (3)', 'Suelto'],
      ['Etapa 1', 'Uno'],
      ['Etapa 1 (2)', 'Dos'],
    ]);
    expect(warnings).toEqual([{ code: 'node-outside-subgraph', line: 2, value: 'Etapa 1 (3)' }]);
  });

  it('reads nested subgraphs as stages of their own, the node in the innermost, a wrapper making none', () => {
    const { journey, warnings } = imported(
      [
        'flowchart LR',
        'subgraph todo [Todo el recorrido]',
        '  subgraph a [Me informo]',
        '    A[Veo]',
        '  end',
        '  subgraph b [Me uno]',
        '    B[Firmo]',
        '    subgraph c [Ayuda]',
        '      C[Llamo]',
        '    end',
        '  end',
        'end',
        'A --> B --> C',
      ].join('\n'),
    );
    expect(columns(journey)).toEqual([
      ['Me informo', 'Veo'],
      ['Me uno', 'Firmo'],
      ['Ayuda', 'Llamo'],
    ]);
    expect(warnings).toEqual([
      { code: 'nested-subgraph', line: 2, value: 'Todo el recorrido' },
      { code: 'nested-subgraph', line: 6, value: 'Me uno' },
    ]);
  });

  it('keeps an empty subgraph as an empty stage', () => {
    const { journey } = imported('flowchart LR\nsubgraph a [Vacía]\nend\nsubgraph b [Llena]\nA\nend');
    expect(columns(journey)).toEqual([['Vacía'], ['Llena', 'A']]);
  });

  it('drops self-loops, repeated links and links to subgraphs, each reported; a two-way link connects both ways', () => {
    const { journey, warnings } = imported(
      [
        'flowchart LR',
        'subgraph S [Etapa]',
        '  A[Uno] --> A',
        '  A --> B[Dos]',
        '  A -->|con etiqueta| B',
        '  B <--> C[Tres]',
        '  C --> S',
        '  A ~~~ C',
        'end',
      ].join('\n'),
    );
    expect(links(journey)).toEqual(['Uno -> Dos (con etiqueta)', 'Dos -> Tres', 'Tres -> Dos']);
    expect(warnings).toEqual([
      { code: 'self-loop', line: 3, value: 'Uno' },
      { code: 'repeated-link', line: 5, value: 'Uno → Dos' },
      { code: 'link-to-subgraph', line: 7, value: 'Etapa' },
    ]);
    expect(columns(journey)).toEqual([['Etapa', 'Uno', 'Dos', 'Tres']]);
  });

  it('uses accTitle for the name and accDescr for the description', () => {
    const { journey } = imported('flowchart LR\naccTitle: Me voy\naccDescr: Baja del servicio\nA --> B');
    expect([journey.name, journey.description]).toEqual(['Me voy', 'Baja del servicio']);
  });

  it('cuts texts longer than a journey keeps, reporting each at its line', () => {
    const text = `flowchart LR\nsubgraph s [${'S'.repeat(250)}]\nA[${'T'.repeat(1_200)}] -->|${'L'.repeat(210)}| B\nend`;
    const { journey, warnings, repairs } = imported(text);
    expect(journey.stages[0].name).toHaveLength(LIMITS.stageName);
    expect(journey.touchpoints[0].title).toHaveLength(LIMITS.touchpointTitle);
    expect(journey.connections[0].label).toHaveLength(LIMITS.connectionLabel);
    expect(warnings.map(({ code, line, field }) => [code, line, field])).toEqual([
      ['text-cut', 3, 'title'],
      ['text-cut', 2, 'stage'],
      ['text-cut', 3, 'connectionLabel'],
    ]);
    expect(repairs).toEqual([]);
  });

  it('refuses a flowchart of more nodes than a journey holds touchpoints, at its header', () => {
    const many = Array.from({ length: LIMITS.touchpoints + 1 }, (_, i) => `n${i}`).join('\n');
    const result = importMermaid(`%% big\nflowchart TD\n${many}`);
    expect(!result.ok && result.refusal).toMatchObject({
      code: 'too-many-touchpoints',
      count: LIMITS.touchpoints + 1,
      line: 2,
    });
  });

  it('refuses a group of 100,000 nodes linked to another, never making each of its 10^10 links', () => {
    const group = (prefix: string) => Array.from({ length: 100_000 }, (_, i) => `${prefix}${i}`).join(' & ');
    const result = importMermaid(`flowchart LR\n${group('a')} --> ${group('b')}`);
    expect(!result.ok && result.refusal).toMatchObject({ code: 'too-many-touchpoints', count: 200_000, line: 1 });
  });

  it('refuses an empty flowchart clearly', () => {
    const result = importMermaid('flowchart LR\n%% to do\n');
    expect(!result.ok && result.refusal).toEqual({ code: 'empty-flowchart', line: 1 });
  });

  it('reads a flowchart whose lines it partly cannot read, and lists them', () => {
    const { journey, warnings } = imported('flowchart LR\nA --> B[sin cerrar\nA --> C\nC -->\nstyle A fill:red');
    expect(columns(journey)).toEqual([['Etapa 1', 'A', 'C']]);
    expect(warnings.map((w) => [w.code, w.line])).toEqual([
      ['unclosed-shape', 2],
      ['link-without-end', 4],
      ['flowchart-skipped', 5],
    ]);
  });
});
