import { afterEach, describe, expect, it } from 'vitest';
import { readKpiInput, kpiInputText } from './kpi';
import { formatKpi } from './kpiFormat';
import { blankJourney } from './blank';
import { decimalMark, defaultCurrency, numberTag, setNumberRegions } from './numberRegion';
import { csvDecimal, csvText } from '../export/csv';
import { numberLocaleOf } from './table/measureCells';

afterEach(() => setNumberRegions([]));

describe('numbers as the browser’s region writes them', () => {
  it('reads and writes Spanish numbers as in Mexico for a browser that prefers es-MX', () => {
    setNumberRegions(['es-MX', 'es', 'en']);
    expect(numberTag('es')).toBe('es-MX');
    expect(decimalMark('es')).toBe('.');
    expect(readKpiInput('kpiVolume', '1,200', 'es')).toEqual({ ok: true, value: 1200 });
    expect(readKpiInput('kpiCost', '1,250.75', 'es')).toEqual({ ok: true, value: 1250.75 });
    expect(readKpiInput('kpiCes', '4.5', 'es')).toEqual({ ok: true, value: 4.5 });
    expect(kpiInputText(4.5, 'es')).toBe('4.5');
    expect(formatKpi('kpiCost', 546000, 'es', 'MXN')).toBe('$546,000.00');
    expect(csvDecimal(45.5, 'es')).toBe('45.5');
    expect(csvText([['a', 'b']], 'es')).toBe('\uFEFFa,b\r\n');
    expect(defaultCurrency()).toBe('MXN');
    expect(blankJourney().currency).toBe('MXN');
  });

  it('keeps Spain’s conventions for Spanish alone, or for es-ES, and the euro', () => {
    for (const languages of [[], ['es'], ['es-ES', 'en-US']]) {
      setNumberRegions(languages);
      expect(readKpiInput('kpiVolume', '12.000', 'es')).toEqual({ ok: true, value: 12000 });
      expect(readKpiInput('kpiCes', '4,5', 'es')).toEqual({ ok: true, value: 4.5 });
      expect(kpiInputText(4.5, 'es')).toBe('4,5');
      expect(csvText([['a', 'b']], 'es')).toBe('\uFEFFa;b\r\n');
      expect(blankJourney().currency).toBe('EUR');
    }
  });

  it('reads a table by the decimal mark its delimiter says, whatever the region', () => {
    setNumberRegions(['es-MX']);
    expect(readKpiInput('kpiVolume', '1.234', numberLocaleOf(';', 'es'))).toEqual({ ok: true, value: 1234 });
    expect(readKpiInput('kpiCes', '1,5', numberLocaleOf(';', 'es'))).toEqual({ ok: true, value: 1.5 });
    expect(readKpiInput('kpiVolume', '1,200', numberLocaleOf(',', 'es'))).toEqual({ ok: true, value: 1200 });
    // A pasted range (tabs) is read as the user writes numbers.
    expect(readKpiInput('kpiVolume', '1,200', numberLocaleOf('\t', 'es'))).toEqual({ ok: true, value: 1200 });
  });

  it('gives a new journey the currency of the region the browser names, the euro when it names none', () => {
    setNumberRegions(['en-US']);
    expect(defaultCurrency()).toBe('USD');
    setNumberRegions(['es-CO']);
    expect(defaultCurrency()).toBe('COP');
    setNumberRegions(['en', 'fr-FR']);
    expect(defaultCurrency()).toBe('EUR');
    setNumberRegions(['not a tag', 'es-AR']);
    expect(defaultCurrency()).toBe('ARS');
    setNumberRegions(['en-Latn', 'es-MX-u-nu-arab']);
    expect(defaultCurrency()).toBe('MXN');
    expect(numberTag('es')).toBe('es-MX');
  });
});

describe('a minus sign', () => {
  it('reads the typographic minus (U+2212) as a minus', () => {
    expect(readKpiInput('kpiNps', '\u221212', 'es')).toEqual({ ok: true, value: -12 });
  });
});
