import type { Locale } from '../domain/locale';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "hace 5 minutos" / "5 minutes ago", in the active language. */
export function formatRelativeTime(iso: string, locale: Locale, now: Date = new Date()): string {
  const seconds = (new Date(iso).getTime() - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'minute');
}

/** A full date and time, e.g. for tooltips; `seconds` tells apart two moments of one minute. */
export function formatDateTime(iso: string, locale: Locale, { seconds = false } = {}): string {
  const timeStyle = seconds ? 'medium' : 'short';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle }).format(new Date(iso));
}

/** Items joined as the language writes a list: "“A”, “B” and “C”" / "«A», «B» y «C»". */
export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
