import { KPI_LIMITS, type KpiField } from './schema';

/** Why typed text is not a measure the journey can keep. */
export type KpiInputRefusal = 'not-a-number' | 'out-of-range' | 'not-integer';

/** What typed text means for a measure: a value to keep (null clears it), or why it is refused. */
export type KpiInput = { ok: true; value: number | null } | { ok: false; reason: KpiInputRefusal };

/**
 * Reads what a person typed into a KPI field: blank clears it; a number (a decimal comma is read as a
 * point, as Spanish writes "4,5") must be within KPI_LIMITS and whole where the measure counts things.
 */
export function readKpiInput(field: KpiField, text: string): KpiInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed)) return { ok: false, reason: 'not-a-number' };
  const value = Number(trimmed.replace(',', '.'));
  const { min, max, integer } = KPI_LIMITS[field];
  if (!Number.isFinite(value) || value < min || value > max) return { ok: false, reason: 'out-of-range' };
  if (integer && !Number.isInteger(value)) return { ok: false, reason: 'not-integer' };
  return { ok: true, value };
}
