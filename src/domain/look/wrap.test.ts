import { cleanText, ELLIPSIS, ellipsize, graphemes, layoutLines, wrapLines, type WrapOptions } from './wrap';

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
    [
      'starts a paragraph at U+2028, U+2029, NEL, VT and FF',
      'a\u2028b\u2029c\u0085d\ve\ff',
      200,
      {},
      'abcdef'.split(''),
    ],
    ['never prints control characters', 'uno\u0000\u0007 dos\u001b\u007f\u009b', 200, {}, ['uno dos']],
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

  it('puts the text on one line, without control characters', () => {
    expect(ellipsize('uno\r\ndos\u0007', 90, measure)).toBe('uno dos');
  });
});

describe('cleanText: one rule for line breaks and control characters (canvas, PNG, PDF, CSV)', () => {
  it('turns CR, LF and CRLF alike into one LF, or one space when collapsing', () => {
    for (const text of ['uno\r\ndos', 'uno\rdos', 'uno\ndos', 'uno\u2028dos']) {
      expect(cleanText(text)).toBe('uno\ndos');
      expect(cleanText(text, 'collapse')).toBe('uno dos');
    }
    expect(cleanText('a\r\n\r\nb')).toBe('a\n\nb');
  });

  it('removes C0 and C1 controls and DEL, turns a tab into a space, keeps joiners and bidi marks', () => {
    expect(cleanText('a\u0000b\u0008c\u001fd\u007fe\u0080f\u009fg')).toBe('abcdefg');
    expect(cleanText('a\tb')).toBe('a b');
    const family = '👩\u200d👩\u200d👧';
    expect(cleanText(`${family} \u200fשלום\u200e`)).toBe(`${family} \u200fשלום\u200e`);
  });
});

describe('layoutLines: each line with its paragraph direction (UAX #9 P2-P3)', () => {
  it('reads Hebrew and Arabic paragraphs right to left and Latin ones left to right', () => {
    const lines = layoutLines('Hola\nשלום עולם 123\n123 شكوى العميل\n42', 1000, measure);
    expect(lines.map((l) => l.direction)).toEqual(['ltr', 'rtl', 'rtl', 'ltr']);
  });

  it('gives the lines of one wrapped right-to-left paragraph its direction, digits-only lines too', () => {
    const lines = layoutLines('שלום 12345 67890', 60, measure);
    expect(lines.map((l) => l.text)).toEqual(['שלום', '12345', '67890']);
    expect(lines.every((l) => l.direction === 'rtl')).toBe(true);
  });

  it('passes the paragraph direction to the measure', () => {
    const seen = new Set<string>();
    layoutLines('שלום', 100, (text, direction) => {
      seen.add(direction);
      return measure(text);
    });
    expect([...seen]).toEqual(['rtl']);
  });
});
