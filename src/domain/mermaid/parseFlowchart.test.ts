import { describe, expect, it } from 'vitest';
import type { ImportWarning } from '../import/importResult';
import { MAX_FLOWCHART_EDGES, parseMermaidFlowchart, type MermaidFlowchartDoc } from './parseFlowchart';

const codes = (warnings: ImportWarning[]) => warnings.map((w) => `${w.code}@${w.line}`);

function parsed(text: string) {
  const result = parseMermaidFlowchart(text);
  if (!result.ok) throw new Error(`refused: ${result.refusal.code}`);
  return result;
}
/** Each node as `id: text` (the text null when only the id is written). */
const nodes = (doc: MermaidFlowchartDoc) => doc.nodes.map((n) => [n.id, n.text]);
/** Each link as `from>to|label`, `<>` for both ways, `~` for invisible. */
const edges = (doc: MermaidFlowchartDoc) =>
  doc.edges.map((e) => `${e.from}${e.invisible ? '~' : e.both ? '<>' : '>'}${e.to}${e.label ? `|${e.label}` : ''}`);

describe('parseMermaidFlowchart: headers', () => {
  it.each([
    'flowchart LR',
    'flowchart RL',
    'flowchart TB',
    'flowchart TD',
    'flowchart BT',
    'graph TD',
    'graph',
    'flowchart',
    'flowchart-elk TD',
  ])('reads the header %s (the direction is no layout of a journey)', (header) => {
    const { doc, warnings } = parsed(`${header}\n  A --> B`);
    expect([edges(doc), warnings, doc.line]).toEqual([['A>B'], [], 1]);
  });

  it('reads statements after the header on its line, separated by ;', () => {
    expect(edges(parsed('graph TD;A-->B;B-->C;').doc)).toEqual(['A>B', 'B>C']);
  });

  it('takes the title from front matter and skips directives and comments', () => {
    const { doc, warnings } = parsed(
      '---\ntitle: "Me quejo"\n---\n%%{init: {"theme": "forest"}}%%\n%% a comment\nflowchart LR\n%% inside\nA --> B %% at the end\n',
    );
    expect([doc.title, doc.line, edges(doc), warnings]).toEqual(['Me quejo', 6, ['A>B'], []]);
  });

  it('skips `direction TB` (and the other four) as a whole statement, reading a node named direction as a node', () => {
    const { doc, warnings } = parsed(
      'flowchart LR\ndirection TB; A --> B\ndirection --> C\ndirectional --> D\ndirection LR',
    );
    expect([edges(doc), warnings]).toEqual([['A>B', 'direction>C', 'directional>D'], []]);
  });

  it('reports a direction it does not know rather than skipping it unsaid', () => {
    expect(codes(parsed('flowchart LR\nA\ndirection sideways').warnings)).toEqual(['unread-statement@3']);
  });

  it('reads accTitle and accDescr, one line or a block', () => {
    const { doc } = parsed('flowchart LR\naccTitle: Alta\naccDescr {\n  Para familias\n  y empresas\n}\nA --> B');
    expect([doc.accTitle, doc.accDescr, edges(doc)]).toEqual(['Alta', 'Para familias\ny empresas', ['A>B']]);
  });
});

describe('parseMermaidFlowchart: nodes', () => {
  it.each([
    ['A', null],
    ['A[Veo un anuncio]', 'Veo un anuncio'],
    ['A(Redondo)', 'Redondo'],
    ['A([Estadio])', 'Estadio'],
    ['A[[Subrutina]]', 'Subrutina'],
    ['A[(Base de datos)]', 'Base de datos'],
    ['A((Círculo))', 'Círculo'],
    ['A(((Doble)))', 'Doble'],
    ['A{¿Decido?}', '¿Decido?'],
    ['A{{Hexágono}}', 'Hexágono'],
    ['A>Asimétrico]', 'Asimétrico'],
    ['A[/Paralelogramo/]', 'Paralelogramo'],
    ['A[\\Al revés\\]', 'Al revés'],
    ['A[/Trapecio\\]', 'Trapecio'],
    ['A["Con (paréntesis) y [corchetes]"]', 'Con (paréntesis) y [corchetes]'],
    ['A["`**Negrita** y _cursiva_ en snake_case`"]', 'Negrita y cursiva en snake_case'],
    ['A["`Dos\n   líneas`"]', 'Dos\nlíneas'],
    ['A[Uno<br>dos<br/>tres]', 'Uno\ndos\ntres'],
    ['A[Dice #quot;hola#quot; #35;1]', 'Dice "hola" #1'],
    ['A[Luz &amp; gas &lt;hogar&gt;]', 'Luz & gas <hogar>'],
    ['A[<b>Pago</b> <i>online</i>]', 'Pago online'],
    ['A@{ shape: rounded, label: "Forma nueva" }', 'Forma nueva'],
    ['A@{ shape: rect }', null],
    ['A@{\n  shape: rounded\n  label: "En varias líneas"\n}', 'En varias líneas'],
    ['A[Con clase]:::importante', 'Con clase'],
    ['A ["Espacio antes"]', 'Espacio antes'],
  ])('reads %s', (statement, text) => {
    const { doc, warnings } = parsed(`flowchart LR\n${statement}`);
    expect([nodes(doc), warnings]).toEqual([[['A', text]], []]);
  });

  it('keeps nodes in order of first appearance, with the line where each first appears and its last text', () => {
    const { doc } = parsed('flowchart LR\nB --> A[Uno]\nC\nA[Otro] --> B');
    expect(doc.nodes.map((n) => [n.id, n.text, n.line])).toEqual([
      ['B', null, 2],
      ['A', 'Otro', 2],
      ['C', null, 3],
    ]);
  });

  it('reads ids with letters of any language, digits, - and _', () => {
    expect(nodes(parsed('flowchart LR\npaso-1 --> Año_2 --> 3').doc)).toEqual([
      ['paso-1', null],
      ['Año_2', null],
      ['3', null],
    ]);
  });
});

