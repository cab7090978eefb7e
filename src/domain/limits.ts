/**
 * Every limit of the journey document, in one place: the schema validates with them, commands cut input
 * to them and inputs carry them as maxLength, so a value the editor accepts is never refused or cut on
 * the next load. Lengths are in UTF-16 code units (what String.length and maxLength count); sizes are in
 * canvas units.
 */
export const LIMITS = {
  /** A journey's name: long enough for "Me quejo por un cargo indebido (empresas, canal digital)". */
  journeyName: 120,
  stageName: 200,
  touchpointTitle: 1_000,
  connectionLabel: 200,
  /** A persona's description (who they are, their situation). */
  persona: 2_000,
  personaName: 80,
  opportunityTitle: 300,
  /** Personas a journey can hold (UXPressia keeps five; a few more for segments). */
  personas: 8,
  /**
   * Touchpoints a journey holds. The editor stays fluid at 2,000 (see the README's benchmark) and still
   * works at 5,000; a CSV of 56,861 rows hung the tab. Imports over it are refused before anything is
   * built, and so are pastes and additions that would go past it.
   */
  touchpoints: 5_000,
  /** A custom channel's or function's name. */
  vocabularyLabel: 200,
  /** Descriptions, notes and "what hurts": long enough for a pasted workshop transcript. */
  longText: 1_000_000,
  /** Ids written by this app are UUIDs (36); other tools' ids may be longer. */
  id: 200,
  /** Icon keys of the built-in icon set. */
  iconKey: 50,
  /** A snapshot's name in the version history. */
  snapshotName: 120,
  stageWidth: { min: 200, max: 4_000, default: 300 },
} as const;

/** The most characters each text field of a touchpoint keeps, by field: what commands and imports cut to. */
export const TOUCHPOINT_TEXT_LIMITS = {
  title: LIMITS.touchpointTitle,
  description: LIMITS.longText,
  painNote: LIMITS.longText,
  notes: LIMITS.longText,
  backstage: LIMITS.longText,
  support: LIMITS.longText,
} as const;

/** `text` cut to at most `max` code units, never inside a surrogate pair (an emoji is kept or dropped whole). */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  const splitsPair = code >= 0xd800 && code <= 0xdbff;
  return text.slice(0, splitsPair ? max - 1 : max);
}

/** A stage width clamped to the limits and rounded to whole canvas units; null when not a finite number. */
export function clampStageWidth(width: number): number | null {
  if (!Number.isFinite(width)) return null;
  return Math.round(Math.max(LIMITS.stageWidth.min, Math.min(width, LIMITS.stageWidth.max)));
}
