import type { Emotion, Stage, Touchpoint } from '../domain/journey';
import { shownEmotion } from '../domain/personas';

/** A stage's band along the presentation curve. */
export interface CurveBand {
  stageId: string;
  x: number;
  width: number;
}

/** A touchpoint's place along the presentation curve. */
export interface CurveSlot {
  touchpointId: string;
  stageId: string;
  x: number;
  emotion: Emotion | null;
  momentOfTruth: boolean;
  painPoint: boolean;
}

/**
 * Spreads touchpoints evenly along a width, stage by stage, whatever their canvas positions: on a
 * projector the curve reads as a sequence. An empty stage keeps one slot so its band still shows. Each
 * slot's emotion is `persona`'s (shownPersonaId: null for the main one), as the editor's cards show it.
 */
export function curveLayout(
  stages: readonly Stage[],
  ordered: readonly Touchpoint[],
  width: number,
  persona: string | null,
): { bands: CurveBand[]; slots: CurveSlot[] } {
  const byStage = new Map<string, Touchpoint[]>(stages.map((s) => [s.id, []]));
  for (const t of ordered) byStage.get(t.stageId)?.push(t);
  const total = stages.reduce((sum, s) => sum + Math.max(1, byStage.get(s.id)!.length), 0);
  const slotWidth = width / Math.max(total, 1);
  const bands: CurveBand[] = [];
  const slots: CurveSlot[] = [];
  let cursor = 0;
  for (const stage of stages) {
    const members = byStage.get(stage.id)!;
    bands.push({ stageId: stage.id, x: cursor * slotWidth, width: Math.max(1, members.length) * slotWidth });
    members.forEach((t, i) => {
      slots.push({
        touchpointId: t.id,
        stageId: stage.id,
        x: (cursor + i + 0.5) * slotWidth,
        emotion: shownEmotion(t, persona),
        momentOfTruth: t.momentOfTruth,
        painPoint: t.painPoint,
      });
    });
    cursor += Math.max(1, members.length);
  }
  return { bands, slots };
}
