import { ELLIPSIS, ellipsize, graphemes, wrapLines, type WrapOptions } from './wrap';

// Every grapheme 10 units wide, so widths read as character counts.
const measure = (text: string) => graphemes(text).length * 10;

describe('wrapLines', () => {
  const long = 'x'.repeat(300);
  const cases: [string, string, number, WrapOptions, string[]][] = [
    ['breaks between words and collapses spaces', '  uno dos\t tres   cuatro ', 90, {}, ['uno dos', 'tres', 'cuatro']],
    ['starts a paragraph at CRLF, CR and LF', 'uno\r\ndos\rtres\ncuatro', 200, {}, ['uno', 'dos', 'tres', 'cuatro']],
    ['drops blank paragraphs', 'uno\r\n\r\n\ndos', 200, {}, ['uno', 'dos']],
    ['collapses line breaks when asked', 'uno\r\ndos\ntres', 200, { lineBreaks: 'collapse' }, ['uno dos tres']],
    ['breaks a 300-character word anywhere', `ab ${long}`, 100, {}, ['ab', ...Array(30).fill('x'.repeat(10))]],
    [
      'ends the last kept line in an ellipsis past maxLines, filling it first',
      'uno dos tres cuatro cinco',
      60,
      { maxLines: 2 },
      ['uno', `dos t${ELLIPSIS}`],
    ],
    ['cuts a broken word without inventing a space', long, 50, { maxLines: 2 }, ['xxxxx', `xxxx${ELLIPSIS}`]],
    ['keeps at least one line', 'uno dos tres', 50, { maxLines: 0 }, [`uno${ELLIPSIS}`]],
    ['gives no lines for empty text', '', 100, {}, []],
    ['gives no lines for blank text', ' \r\n\t ', 100, {}, []],
    ['does not break at a no-break space', 'a 3\u00a0de\u00a0mayo', 60, {}, ['a', '3\u00a0de\u00a0m', 'ayo']],
    ['keeps accents, flags and emoji sequences whole', '¿Qué? ñandú 🇪🇸👩‍👩‍👧', 60, {}, ['¿Qué?', 'ñandú', '🇪🇸👩‍👩‍👧']],
    ['gives a grapheme wider than the line a line of its own', 'abc', 5, {}, ['a', 'b', 'c']],
  ];

  it.each(cases)('%s', (_, text, width, options, expected) => {
    expect(wrapLines(text, width, measure, options)).toEqual(expected);
  });

  it('never returns a line wider than the width when every grapheme fits', () => {
    const text = 'Declaro mi interés y solicito información sobre la tarifa\r\nSupercalifragilisticoespialidoso fin';
    for (const width of [30, 70, 110]) {
      for (const line of wrapLines(text, width, measure, { maxLines: 3 })) {
        expect(measure(line)).toBeLessThanOrEqual(width);
      }
    }
  });
});

describe('ellipsize', () => {
  it('leaves text that fits alone', () => {
    expect(ellipsize('Marketing', 90, measure)).toBe('Marketing');
  });

  it('cuts text that does not fit, drops the trailing space and adds an ellipsis, within the width', () => {
    const cut = ellipsize('Desarrollo de producto', 100, measure);
    expect(cut).toBe(`Desarroll${ELLIPSIS}`);
    expect(ellipsize('Centro de llamadas', 80, measure)).toBe(`Centro${ELLIPSIS}`);
    expect(measure(cut)).toBeLessThanOrEqual(100);
  });

  it('gives the ellipsis alone when nothing else fits', () => {
    expect(ellipsize('Web', 15, measure)).toBe(ELLIPSIS);
  });
});
