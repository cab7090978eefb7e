import { CURRENCIES } from './numberRegion';
import { escapeRegExp } from './regExp';

/**
 * The currency a typed cost names, as people write one beside its figure: a symbol ("12,50 €", "$250",
 * "US$12", "R$ 30") or an ISO 4217 code ("EUR 12", "12 eur"), before or after the number, in any letter
 * case, with or without a space. Each is read as the ISO codes it may stand for, so a cost in another
 * currency than the journey's can be refused rather than read as if it were in it.
 */

/**
 * What each symbol is written for (ISO 4217): the app's currencies (numberRegion's CURRENCIES) and the
 * dollars people name with their country's letters. "$" alone is every dollar and peso written so at home.
 */
const SYMBOLS: Readonly<Record<string, readonly string[]>> = {
  '€': ['EUR'],
  '£': ['GBP'],
  $: ['USD', 'MXN', 'COP', 'ARS', 'CLP', 'UYU', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD'],
  US$: ['USD'],
  // How Argentina and Uruguay write the dollar, beside their own "$".
  U$S: ['USD'],
  MX$: ['MXN'],
  MEX$: ['MXN'],
  COL$: ['COP'],
  CLP$: ['CLP'],
  $U: ['UYU'],
  R$: ['BRL'],
  'S/': ['PEN'],
  'S/.': ['PEN'],
  CA$: ['CAD'],
  A$: ['AUD'],
  AU$: ['AUD'],
  NZ$: ['NZD'],
  HK$: ['HKD'],
  S$: ['SGD'],
};

// Longest first, so "US$" is one symbol rather than "US" and "$", and case-blind: "us$12", "mx$250".
const SYMBOL = Object.keys(SYMBOLS)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
const MARK = `${SYMBOL}|[A-Za-z]{3}`;
const LEADING = new RegExp(`^\\s*(${MARK})\\s*`, 'i');
const TRAILING = new RegExp(`\\s*(${MARK})\\s*$`, 'i');

let known: ReadonlySet<string> | undefined;

/** Whether `code` (capitals) is a currency's ISO 4217 code, as the runtime's Intl knows them. */
function isCurrencyCode(code: string): boolean {
  // Intl.supportedValuesOf is missing from older browsers: the app's own currencies are known everywhere.
  known ??= new Set<string>([
    ...CURRENCIES,
    ...(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : []),
  ]);
  return known.has(code);
}

/**
 * The ISO codes a mark (a LEADING or TRAILING match) stands for, or null when it is no currency's. Three
 * letters are a code: in capitals any code ("XYZ 12": a file may hold any currency), in other cases only a
 * currency's ("12 eur"), so a word such as "por" is not taken for one.
 */
function currenciesOf(mark: string): readonly string[] | null {
  const upper = mark.toUpperCase();
  const symbol = SYMBOLS[upper];
  if (symbol) return symbol;
  if (!/^[A-Za-z]{3}$/.test(mark)) return null;
  return mark === upper || isCurrencyCode(upper) ? [upper] : null;
}

/** A cost's text without its currency marks, and the currencies those marks allow. */
export interface MoneyText {
  /** The text left for the number, trimmed: "1.234,5" from "1.234,5 €". */
  amount: string;
  /**
   * The ISO 4217 codes the text may be in, in capitals: ["EUR"] for "12 eur", every dollar and peso for
   * "$12", those both marks allow for "$250 MXN". Null when no currency is named.
   */
  currencies: readonly string[] | null;
}

/**
 * Splits a typed cost into its number's text and the currencies named before and after it (see SYMBOLS;
 * codes in any case). Null when the two marks name no currency in common ("€12 USD"), which no amount is.
 * The amount is not checked: "US$abc" gives "abc", for the number parser to refuse.
 */
export function readMoneyText(text: string): MoneyText | null {
  let amount = text;
  let currencies: readonly string[] | null = null;
  for (const mark of [LEADING, TRAILING]) {
    const match = mark.exec(amount);
    const named = match ? currenciesOf(match[1]) : null;
    if (!match || !named) continue;
    amount = mark === LEADING ? amount.slice(match[0].length) : amount.slice(0, match.index);
    currencies = currencies ? currencies.filter((c) => named.includes(c)) : named;
  }
  if (currencies && currencies.length === 0) return null;
  return { amount: amount.trim(), currencies };
}
