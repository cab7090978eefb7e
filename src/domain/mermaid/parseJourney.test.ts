import { describe, expect, it } from 'vitest';
import type { ImportWarning } from '../import/importResult';
import { parseMermaidJourney, type MermaidJourneyDoc } from './parseJourney';

/** A doc as compact rows: [section, [task, emotion, actors]...]. */
function shape(doc: MermaidJourneyDoc) {
  return doc.sections.map((s) => [s.name, ...s.tasks.map((t) => [t.name, t.emotion, t.actors.join('|')])]);
}
const codes = (warnings: ImportWarning[]) => warnings.map((w) => `${w.code}@${w.line}`);

const BASIC = `journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me`;

interface Case {
  name: string;
  text: string;
  title?: string;
  shape?: unknown[];
  warnings?: string[];
  accDescr?: string;
  accTitle?: string;
}

const cases: Case[] = [
  {
    name: "Mermaid's own example",
    text: BASIC,
    title: 'My working day',
    shape: [
      ['Go to work', ['Make tea', 2, 'Me'], ['Go upstairs', 0, 'Me'], ['Do work', -2, 'Me|Cat']],
      ['Go home', ['Go downstairs', 2, 'Me'], ['Sit down', 2, 'Me']],
    ],
    warnings: [],
  },
  {
    name: 'YAML front matter gives the title; a title statement would win',
    text: `---\ntitle: "Me uno: alta"\nconfig:\n  theme: forest\n---\njourney\n  section A\n    x: 3`,
    title: 'Me uno: alta',
    shape: [['A', ['x', 0, '']]],
    warnings: [],
  },
  {
    name: 'title statement wins over front matter',
    text: `---\ntitle: Front\n---\njourney\ntitle Statement\nsection A\nx: 4`,
    title: 'Statement',
  },
  {
    name: 'accTitle and single-line accDescr',
    text: `journey\naccTitle: Screen title\naccDescr: A journey for families\nsection A\nx: 3`,
    accTitle: 'Screen title',
    accDescr: 'A journey for families',
    warnings: [],
  },
  {
    name: 'accDescr block over several lines, folded as Mermaid does, a statement after the brace',
    text: `journey\naccDescr {\n        A user journey for\n        family shopping\n      }title Shopping\nsection A\nx: 3`,
    accDescr: 'A user journey for\nfamily shopping',
    title: 'Shopping',
    warnings: [],
  },
  {
    name: 'accDescr block on one line',
    text: `journey\naccDescr { short one }\nsection A\nx: 3`,
    accDescr: 'short one',
  },
  {
    name: "acc values are taken raw, as Mermaid's lexer does: '#' and ';' allowed, entity codes decoded",
    text: `journey\naccTitle: Plan # 2; v1 #0;\naccDescr { Uses #35; and ; fine }\nsection A\nx: 3`,
    accTitle: 'Plan # 2; v1 #0;',
    accDescr: 'Uses # and ; fine',
    warnings: ['unknown-entity@2'],
  },
  {
    name: 'accDescr block never closed ends before the next section',
    text: `journey\naccDescr {\nlost brace\nsection A\nx: 3`,
    accDescr: 'lost brace',
    shape: [['A', ['x', 0, '']]],
    warnings: ['unclosed-acc-descr@2'],
  },
  {
    name: '%% comments, directives and indentation with tabs',
    text: `%%{init: {"theme": "dark",\n  "journey": {}}}%%\n%% a comment\njourney\n\t%% indented comment\n\ttitle Tabs\n\t\tsection A\n  \t x: 2:   Me \n\tsection B\n            y:4`,
    title: 'Tabs',
    shape: [
      ['A', ['x', -1, 'Me']],
      ['B', ['y', 1, '']],
    ],
    warnings: [],
  },
  {
    name: 'colons inside a section name are kept and reported',
    text: `journey\nsection Etapa 1: me informo\nVeo un anuncio: 3`,
    shape: [['Etapa 1: me informo', ['Veo un anuncio', 0, '']]],
    warnings: ['colon-in-section@2'],
  },
  {
    name: 'a task without actors, with an empty actor list, and with no space after the colon',
    text: `journey\nsection A\nno actors: 4\nempty list: 4:\ntight:5:Me,Cat`,
    shape: [['A', ['no actors', 1, ''], ['empty list', 1, ''], ['tight', 2, 'Me|Cat']]],
    warnings: [],
  },
  {
    name: 'scores outside 1..5 are clamped, fractions rounded, nonsense refused, a missing score reported',
    text: `journey\nsection A\nhigh: 7\nlow: 0\nnegative: -3\nhalf: 2.6\nword: five\nbare task\n`,
    shape: [
      [
        'A',
        ['high', 2, ''],
        ['low', -2, ''],
        ['negative', -2, ''],
        ['half', 0, ''],
        ['word', null, ''],
        ['bare task', null, ''],
      ],
    ],
    warnings: [
      'score-clamped@3',
      'score-clamped@4',
      'score-clamped@5',
      'score-rounded@6',
      'invalid-score@7',
      'missing-score@8',
    ],
  },
  {
    name: 'repeated sections are kept apart and reported',
    text: `journey\nsection Pago\na: 3\nsection Entrega\nb: 3\nsection Pago\nc: 3`,
    shape: [
      ['Pago', ['a', 0, '']],
      ['Entrega', ['b', 0, '']],
      ['Pago', ['c', 0, '']],
    ],
    warnings: ['repeated-section@6'],
  },
  {
    name: 'repeated task names are kept and reported',
    text: `journey\nsection A\nLlamo: 2\nsection B\nLlamo: 1`,
    shape: [
      ['A', ['Llamo', -1, '']],
      ['B', ['Llamo', -2, '']],
    ],
    warnings: ['repeated-task@5'],
  },
  {
    name: 'double quotes around whole names are removed (and may hold a colon); inner quotes stay',
    text: `journey\ntitle "Quoted title"\nsection "Pago"\n"Pay: online": 4: "Ana"\nForm "Te llamamos": 3`,
    title: 'Quoted title',
    shape: [['Pago', ['Pay: online', 1, 'Ana'], ['Form "Te llamamos"', 0, '']]],
    warnings: ['quotes-removed@2', 'quotes-removed@3', 'quotes-removed@4', 'quotes-removed@4'],
  },
  {
    name: '&, emoji and accents pass through',
    text: `journey\ntitle Café & más ☕\nsection Atención 🎧\nLlamo & espero 😡: 1: Señora Núñez, Zoë`,
    title: 'Café & más ☕',
    shape: [['Atención 🎧', ['Llamo & espero 😡', -2, 'Señora Núñez|Zoë']]],
    warnings: [],
  },
  {
    name: 'a trailing comma in the actor list is dropped and reported; repeated actors kept once',
    text: `journey\nsection A\nx: 3: Me, Cat,\ny: 3: Me,, Me`,
    shape: [['A', ['x', 0, 'Me|Cat'], ['y', 0, 'Me']]],
    warnings: ['empty-actor@3', 'empty-actor@4'],
  },
  {
    name: 'entity codes escape characters; <br> breaks a line',
    text: `journey\ntitle Ticket #35;42#59; ok\nsection Paso 1#58; alta\nPago #quot;web#quot;<br/>tarjeta: 3\nRaro #bogus;: 3`,
    title: 'Ticket #42; ok',
    shape: [['Paso 1: alta', ['Pago "web"\ntarjeta', 0, ''], ['Raro #bogus;', 0, '']]],
    warnings: ['unknown-entity@5'],
  },
  {
    name: "a bare '#' starts a comment, as in Mermaid; the dropped text is reported",
    text: `journey\ntitle Sprint # planning notes\nsection A\nx: 3: Me # and the cat`,
    title: 'Sprint',
    shape: [['A', ['x', 0, 'Me']]],
    warnings: ['hash-comment@2', 'hash-comment@4'],
  },
  {
    name: 'an inline %% comment is dropped and reported',
    text: `journey\nsection A\nx: 3: Me %% check with the team`,
    shape: [['A', ['x', 0, 'Me']]],
    warnings: ['inline-comment@3'],
  },
  {
    name: 'semicolons: dropped at the end of a line, kept inside, reported',
    text: `journey\nsection A;\nx: 3;\ny; z: 4`,
    shape: [['A', ['x', 0, ''], ['y; z', 1, '']]],
    warnings: ['semicolon@2', 'semicolon@3', 'semicolon@4'],
  },
  {
    name: 'tasks before any section go to an unnamed stage',
    text: `journey\ntitle T\nfirst: 3\nsection A\nsecond: 3`,
    shape: [
      ['', ['first', 0, '']],
      ['A', ['second', 0, '']],
    ],
    warnings: ['task-outside-section@3'],
  },
  {
    name: 'a third colon: Mermaid ignores the rest, reported',
    text: `journey\nsection A\nCall: 2: Me: at 9am`,
    shape: [['A', ['Call', -1, 'Me']]],
    warnings: ['extra-task-field@3'],
  },
  {
    name: 'an empty task name is kept and reported',
    text: `journey\nsection A\n: 3`,
    shape: [['A', ['', 0, '']]],
    warnings: ['empty-task-name@3'],
  },
  {
    name: 'keywords are case-insensitive; a capitalised header is reported',
    text: `Journey\nTITLE Upper\nSection A\nx: 3`,
    title: 'Upper',
    shape: [['A', ['x', 0, '']]],
    warnings: ['header-case@1'],
  },
  {
    name: 'the header may share its line with the first statement; CRLF line ends',
    text: 'journey title Same line\r\nsection A\r\nx: 3\r\n',
    title: 'Same line',
    shape: [['A', ['x', 0, '']]],
  },
  {
    name: 'sections without tasks: an empty journey shape, reported',
    text: `journey\nsection A\nsection B`,
    shape: [['A'], ['B']],
    warnings: ['no-tasks@1'],
  },
  {
    name: 'the no-emotion marker of the exporter leaves the task without emotion, silently',
    text: `journey\nsection A\n%% recorrido:no-emotion\nx: 3\ny: 3`,
    shape: [['A', ['x', null, ''], ['y', 0, '']]],
    warnings: [],
  },
];

