import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { updateTouchpoints } from './commands/touchpointCommands';
import { createEmptyJourney } from './factory';
import { newTouchpoint } from './commands/touchpointCommands';
import { kpiInputText, mayBeFraction, parseLocaleNumber, readKpiInput } from './kpi';

describe('readKpiInput', () => {
  it('refuses a cost written in another currency than the journey’s, and keeps one in its own', () => {
    const refused = { ok: false, reason: 'other-currency' };
    expect(readKpiInput('kpiCost', '$12', 'en', 'EUR')).toEqual(refused);
    expect(readKpiInput('kpiCost', '12 USD', 'en', 'EUR')).toEqual(refused);
    expect(readKpiInput('kpiCost', '12,50 €', 'es', 'MXN')).toEqual(refused);
    expect(readKpiInput('kpiCost', '£3', 'en', 'USD')).toEqual(refused);
    expect(readKpiInput('kpiCost', '12,50 €', 'es', 'EUR')).toEqual({ ok: true, value: 12.5 });
    expect(readKpiInput('kpiCost', '$ 250', 'es', 'MXN')).toEqual({ ok: true, value: 250 });
    expect(readKpiInput('kpiCost', 'COP 4.500', 'es', 'COP')).toEqual({ ok: true, value: 4500 });
    expect(readKpiInput('kpiCost', '12', 'en', 'GBP')).toEqual({ ok: true, value: 12 });
    // Without a currency to compare with (a table being imported), the sign is only dropped.
    expect(readKpiInput('kpiCost', '$12', 'en')).toEqual({ ok: true, value: 12 });
    // Not a number stays the first thing said.
    expect(readKpiInput('kpiCost', '$abc', 'en', 'EUR')).toEqual({ ok: false, reason: 'not-a-number' });
  });

  // A currency before or after the figure, as a symbol (also a dollar with its country's letters) or a code
  // in any case, with the figure written as Spain or the United States writes it.
  it.each([
    ['es', 'EUR', '1.234,5 €', 1234.5],
    ['es', 'EUR', '1.234,5€', 1234.5],
    ['es', 'EUR', '€ 1.234,5', 1234.5],
    ['es', 'EUR', '12 eur', 12],
    ['es', 'EUR', '12 EUR', 12],
    ['es', 'EUR', '12,50 Eur', 12.5],
    ['es', 'EUR', 'eur 12,50', 12.5],
    ['en', 'EUR', '12€', 12],
    ['en', 'EUR', '€ 12', 12],
    ['en', 'EUR', '12 eur', 12],
    ['en', 'USD', 'US$1,234.50', 1234.5],
    ['en', 'USD', 'US$ 12', 12],
    ['en', 'USD', '12 US$', 12],
    ['en', 'USD', 'us$12', 12],
    ['en', 'USD', '12 usd', 12],
    ['es', 'USD', 'US$1.234,50', 1234.5],
    ['es', 'USD', '1.234,50 US$', 1234.5],
    ['en', 'MXN', 'MX$250', 250],
    ['en', 'MXN', 'MX$1,250.75', 1250.75],
    ['es', 'MXN', 'MX$ 250', 250],
    ['en', 'MXN', '$250 MXN', 250],
    ['en', 'CAD', 'CA$9.99', 9.99],
    ['en', 'AUD', 'A$15', 15],
    ['es', 'BRL', 'R$ 30,90', 30.9],
    ['es', 'PEN', 'S/ 45,5', 45.5],
    // "$" alone is the journey's currency when that is a dollar or a peso.
    ['en', 'USD', '$12', 12],
    ['es', 'MXN', '$ 1.250,5', 1250.5],
    ['en', 'CAD', '$12', 12],
  ] as const)('in %s, a %s journey keeps "%s" as %s', (locale, currency, text, value) => {
    expect(readKpiInput('kpiCost', text, locale, currency)).toEqual({ ok: true, value });
  });

  it.each([
    ['en', 'EUR', 'US$12'],
    ['en', 'EUR', 'MX$250'],
    ['en', 'EUR', '12 US$'],
    ['en', 'EUR', '12 usd'],
    ['es', 'EUR', 'R$ 30,90'],
    ['en', 'USD', 'MX$250'],
    ['en', 'USD', 'CA$9.99'],
    ['en', 'USD', '12 eur'],
    ['es', 'USD', '1.234,5 €'],
    ['en', 'MXN', 'A$15'],
    ['en', 'MXN', '$12 USD'],
    ['en', 'BRL', '$12'],
  ] as const)('in %s, a %s journey refuses "%s" as in another currency', (locale, currency, text) => {
    expect(readKpiInput('kpiCost', text, locale, currency)).toEqual({ ok: false, reason: 'other-currency' });
  });

  it('refuses a cost whose two marks disagree, or whose letters are no currency, as no number', () => {
    const notANumber = { ok: false, reason: 'not-a-number' };
    expect(readKpiInput('kpiCost', '€12 USD', 'en', 'EUR')).toEqual(notANumber);
    expect(readKpiInput('kpiCost', '12 abc', 'en', 'EUR')).toEqual(notANumber);
    expect(readKpiInput('kpiCost', 'US$', 'en', 'USD')).toEqual(notANumber);
    // A table being imported has no currency to compare with: the mark is only dropped.
    expect(readKpiInput('kpiCost', 'MX$250', 'en')).toEqual({ ok: true, value: 250 });
    expect(readKpiInput('kpiCost', '12 eur', ',')).toEqual({ ok: true, value: 12 });
  });

  it.each([
    // A thousands separator is never read as a decimal mark: 1,000 contacts are a thousand, not one.
    ['en', 'kpiVolume', '1,000', 1000],
    ['en', 'kpiVolume', '12,500', 12500],
    ['en', 'kpiCost', '2,500.75', 2500.75],
    ['en', 'kpiCost', '4.5', 4.5],
    ['en', 'kpiCsat', '71,5', 71.5],
    ['es', 'kpiVolume', '12.000', 12000],
    ['es', 'kpiVolume', '1 200', 1200],
    ['es', 'kpiVolume', '1\u00a0234\u202f567', 1234567],
    ['en', 'kpiCost', '12 000.50', 12000.5],
    ['es', 'kpiCsat', '85 %', 85],
    ['es', 'kpiCost', '1.250,5', 1250.5],
    ['es', 'kpiCost', '2,500', 2.5],
    ['es', 'kpiCes', '4.5', 4.5],
  ] as const)('in %s reads %s = "%s" as %s', (locale, field, text, value) => {
    expect(readKpiInput(field, text, locale)).toEqual({ ok: true, value });
  });

  // A cell holding both marks says which is which, whatever the table's or the user's convention: the last
  // is the decimal mark. A mark repeated in groups of three only groups. Google Sheets in Spanish writes
  // "1.200,75" into a comma-separated file, whose numbers are otherwise read with a decimal point.
  it.each([
    ['.', '1.200,75', 1200.75],
    [',', '1.200,75', 1200.75],
    ['en', '1.200,75', 1200.75],
    ['.', '1,200.75', 1200.75],
    [',', '1,200.75', 1200.75],
    ['es', '1,200.75', 1200.75],
    ['.', '-1.234.567,5', -1234567.5],
    ['.', '1.234.567', 1234567],
    [',', '1,234,567', 1234567],
    ['.', '1,234,567', 1234567],
    [',', '1.234.567', 1234567],
  ] as const)('in %s reads "%s", with both marks or one repeated, as %s', (style, text, value) => {
    expect(parseLocaleNumber(text, style)).toBe(value);
  });

  it.each([
    // Only well-formed groups: a mark in the wrong place, or both marks in the wrong order, is no number.
    ['.', '1.20,75'],
    [',', '1,2.75'],
    ['.', '1.200,75,5'],
    [',', '1,200.75.5'],
    ['.', '12.34.567'],
    [',', '1,234,56'],
    ['.', '1.200.75,5'],
    // Spaces group in threes only; any other space, a tab or a line break (two cells pasted) splits two numbers.
    [',', '8 5'],
    [',', '30 40'],
    ['.', '12 34 56'],
    [',', '30\n40'],
    ['.', '1200\t300'],
    [',', '5\r\n10'],
  ] as const)('in %s refuses "%s"', (style, text) => {
    expect(parseLocaleNumber(text, style)).toBeNull();
  });

  it('still reads a lone "1.200" or "1,200" by the convention it is given', () => {
    expect([parseLocaleNumber('1.200', ','), parseLocaleNumber('1.200', '.')]).toEqual([1200, 1.2]);
    expect([parseLocaleNumber('1,200', '.'), parseLocaleNumber('1,200', ',')]).toEqual([1200, 1.2]);
  });

  it('reads "-0" as 0, never a negative zero a card would show as "-0"', () => {
    const read = readKpiInput('kpiNps', '-0', 'en');
    expect(read.ok && Object.is(read.value, 0)).toBe(true);
  });

  it('refuses grouping that is not groups of three, and shows a stored value with the language’s mark', () => {
    expect(readKpiInput('kpiVolume', '1,00,0', 'en')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(readKpiInput('kpiVolume', '12.34.5', 'es')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(kpiInputText(4.5, 'es')).toBe('4,5');
    expect(kpiInputText(4.5, 'en')).toBe('4.5');
    expect(kpiInputText(null, 'es')).toBe('');
  });

  it.each([
    ['kpiNps', '-100', -100],
    ['kpiNps', '100', 100],
    ['kpiNps', ' 35 ', 35],
    ['kpiCsat', '71,5', 71.5],
    ['kpiCes', '3.2', 3.2],
    ['kpiCes', '1', 1],
    ['kpiFcr', '0', 0],
    ['kpiVolume', '12000', 12000],
    ['kpiCost', '4.75', 4.75],
    // A percentage with its sign and a cost with its currency, as spreadsheets write them.
    ['kpiCsat', '85 %', 85],
    ['kpiFcr', '70%', 70],
    ['kpiCost', '€12.50', 12.5],
    ['kpiCost', 'EUR 3', 3],
    ['kpiNps', '', null],
    ['kpiNps', '   ', null],
  ] as const)('keeps %s = "%s" as %s', (field, text, value) => {
    expect(readKpiInput(field, text, 'en')).toEqual({ ok: true, value });
  });

  it.each([
    ['kpiNps', '101', 'out-of-range'],
    ['kpiNps', '-101', 'out-of-range'],
    ['kpiCsat', '100.5', 'out-of-range'],
    ['kpiCes', '0', 'out-of-range'],
    ['kpiCes', '8', 'out-of-range'],
    ['kpiFcr', '-1', 'out-of-range'],
    ['kpiCost', '-0.5', 'out-of-range'],
    ['kpiVolume', '12.5', 'not-integer'],
    ['kpiNps', 'abc', 'not-a-number'],
    ['kpiNps', '1e3', 'not-a-number'],
    // NPS is a score, not a percentage; a sign alone is not a number.
    ['kpiNps', '50%', 'not-a-number'],
    ['kpiCsat', '%', 'not-a-number'],
    ['kpiCost', '12 %', 'not-a-number'],
  ] as const)('refuses %s = "%s" (%s)', (field, text, reason) => {
    expect(readKpiInput(field, text, 'en')).toEqual({ ok: false, reason });
  });
});

describe('mayBeFraction', () => {
  it('flags a CSAT or FCR strictly between 0 and 1, and nothing else', () => {
    expect([0.85, 0.5, 0.01].map((v) => mayBeFraction('kpiCsat', v))).toEqual([true, true, true]);
    expect(mayBeFraction('kpiFcr', 0.7)).toBe(true);
    expect([0, 1, 85, null].map((v) => mayBeFraction('kpiCsat', v))).toEqual([false, false, false, false]);
    // Only percentages: a cost of 0.85 or a CES of 0.5 is no fraction of anything.
    expect(mayBeFraction('kpiCost', 0.85)).toBe(false);
    expect(mayBeFraction('kpiNps', 0.5)).toBe(false);
  });
});

describe('updateTouchpoints with a measure out of its range', () => {
  it('changes nothing, even when a command is run with it directly', () => {
    const journey = createEmptyJourney('x', ['A']);
    journey.touchpoints = [{ ...newTouchpoint(journey, { x: 0, y: 0 }), id: 't', kpiNps: 10 }];
    const next = produce(journey, (d) =>
      updateTouchpoints.apply(d, { ids: ['t'], fields: { kpiNps: 150, kpiCes: 0 } }),
    );
    expect(next).toBe(journey);
  });
});
