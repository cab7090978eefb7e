import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseDelimitedText } from './delimited';

describe('detectDelimiter', () => {
  it.each([
    ['Spanish CSV', 'Etapa;Punto de contacto;Notas\nA;x;"uno, dos"', ';'],
    ['English CSV', 'Stage,Touchpoint,Notes\nA,x,"one; two"', ','],
    ['TSV from a spreadsheet', 'Stage\tTouchpoint\nA\tx, y; z', '\t'],
    ['a quoted header holding the other delimiter', '"Etapa, fase";"Punto"\nA;B', ';'],
    ['a tie decided by the rows that follow', 'a,b;c\n1;2;3\n4;5;6', ';'],
    ['a single column', 'Touchpoint\nx', ','],
    ['TSV under a title and a blank row', 'Journey: Me uno\n\nStage\tTouchpoint\nA\tx, y', '\t'],
    ['Spanish CSV under a title', 'Recorrido de alta\nEtapa;Punto de contacto\nA;x, y', ';'],
  ])('%s', (_name, text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});

describe('parseDelimitedText', () => {
  it.each([
    [
      "';' with a BOM and CRLF, as the app writes Spanish CSV",
      '\uFEFFEtapa;Notas\r\nMe informo;"uno; dos"\r\n',
      [
        ['Etapa', 'Notas'],
        ['Me informo', 'uno; dos'],
      ],
    ],
    [
      "',' without a BOM, quoted line breaks and doubled quotes",
      'Stage,Notes\nA,"line one\nline two"\nB,"say ""hi"""\n',
      [
        ['Stage', 'Notes'],
        ['A', 'line one\nline two'],
        ['B', 'say "hi"'],
      ],
    ],
    [
      'TSV as Excel puts it on the clipboard: a multi-line cell quoted, trailing line break',
      'Etapa\tPunto\tNotas\r\nA\tLlamo\t"Espero\r\n20 min"\r\nB\t"Dice ""ya"""\t\r\n',
      [
        ['Etapa', 'Punto', 'Notas'],
        ['A', 'Llamo', 'Espero\r\n20 min'],
        ['B', 'Dice "ya"', ''],
      ],
    ],
    ['blank rows at the end dropped, inside kept', 'a,b\n\n1,2\n\n\n', [['a', 'b'], [''], ['1', '2']]],
  ])('%s', (_name, text, rows) => {
    const result = parseDelimitedText(text);
    expect(result.ok && result.rows).toEqual(rows);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('reads a cell with a stray quote as best it can and reports the row', () => {
    const result = parseDelimitedText('a,b\n1,"open\n2,3');
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual(['malformed-quotes']);
  });

  it.each([
    ['empty text', '', 'empty'],
    ['only a BOM and whitespace', '\uFEFF \r\n\t', 'empty'],
    ['text with control characters', 'PK\u0003\u0004\u0000\u0000', 'control-characters'],
  ])('refuses %s', (_name, text, code) => {
    const result = parseDelimitedText(text);
    expect(!result.ok && result.refusal.code).toBe(code);
  });
});
