import { Angry, CircleDashed, Frown, Laugh, Meh, Smile, type LucideIcon } from 'lucide-react';
import type { Emotion } from '../domain/journey';
import { EMOTION_COLORS, NO_EMOTION_COLOR } from '../domain/look/colors';

const FACES: Record<Emotion, LucideIcon> = { [-2]: Angry, [-1]: Frown, [0]: Meh, [1]: Smile, [2]: Laugh };

/** The face for an emotion step, coloured along the red-to-green scale. */
export function EmotionFace({ emotion, size = 18 }: { emotion: Emotion | null; size?: number }) {
  if (emotion === null) return <CircleDashed size={size} aria-hidden="true" color={NO_EMOTION_COLOR} />;
  const Face = FACES[emotion];
  return <Face size={size} aria-hidden="true" color={EMOTION_COLORS[emotion]} strokeWidth={2.25} />;
}
