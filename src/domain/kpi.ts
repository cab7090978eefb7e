import type { Locale } from './locale';
import { KPI_LIMITS, type KpiField } from './fields';
import { readMoneyText } from './moneyText';
import { decimalMark, type DecimalMark } from './numberRegion';

/**
 * How typed numbers are read: in a language as this user writes it (numberRegion: "es" is "1.200,5" in
 * Spain and "1,200.5" in Mexico), or with a given decimal mark (a table whose delimiter says which).
 */
export type NumberStyle = Locale | DecimalMark;

const markOf = (style: NumberStyle): DecimalMark => (style === ',' || style === '.' ? style : decimalMark(style));

/** Why typed text is not a measure the journey can keep. */
export type KpiInputRefusal = 'not-a-number' | 'out-of-range' | 'not-integer' | 'other-currency';

/** What typed text means for a measure: a value to keep (null clears it), or why it is refused. */
export type KpiInput = { ok: true; value: number | null } | { ok: false; reason: KpiInputRefusal };

/**
 * The decimal mark a number's own text shows, whatever the convention it is read in: with both marks, the
 * last ("1.200,75", "1,200.75"); with one mark repeated ("1.234.567"), the other one, as a decimal mark
 * appears once. Null when the text cannot tell ("1.200", "4,5": one mark, once, or none).
 */
function decimalMarkShown(compact: string): DecimalMark | null {
  const dot = compact.lastIndexOf('.');
  const comma = compact.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) return dot > comma ? '.' : ',';
  if (compact.indexOf('.') !== dot) return ',';
  if (compact.indexOf(',') !== comma) return '.';
  return null;
}

/** Digits grouped in threes by spaces (also no-break and narrow no-break ones), then any decimal part. */
const SPACE_GROUPED = /^[-+\u2212]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d*)?$/;

/**
 * The plain number typed text means in `style`, or null when it is not one: "12.000" is twelve thousand
 * with a decimal comma (Spanish in Spain) and "1,000" a thousand with a decimal point (English, Spanish in
 * Mexico): well-formed groups of three after the first, while a single mark that cannot be grouping is a
 * decimal mark either way ("4.5" and "4,5" are four and a half in both). Text holding both marks, or one
 * repeated, says itself which is the decimal mark (decimalMarkShown), so "1.200,75" is read in any style: a
 * comma-separated file from a spreadsheet set to Spanish writes it though its numbers are read with a point.
 * A minus sign (U+2212) is a minus. Spaces (also no-break and thin ones) group too, in threes only ("8 5" or
 * "30\n40", two cells pasted, is no number). No exponents, no percent signs.
 */
export function parseLocaleNumber(text: string, style: NumberStyle): number | null {
  const trimmed = text.trim();
  // A space groups digits in threes ("12 000", "1 234 567,5", as Spain's norm and the SI write them); any
  // other space, and any tab or line break (two cells pasted: "30\n40"), splits two numbers: not one.
  if (/\s/.test(trimmed) && !SPACE_GROUPED.test(trimmed)) return null;
  // The minus sign (U+2212) that word processors and some keyboards write reads as a hyphen-minus.
  const compact = trimmed.replace(/\s/g, '').replace(/\u2212/g, '-');
  if (!/^[-+]?[\d.,]+$/.test(compact) || !/\d/.test(compact)) return null;
  const decimal = decimalMarkShown(compact) ?? markOf(style);
  const group = decimal === ',' ? '.' : ',';
  const escaped = group === '.' ? '\\.' : ',';
  const grouped = new RegExp(`^[-+]?\\d{1,3}(${escaped}\\d{3})+(${decimal === ',' ? ',' : '\\.'}\\d*)?$`);
  let plain: string;
  if (grouped.test(compact)) plain = compact.split(group).join('').replace(decimal, '.');
  else if (/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(compact)) plain = compact.replace(',', '.');
  else return null;
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}

/** The per cent sign people write beside a percentage, before or after it. */
const PERCENT = /^\s*%\s*|\s*%\s*$/g;

/** A measure's text without its sign, and the currencies a cost's sign allows (null: none named). */
function withoutSign(field: KpiField, text: string): { bare: string; currencies: readonly string[] | null } | null {
  if (field === 'kpiCsat' || field === 'kpiFcr') return { bare: text.replace(PERCENT, ''), currencies: null };
  if (field !== 'kpiCost') return { bare: text, currencies: null };
  const money = readMoneyText(text);
  return money && { bare: money.amount, currencies: money.currencies };
}

/**
 * Reads what a person typed into a KPI field (or a table's cell) in their language: blank clears it; a
 * number (see parseLocaleNumber: "4,5", "12.000" in Spanish; "4.5", "1,000" in English) must be within
 * KPI_LIMITS and whole where the measure counts things. A percentage may carry its sign ("85 %", "85%")
 * and a cost its currency, before or after it, as a symbol or a code in any case ("12,50 €", "US$12",
 * "12 eur", "EUR 12.50"; moneyText.ts); a sign alone ("%") is not a number. Given the journey's `currency`
 * (ISO 4217), a cost written in another ("$ 12" in a euro journey, "USD 12", "R$ 30") is refused
 * ('other-currency'): nothing converts it, and read as euros it would be wrong.
 */
export function readKpiInput(field: KpiField, text: string, locale: NumberStyle, currency?: string): KpiInput {
  if (text.trim() === '') return { ok: true, value: null };
  const signed = withoutSign(field, text);
  const value = signed && /\d/.test(signed.bare) ? parseLocaleNumber(signed.bare, locale) : null;
  if (value === null) return { ok: false, reason: 'not-a-number' };
  if (currency && signed?.currencies && !signed.currencies.includes(currency))
    return { ok: false, reason: 'other-currency' };
  const { min, max, integer } = KPI_LIMITS[field];
  if (value < min || value > max) return { ok: false, reason: 'out-of-range' };
  if (integer && !Number.isInteger(value)) return { ok: false, reason: 'not-integer' };
  // "-0" is 0: stored as -0 it read "NPS -0" on the card.
  return { ok: true, value: value === 0 ? 0 : value };
}

/** A stored measure as the field shows it: the language's decimal mark here, no grouping (it is edited). */
export function kpiInputText(value: number | null, locale: NumberStyle): string {
  return value === null ? '' : String(value).replace('.', markOf(locale));
}

/**
 * Whether a CSAT or FCR value (in %) may be a fraction written for a percentage: above 0 and below 1, as
 * 0.85 for 85 %. It is kept as written (0.85 %); the import warns of a column of them (`percent-as-fraction`)
 * and the inspector of one value.
 */
export function mayBeFraction(field: KpiField, value: number | null): boolean {
  return (field === 'kpiCsat' || field === 'kpiFcr') && value !== null && value > 0 && value < 1;
}