describe('parseMermaidFlowchart: links', () => {
  it.each([
    ['A --> B', 'A>B'],
    ['A --- B', 'A>B'],
    ['A -.-> B', 'A>B'],
    ['A -.- B', 'A>B'],
    ['A ==> B', 'A>B'],
    ['A === B', 'A>B'],
    ['A --o B', 'A>B'],
    ['A --x B', 'A>B'],
    ['A ---> B', 'A>B'],
    ['A ----- B', 'A>B'],
    ['A -..-> B', 'A>B'],
    ['A ====> B', 'A>B'],
    ['A-->B', 'A>B'],
    ['A --oB', 'A>B'],
    ['A <--> B', 'A<>B'],
    ['A o--o B', 'A<>B'],
    ['A x--x B', 'A<>B'],
    ['A <-.-> B', 'A<>B'],
    ['A <==> B', 'A<>B'],
    ['A ~~~ B', 'A~B'],
    ['A -->|Me interesa| B', 'A>B|Me interesa'],
    ['A ---|"Con |barras|"| B', 'A>B|Con |barras|'],
    ['A -->|"`**Sí**`"| B', 'A>B|Sí'],
    ['A -->|"sí, (claro)"| B', 'A>B|sí, (claro)'],
    ['A -- Me interesa --> B', 'A>B|Me interesa'],
    ['A -- caja --x B', 'A>B|caja'],
    ['A --ok--> B', 'A>B|ok'],
    ['A == Urgente ==> B', 'A>B|Urgente'],
    ['A -. Quizá .-> B', 'A>B|Quizá'],
    ['A -- "Texto" --- B', 'A>B|Texto'],
  ])('reads %s', (statement, edge) => {
    const { doc } = parsed(`flowchart LR\n${statement}`);
    expect(edges(doc)[0]).toBe(edge);
  });

  it('reads chains and groups: each link joins every node before it to every node after it', () => {
    const { doc, warnings } = parsed('flowchart LR\nA --> B --> C\nD & E --> F & G');
    expect([edges(doc), warnings]).toEqual([['A>B', 'B>C', 'D>F', 'D>G', 'E>F', 'E>G'], []]);
  });

  it('reads shapes and labels inside chains', () => {
    const { doc } = parsed('flowchart LR\nA[Inicio] -->|sí| B(Medio) -.-> C{Fin}');
    expect([nodes(doc), edges(doc)]).toEqual([
      [
        ['A', 'Inicio'],
        ['B', 'Medio'],
        ['C', 'Fin'],
      ],
      ['A>B|sí', 'B>C'],
    ]);
  });

  it('keeps self-loops and repeated links for the journey builder to judge', () => {
    expect(edges(parsed('flowchart LR\nA --> A\nA --> B\nA --> B').doc)).toEqual(['A>A', 'A>B', 'A>B']);
  });

  it(`makes at most ${MAX_FLOWCHART_EDGES} links, reporting the rest`, () => {
    const side = (prefix: string) => Array.from({ length: 150 }, (_, i) => `${prefix}${i}`).join(' & ');
    const { doc, warnings } = parsed(`flowchart LR\n${side('a')} --> ${side('b')}`);
    expect(doc.edges).toHaveLength(MAX_FLOWCHART_EDGES);
    expect(warnings).toEqual([{ code: 'too-many-links', line: 2, value: String(MAX_FLOWCHART_EDGES) }]);
  });
  it('reads a group of 200,000 nodes without overflowing the stack', () => {
    const group = Array.from({ length: 200_000 }, (_, i) => `n${i}`).join(' & ');
    const { doc, warnings } = parsed(`flowchart LR\n${group} --> fin`);
    expect([doc.nodes.length, doc.edges.length, codes(warnings)]).toEqual([
      200_001,
      MAX_FLOWCHART_EDGES,
      ['too-many-links@2'],
    ]);
  });
});

