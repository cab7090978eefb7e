import type { Locale } from '../domain/locale';
import { numberTag } from '../domain/numberRegion';

/**
 * Regions whose Spanish is Latin American (ISO 3166 codes, and UN M.49's "419", Latin America and the
 * Caribbean); the United States' Spanish speakers write it too.
 */
const LATIN_AMERICA = new Set([
  '419',
  'AR',
  'BO',
  'CL',
  'CO',
  'CR',
  'CU',
  'DO',
  'EC',
  'GT',
  'HN',
  'MX',
  'NI',
  'PA',
  'PE',
  'PR',
  'PY',
  'SV',
  'US',
  'UY',
  'VE',
]);

/**
 * Whether the app's words in `locale` follow Latin American Spanish (es419.ts laid over es.ts): Spanish, in
 * the region the browser's languages give it (numberTag, the same region numbers follow: "es-MX" yes,
 * "es-ES" or a bare "es" no).
 */
export function speaksLatinAmerican(locale: Locale): boolean {
  if (locale !== 'es') return false;
  const region = new Intl.Locale(numberTag(locale)).region;
  return region !== undefined && LATIN_AMERICA.has(region);
}
