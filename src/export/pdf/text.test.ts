import { jsPDF } from 'jspdf';
import { isWinAnsi, textWidth } from './metrics';
import { ellipsize, measure, sanitizePdfText, singleLine, wrapText, type TextStyle } from './text';

describe('sanitizePdfText', () => {
  it('keeps Spanish letters, ¿ ¡, typographic quotes, dashes and the euro sign', () => {
    const text = '¿Qué tal? ¡Wow! áéíóú ÁÉÍÓÚ ñÑ üÜ “dobles” ‘simples’ «angulares» – — … € •';
    expect(sanitizePdfText(text)).toBe(text);
  });

  it('replaces each emoji, flag, emoji sequence and CJK character with one "?"', () => {
    expect(sanitizePdfText('Pago 💳 rápido')).toBe('Pago ? rápido');
    expect(sanitizePdfText('👍🏽 🇪🇸 ❤️ 👩‍👩‍👧')).toBe('? ? ? ?');
    expect(sanitizePdfText('漢字')).toBe('??');
    expect(sanitizePdfText('a → b')).toBe('a ? b');
  });

  it('composes decomposed accents, maps Intl spaces and drops invisible characters', () => {
    expect(sanitizePdfText('Me\u0301xico')).toBe('México');
    expect(sanitizePdfText('4\u202Fde\u00A0marzo')).toBe('4 de\u00A0marzo');
    expect(sanitizePdfText('a\u200Bb\uFEFFc\u0007d\te')).toBe('abcd e');
    expect(sanitizePdfText('uno\r\ndos\rtres')).toBe('uno\ndos\ntres');
    expect(singleLine('  uno \n dos  ')).toBe('uno dos');
  });

  it('leaves only characters Helvetica in WinAnsi can draw', () => {
    const text = sanitizePdfText('Mezcla 😀 ñ 漢 “x” Ω ≠ ∞ ½');
    for (const char of text) expect(isWinAnsi(char.codePointAt(0)!) || char === '\n').toBe(true);
  });
});

describe('wrapText', () => {
  const style: TextStyle = { weight: 'bold', size: 8 };

  it('wraps at spaces without exceeding the width', () => {
    const lines = wrapText('Declaro mi interés y solicito información sobre la tarifa', style, 80);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measure(line, style)).toBeLessThanOrEqual(80);
    expect(lines.join(' ')).toBe('Declaro mi interés y solicito información sobre la tarifa');
  });

  it('breaks a word wider than the line, and keeps paragraphs', () => {
    const lines = wrapText('Supercalifragilisticoespialidoso\nfin', style, 50);
    for (const line of lines) expect(measure(line, style)).toBeLessThanOrEqual(50);
    expect(lines.join('').replace('fin', '')).toBe('Supercalifragilisticoespialidoso');
    expect(lines.at(-1)).toBe('fin');
  });

  it('stops after maxLines with an ellipsis that still fits', () => {
    const lines = wrapText('uno dos tres cuatro cinco seis siete ocho nueve diez once doce', style, 60, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
    expect(measure(lines[1], style)).toBeLessThanOrEqual(60);
  });

  it('gives no lines for empty text and ellipsizes one line', () => {
    expect(wrapText('   ', style, 60)).toEqual([]);
    expect(ellipsize('Centro de llamadas', style, 40).endsWith('…')).toBe(true);
    expect(ellipsize('Web', style, 40)).toBe('Web');
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