describe('parseMermaidFlowchart: subgraphs', () => {
  it('reads each form of title, in order, and puts each node in the subgraph that names it', () => {
    const { doc, warnings } = parsed(
      [
        'flowchart LR',
        '  subgraph informo [Me informo]',
        '    A --> B',
        '  end',
        '  subgraph "Declaro mi interés"',
        '    C',
        '  end',
        '  subgraph Lleno mi contrato',
        '    direction TB',
        '    D',
        '  end',
        '  subgraph conecto["`**Me conecto**`"]',
        '  end',
        '  B --> C --> D',
        '  E',
      ].join('\n'),
    );
    expect(warnings).toEqual([]);
    expect(doc.subgraphs.map((s) => [s.id, s.title, s.line, s.parent])).toEqual([
      ['informo', 'Me informo', 2, null],
      ['subGraph1', 'Declaro mi interés', 5, null],
      ['subGraph2', 'Lleno mi contrato', 8, null],
      ['conecto', 'Me conecto', 12, null],
    ]);
    expect(doc.nodes.map((n) => [n.id, n.subgraph])).toEqual([
      ['A', 0],
      ['B', 0],
      ['C', 1],
      ['D', 2],
      ['E', null],
    ]);
  });

  it('reads `subgraph Title` with one word as both id and title', () => {
    const { doc } = parsed('flowchart LR\nsubgraph Pago\nA\nend\nB --> Pago');
    expect(doc.subgraphs.map((s) => [s.id, s.title])).toEqual([['Pago', 'Pago']]);
  });

  it('gives a node to the innermost subgraph that names it, as Mermaid does', () => {
    const { doc, warnings } = parsed(
      'flowchart LR\nA\nsubgraph outer [Fuera]\n  B\n  subgraph inner [Dentro]\n    A --> C\n  end\n  C --> D\nend',
    );
    expect(warnings).toEqual([]);
    expect(doc.subgraphs.map((s) => [s.title, s.parent])).toEqual([
      ['Fuera', null],
      ['Dentro', 0],
    ]);
    expect(doc.nodes.map((n) => [n.id, n.subgraph])).toEqual([
      ['A', 1],
      ['B', 0],
      ['C', 1],
      ['D', 0],
    ]);
  });
});

