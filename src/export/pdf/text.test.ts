import { jsPDF } from 'jspdf';
import { estimatedFallback } from './fallback';
import { isWinAnsi, textWidth } from './metrics';
import { chooseFont, Typesetter, type TextStyle } from './text';

const helvetica = new Typesetter('helvetica', estimatedFallback);
const noto = new Typesetter('noto', estimatedFallback);
const style: TextStyle = { weight: 'bold', size: 8 };
const texts = (runs: { text: string }[]) => runs.map((r) => r.text);

describe('Typesetter.prepare', () => {
  it('keeps Spanish letters, ¿ ¡, typographic quotes, dashes and the euro sign', () => {
    const text = '¿Qué tal? ¡Wow! áéíóú ÁÉÍÓÚ ñÑ üÜ “dobles” ‘simples’ «angulares» – — … € •';
    expect(helvetica.prepare(text)).toBe(text);
    expect(noto.prepare(text)).toBe(text);
  });

  it('composes decomposed accents, cleans line breaks and controls, maps Intl spaces for Helvetica only', () => {
    expect(helvetica.prepare('Me\u0301xico')).toBe('México');
    expect(helvetica.prepare('4\u202Fde\u00A0marzo')).toBe('4 de\u00A0marzo');
    expect(noto.prepare('4\u202Fde')).toBe('4\u202Fde');
    expect(helvetica.prepare('a\u0007b\tc')).toBe('ab c');
    expect(helvetica.prepare('uno\r\ndos\rtres\u2028cuatro')).toBe('uno\ndos\ntres\ncuatro');
    expect(helvetica.singleLine('  uno \n dos  ')).toBe('uno dos');
  });
});

describe('chooseFont', () => {
  it('keeps Helvetica for WinAnsi text, even with emoji or CJK (pictures), and embeds Noto Sans otherwise', () => {
    expect(chooseFont(['¿Qué? ¡Sí! “Comillas” – pingüino'])).toBe('helvetica');
    expect(chooseFont(['Pago 💳 rápido 漢字', '4\u202Fde marzo'])).toBe('helvetica');
    expect(chooseFont(['Me quejo', 'Zażółć gęślą jaźń'])).toBe('noto');
    expect(chooseFont(['Жалоба клиента'])).toBe('noto');
    expect(chooseFont(['Ελληνικά'])).toBe('noto');
  });
});

describe('Typesetter.runs', () => {
  it('sets what the font has as text and the rest as picture runs, never as "?"', () => {
    const runs = helvetica.runs('Pago 💳 rápido 漢字', style);
    expect(texts(runs)).toEqual(['Pago ', '💳', ' rápido ', '漢字']);
    expect(runs.map((r) => r.image)).toEqual([false, true, false, true]);
    expect(texts(noto.runs('Zażółć gęślą jaźń', style))).toEqual(['Zażółć gęślą jaźń']);
    expect(texts(helvetica.runs('Zażółć', style))).toEqual(['Za', 'ż', 'ó', 'łć']);
  });

  it('keeps emoji sequences, flags and keycaps whole in one picture and drops lone invisible characters', () => {
    expect(texts(noto.runs('a 👩\u200d👩\u200d👧 🇪🇸 1\ufe0f\u20e3 b', style))).toEqual([
      'a ',
      '👩\u200d👩\u200d👧',
      ' ',
      '🇪🇸',
      ' ',
      '1\ufe0f\u20e3',
      ' b',
    ]);
    expect(texts(noto.runs('a\u200bb\u00adc', style))).toEqual(['abc']);
  });

  it('draws letters the font lacks, and combining sequences it cannot compose, as pictures', () => {
    expect(noto.runs('a → b', style).map((r) => r.image)).toEqual([false, true, false]);
    expect(noto.runs('x\u0304', style)[0].image).toBe(true);
  });

  it('orders a right-to-left paragraph by the bidi algorithm, Latin and numbers left to right', () => {
    const runs = noto.runs('שלום 123 abc', style, 'rtl');
    expect(texts(runs)).toEqual(['abc', ' ', '123', 'שלום ']);
    expect(runs.map((r) => r.rtl)).toEqual([false, true, false, true]);
    // A number after Latin letters takes their direction (UAX #9 W7).
    expect(texts(noto.runs('שלום abc 123', style, 'rtl'))).toEqual(['abc 123', 'שלום ']);
    // In a left-to-right paragraph, Latin first; the number after Hebrew joins its right-to-left stretch.
    expect(texts(noto.runs('abc שלום 123', style, 'ltr'))).toEqual(['abc ', '123', 'שלום ']);
  });

  it('measures a line as the sum of its runs', () => {
    for (const line of ['Pago 💳 rápido 漢字', 'Жалоба клиента', 'شكوى العميل 42']) {
      const direction = /[\u0600-\u06ff]/.test(line) ? 'rtl' : 'ltr';
      const sum = noto.runs(line, style, direction).reduce((total, run) => total + run.width, 0);
      expect(noto.measure(line, style, direction)).toBeCloseTo(sum, 6);
    }
  });
});