describe('parseMermaidJourney', () => {
  it.each(cases)('$name', (c) => {
    const result = parseMermaidJourney(c.text);
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
    if (c.title !== undefined) expect(result.doc.title).toBe(c.title);
    if (c.shape !== undefined) expect(shape(result.doc)).toEqual(c.shape);
    if (c.warnings !== undefined) expect(codes(result.warnings)).toEqual(c.warnings);
    if (c.accDescr !== undefined) expect(result.doc.accDescr).toBe(c.accDescr);
    if (c.accTitle !== undefined) expect(result.doc.accTitle).toBe(c.accTitle);
  });

  it('reads an unclosed accDescr block of 200,000 lines without overflowing the stack, warning at its line', () => {
    const text = `journey\naccDescr {\n${'una línea\n'.repeat(200_000)}`;
    const result = parseMermaidJourney(text);
    expect(!result.ok && result.refusal.code).toBe('empty-journey');
    const withSection = parseMermaidJourney(`${text}section A\nx: 3`);
    expect(withSection.ok && withSection.warnings.map((w) => `${w.code}@${w.line}`)).toEqual(['unclosed-acc-descr@2']);
  });

  it('collects distinct actors in order of first appearance', () => {
    const result = parseMermaidJourney(BASIC);
    expect(result.ok && result.doc.actors).toEqual(['Me', 'Cat']);
  });

  it('numbers lines from where the diagram starts in the input', () => {
    const result = parseMermaidJourney('journey\nsection A\nx: 9', 41);
    expect(result.ok && codes(result.warnings)).toEqual(['score-clamped@43']);
  });

  it.each([
    ['empty text', '', 'empty', undefined],
    ['only comments', '%% nothing\n\n%% here', 'empty', undefined],
    ['a flowchart', 'flowchart LR\n  A --> B', 'not-journey', 'flowchart'],
    [
      'a sequence diagram after front matter',
      '---\ntitle: x\n---\nsequenceDiagram\nA->>B: hi',
      'not-journey',
      'sequenceDiagram',
    ],
    ['prose', 'Hello, this is not Mermaid', 'not-journey', undefined],
    ['a journey with nothing in it', 'journey\ntitle Only a title', 'empty-journey', undefined],
    ['front matter never closed', '---\ntitle: x\njourney\nsection A', 'unclosed-front-matter', undefined],
  ])('refuses %s', (_name, text, code, diagramType) => {
    const result = parseMermaidJourney(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal.code).toBe(code);
    expect(result.refusal.diagramType).toBe(diagramType);
  });
});