describe('parseMermaidFlowchart: what it skips, and bad input', () => {
  it('counts styling and interaction statements by kind, at the first line of each', () => {
    const { doc, warnings } = parsed(
      [
        'flowchart LR',
        'A --> B',
        'classDef dolor fill:#f96',
        'class A dolor',
        'style A fill:#f9f,stroke:#333',
        'style B fill:red',
        'linkStyle 0 stroke:#ff3',
        'click A "https://example.com" "Abre; la web"',
        'B --> C',
      ].join('\n'),
    );
    expect(edges(doc)).toEqual(['A>B', 'B>C']);
    expect(warnings.map((w) => [w.value, w.line, w.count])).toEqual([
      ['classDef', 3, 1],
      ['class', 4, 1],
      ['style', 5, 2],
      ['linkStyle', 7, 1],
      ['click', 8, 1],
    ]);
    expect(new Set(warnings.map((w) => w.code))).toEqual(new Set(['flowchart-skipped']));
  });

  it.each([
    ['an unclosed bracket', 'A --> B[sin cerrar\nC --> D', ['C>D'], ['unclosed-shape@2']],
    ['a bracket closed only by the next node’s', 'A[Sin cerrar --> B[Bien]\nC --> D', ['C>D'], ['unclosed-shape@2']],
    [
      'a parenthesis closed only by the next node’s',
      'A(Sin cerrar) --> B(Mal --> C(Bien)\nD',
      [],
      ['unclosed-shape@2'],
    ],
    ['an unclosed quote', 'A["sin cerrar] --> B\nC', [], ['unclosed-shape@2']],
    ['an unclosed @{', 'A@{ shape: rect --> B\nC', [], ['unclosed-shape@2']],
    ['an unclosed @{ before another', 'A@{ shape: rect\nB --> C\nD@{ shape: circle }', ['B>C'], ['unclosed-shape@2']],
    [
      'an unclosed markdown string before other quotes',
      'A["`Sin cerrar]\nB --> C\nD["`Otro`"]',
      ['B>C'],
      ['unclosed-shape@2'],
    ],
    ['a link to nothing', 'A -->\nB --> C', ['B>C'], ['link-without-end@2']],
    ['a link from nothing', '--> B\nB --> C', ['B>C'], ['unread-statement@2']],
    ['a stray end', 'A --> B\nend\nB --> C', ['A>B', 'B>C'], ['stray-end@3']],
    ['an unclosed subgraph', 'subgraph S [Etapa]\nA --> B', ['A>B'], ['unclosed-subgraph@2']],
    ['text it cannot read', 'A --> B\n??? what\nB --> C', ['A>B', 'B>C'], ['unread-statement@3']],
    ['a link of unknown form', 'A --? B\nC', [], ['unread-statement@2']],
  ])('reads what it can around %s, and reports it', (_name, body, expected, warned) => {
    const { doc, warnings } = parsed(`flowchart LR\n${body}`);
    expect([edges(doc), codes(warnings)]).toEqual([expected, warned]);
  });

  it.each([
    ['before a later “}”', 'accDescr {\n  Para familias\n  A --> B\n  C{Decido}', 'Para familias'],
    ['with no “}” at all', 'accDescr {\n  Para familias\n  y empresas\n  A --> B\n  C', 'Para familias\ny empresas'],
  ])(
    'ends an unclosed accDescr block %s at the first line that reads as a statement, and says so',
    (_name, body, text) => {
      const { doc, warnings } = parsed(`flowchart LR\n${body}`);
      expect([doc.accDescr, edges(doc), codes(warnings)]).toEqual([text, ['A>B'], ['unclosed-flowchart-acc-descr@2']]);
    },
  );

  it.each([
    ['A & --> B', 'A'],
    ['A & B &', 'A & B'],
    ['X --> A & B & ;', 'A & B'],
  ])('names the nodes before an “&” that no node follows in %s', (statement, value) => {
    const { warnings } = parsed(`flowchart LR\nZ\n${statement}`);
    expect(warnings).toEqual([{ code: 'ampersand-without-node', line: 3, value }]);
  });

  it('keeps the node before an unclosed bracket, and nodes already read', () => {
    const { doc } = parsed('flowchart LR\nA --> B[sin cerrar');
    expect(nodes(doc)).toEqual([['A', null]]);
  });

  it('numbers lines from where the diagram starts in the input', () => {
    const result = parseMermaidFlowchart('flowchart LR\nA -->', 41);
    expect(result.ok && codes(result.warnings)).toEqual(['link-without-end@42']);
  });

  it.each([
    ['empty text', '', 'empty', undefined],
    ['a flowchart with no node', 'flowchart LR\n%% nothing yet\nsubgraph S\nend', 'empty-flowchart', undefined],
    ['only a header', 'graph TD', 'empty-flowchart', undefined],
    ['a journey', 'journey\nsection A\nx: 3', 'not-journey', undefined],
    ['a sequence diagram', 'sequenceDiagram\nA->>B: hi', 'not-journey', 'sequenceDiagram'],
    ['front matter never closed', '---\ntitle: x\nflowchart LR\nA --> B', 'unclosed-front-matter', undefined],
  ])('refuses %s', (_name, text, code, diagramType) => {
    const result = parseMermaidFlowchart(text);
    expect(result.ok ? null : [result.refusal.code, result.refusal.diagramType]).toEqual([code, diagramType]);
  });

  it('reports every line of a long flowchart whose brackets and quotes never close', () => {
    const lines = Array.from({ length: 5_000 }, (_, i) => (i % 2 ? `n${i}[sin cerrar` : `n${i} -- "sin cerrar`));
    const result = parseMermaidFlowchart(`flowchart LR\nA --> B\n${lines.join('\n')}`);
    expect(result.ok && result.warnings).toHaveLength(5_000);
  });

  it('never throws on scraps of syntax', () => {
    const scraps = [
      '[',
      ']',
      '(',
      '{',
      '|',
      '-->',
      '"',
      '`',
      '&',
      ';',
      '@{',
      'subgraph',
      'end',
      '%%',
      '<br>',
      'A',
      ' ',
    ];
    for (let i = 0; i < 300; i++) {
      const line = Array.from({ length: 6 }, (_, k) => scraps[(i * 7 + k * 13 + i * k) % scraps.length]).join('');
      expect(() => parseMermaidFlowchart(`flowchart LR\n${line}\n${line}`)).not.toThrow();
    }
  });
});
