import { baseDirection, firstStrongDirection, hasRightToLeft } from './direction';

describe('baseDirection (UAX #9 P2-P3, as dir="auto")', () => {
  it.each([
    ['Me quejo', 'ltr'],
    ['Жалоба клиента', 'ltr'],
    ['顧客の苦情', 'ltr'],
    ['שלום', 'rtl'],
    ['شكوى العميل', 'rtl'],
    ['123 شكوى', 'rtl'],
    ['«¿42?» Zażółć', 'ltr'],
    ['(!) שלום and more', 'rtl'],
    ['', 'ltr'],
    ['123 - 456', 'ltr'],
    ['🚀 🤩', 'ltr'],
  ])('%s reads %s', (text, direction) => {
    expect(baseDirection(text)).toBe(direction);
  });

  it('follows the invisible marks LRM, RLM and ALM', () => {
    expect(baseDirection('\u200f123 abc')).toBe('rtl');
    expect(baseDirection('\u061c123 abc')).toBe('rtl');
    expect(baseDirection('\u200e123 שלום')).toBe('ltr');
  });

  it('skips what an isolate encloses (P2)', () => {
    expect(baseDirection('\u2067abc\u2069 שלום')).toBe('rtl');
    expect(firstStrongDirection('\u2066שלום\u2069')).toBeNull();
  });
});

describe('hasRightToLeft', () => {
  it('finds Hebrew and Arabic letters, not Latin, Cyrillic, CJK or emoji', () => {
    expect(hasRightToLeft('abc שלום')).toBe(true);
    expect(hasRightToLeft('Pago ١٢٣ شكوى')).toBe(true);
    expect(hasRightToLeft('Zażółć Жалоба 顧客 🚀')).toBe(false);
  });
});