describe('Typesetter.wrap', () => {
  it('wraps at spaces without exceeding the width', () => {
    const lines = helvetica.wrap('Declaro mi interés y solicito información sobre la tarifa', style, 80);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(helvetica.measure(line.text, style)).toBeLessThanOrEqual(80);
    expect(lines.map((l) => l.text).join(' ')).toBe('Declaro mi interés y solicito información sobre la tarifa');
  });

  it('breaks a 300-character word of any script within the width, keeping every character', () => {
    for (const word of ['ż'.repeat(300), '顧'.repeat(300), 'Ж🚀'.repeat(150)]) {
      const lines = noto.wrap(word, style, 90);
      for (const line of lines) expect(noto.measure(line.text, style)).toBeLessThanOrEqual(90);
      expect(lines.map((l) => l.text).join('')).toBe(word);
    }
  });

  it('stops after maxLines with an ellipsis that still fits, and gives no lines for blank text', () => {
    const lines = helvetica.wrap('uno dos tres cuatro cinco seis siete ocho nueve diez once doce', style, 60, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].text.endsWith('…')).toBe(true);
    expect(helvetica.measure(lines[1].text, style)).toBeLessThanOrEqual(60);
    expect(helvetica.wrap('   ', style, 60)).toEqual([]);
    expect(helvetica.ellipsize('Centro de llamadas', style, 40).endsWith('…')).toBe(true);
    expect(helvetica.ellipsize('Web', style, 40)).toBe('Web');
  });
});

describe('Helvetica metrics', () => {
  it('agree with jsPDF (which rounds them) wherever jsPDF has a width', () => {
    const doc = new jsPDF({ unit: 'pt' });
    let compared = 0;
    for (const weight of ['normal', 'bold'] as const) {
      doc.setFont('helvetica', weight);
      // jsPDF lacks a few glyphs (no-break space, ½, Ð...) and gives them this fallback width.
      const fallback = doc.getStringUnitWidth('\u0001');
      for (let code = 32; code <= 255; code++) {
        if (code > 126 && code < 160) continue;
        const char = String.fromCharCode(code);
        const theirs = doc.getStringUnitWidth(char);
        if (theirs === fallback) continue;
        compared++;
        expect(Math.abs(textWidth(char, weight, 1000) - theirs * 1000), `${weight} ${char}`).toBeLessThanOrEqual(12);
      }
    }
    expect(compared).toBeGreaterThan(340);
  });

  it('cover exactly WinAnsi: Latin-1 and the 27 characters of 0x80-0x9F', () => {
    let count = 0;
    for (let code = 0; code < 0x10000; code++) if (isWinAnsi(code)) count++;
    expect(count).toBe(95 + 96 + 27);
    expect(isWinAnsi('–'.codePointAt(0)!)).toBe(true);
    expect(isWinAnsi('→'.codePointAt(0)!)).toBe(false);
  });
});
