import { describe, expect, it } from 'vitest';
import { baseNameOf, importKindOfFile, importKindOfText } from './importKind';

const bytes = (text: string) => new TextEncoder().encode(text);
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]);
const MERMAID = 'journey\n  title Me uno\n  section Me informo\n    Veo un anuncio: 3: Yo\n';
const TABLE = 'Etapa;Punto de contacto;Canal\nMe informo;Veo un anuncio;Web\n';

describe('importKindOfFile', () => {
  it.each([
    ['journey.recorrido.json', '{"format":"recorrido.journey"}', 'json'],
    ['empty.json', '', 'json'],
    ['me-uno.mmd', MERMAID, 'mermaid'],
    ['README.md', `# Docs\n\n\`\`\`mermaid\n${MERMAID}\`\`\`\n`, 'mermaid'],
    ['flow.mmd', 'flowchart LR\n  A --> B\n', 'mermaid'],
    ['touchpoints.csv', TABLE, 'table'],
    ['range.tsv', 'Stage\tTouchpoint\nLearn\tAd\n', 'table'],
    ['empty.csv', '', 'table'],
    // A diagram saved under a table's name is still a diagram; a table whose header starts "Journey" is not.
    ['diagram.csv', MERMAID, 'mermaid'],
    ['diagram.tsv', `%% exported\n${MERMAID}`, 'mermaid'],
    ['journeys.csv', 'Journey,Stage,Touchpoint\nMe uno,Me informo,Anuncio\n', 'table'],
    ['journeys.tsv', 'journey\tstage\nMe uno\tMe informo\n', 'table'],
    // A note cell holding a fenced diagram (the app's own CSV of such a note) leaves the file a table.
    ['notes.csv', `Etapa;Notas\nMe informo;"Ver:\n\`\`\`mermaid\n${MERMAID}\`\`\`"\n`, 'table'],
    // No telling extension: the content decides.
    ['notes.txt', MERMAID, 'mermaid'],
    ['notes.txt', TABLE, 'table'],
    ['export', '\uFEFF  {"format":"recorrido.journey"}', 'json'],
    ['page.html', `<div class="mermaid">\n${MERMAID}</div>`, 'mermaid'],
    ['notes.htm', '<p>Etapa, Punto de contacto</p>', 'mermaid'],
    ['front.txt', `---\ntitle: Me uno\n---\n%% a comment\n${MERMAID}`, 'mermaid'],
    ['graph.txt', 'graph TD;\n  A-->B;\n', 'mermaid'],
    ['one-line.txt', 'graph TD;A-->B;B-->C', 'mermaid'],
    ['flow.csv', 'flowchart LR\n  subgraph a [Me informo]\n    A --> B\n  end\n', 'mermaid'],
    ['flow.md', '# Me uno\n\n```mermaid\nflowchart TD\n  A --> B\n```\n', 'mermaid'],
    // Tables whose first header is "graph" or "flowchart" stay tables, whatever their delimiter.
    ['graph.csv', 'graph,Stage\nA,Me informo\n', 'table'],
    ['graph.txt', 'graph;Etapa;Canal\nA;Me informo;Web\n', 'table'],
    ['flowchart.tsv', 'flowchart\tstage\nA\tMe informo\n', 'table'],
    ['state.txt', 'stateDiagram-v2\n  [*] --> A\n', 'mermaid'],
    ['header.txt', 'Journey,Stage,Touchpoint\nMe uno,Me informo,Anuncio\n', 'table'],
    ['column.txt', 'Touchpoint\nAd\nCall\n', 'table'],
  ])('%s holding %j is read as %s', (name, text, kind) => {
    expect(importKindOfFile(name, bytes(text))).toBe(kind);
  });

  it('reads a zip or OLE container as a workbook, whatever its name', () => {
    expect(importKindOfFile('book.xlsx', ZIP)).toBe('workbook');
    expect(importKindOfFile('renamed.csv', ZIP)).toBe('workbook');
    expect(importKindOfFile('renamed.json', ZIP)).toBe('workbook');
    expect(importKindOfFile('old.xls', OLE)).toBe('workbook');
  });

  it('sends a file named .xlsx to the workbook reader even when it is not one, to be refused there', () => {
    expect(importKindOfFile('broken.XLSX', bytes('not a workbook'))).toBe('workbook');
  });

  it('sends a binary file renamed .csv to the table reader, which refuses binary content', () => {
    expect(importKindOfFile('photo.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toBe('table');
  });
});

describe('importKindOfText', () => {
  it('reads pasted Mermaid, a pasted range and a pasted journey file', () => {
    expect(importKindOfText(MERMAID)).toBe('mermaid');
    expect(importKindOfText('Etapa\tPunto de contacto\nMe informo\tVeo un anuncio')).toBe('table');
    expect(importKindOfText('{"format":"recorrido.journey"}')).toBe('json');
    // Cells copied from a sheet whose first two headers are "journey" and "stage".
    expect(importKindOfText('journey\tstage\nMe uno\tMe informo')).toBe('table');
  });

  it('reads a pasted flowchart as Mermaid, and a pasted table headed "graph" or "flowchart" as a table', () => {
    expect(importKindOfText('flowchart LR\n  A[Veo un anuncio] --> B[Comparo]')).toBe('mermaid');
    expect(importKindOfText('graph TD;A-->B')).toBe('mermaid');
    expect(importKindOfText('graph\tstage\nA\tMe informo')).toBe('table');
    expect(importKindOfText('flowchart;etapa\nA;Me informo')).toBe('table');
    expect(importKindOfText('Flowchart step,Stage\nAd,Learn')).toBe('table');
  });
});

describe('baseNameOf', () => {
  it('drops the last extension only', () => {
    expect(baseNameOf('Me uno.recorrido.json')).toBe('Me uno.recorrido');
    expect(baseNameOf('Me quejo.csv')).toBe('Me quejo');
    expect(baseNameOf('.hidden')).toBe('.hidden');
  });
});
