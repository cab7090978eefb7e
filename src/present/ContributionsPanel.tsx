import { useState } from 'react';
import { Check } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { summarizeTarget, type AcceptedAs, type Contribution } from '../domain/contributions';
import { formatEmotionAverage, nearestEmotion } from '../domain/emotionAverage';
import type { Touchpoint } from '../domain/journey';
import { shownEmotion } from '../domain/personas';
import { acceptedNoteIsInTouchpoint } from '../domain/presentation';
import { EMOTION_LABELS } from '../domain/vocabulary';
import type { WorkshopState } from '../sync/workshop';
import { useLocale } from '../ui/useLocale';
import type { ShownPersona } from '../ui/useShownPersona';
import './ContributionsPanel.css';

interface Props {
  /** The stage or touchpoint shown. */
  targetId: string;
  /** The touchpoint shown, when the step is one: its notes can be accepted, its emotion compared. */
  touchpoint?: Touchpoint;
  /** Whose emotion on the map the room's is compared with (useShownPersona): null for the main persona. */
  persona: ShownPersona | null;
  /**
   * When the step is a stage: whether a note accepted as a touchpoint is still in it (not undone), so a note
   * can become a touchpoint of the stage.
   */
  isInStage?: (note: Contribution) => boolean;
  state: WorkshopState;
  onAccept(contribution: Contribution, as: AcceptedAs): void;
  /** Keeps every emotion the room gave as a persona's curve; what happened, to say under the button. */
  onKeepRoomEmotions(): 'kept' | 'full';
}

/**
 * What the room sent about the step shown, live: how many notes and "this hurts", the room's average
 * emotion beside the mapped one, and each contribution; a touchpoint's notes can be accepted into the map,
 * and a stage's become touchpoints of it.
 */
export function ContributionsPanel({
  targetId,
  touchpoint,
  persona,
  isInStage,
  state,
  onAccept,
  onKeepRoomEmotions,
}: Props) {
  const { t } = useTranslation();
  const [kept, setKept] = useState<'kept' | 'full' | null>(null);
  const anyEmotion = state.items.some((item) => item.kind === 'emotion');
  const locale = useLocale();
  const summary = summarizeTarget(state.items, targetId);
  const items = [...summary.notes, ...summary.pains, ...summary.emotions].sort((a, b) => a.at.localeCompare(b.at));
  const label = (emotion: number) => EMOTION_LABELS[nearestEmotion(emotion)][locale];
  const mapped = touchpoint ? shownEmotion(touchpoint, persona?.id ?? null) : null;

  let note: string | null = null;
  if (state.status === 'connecting') note = t('present.room.connecting');
  else if (state.status === 'offline') note = t('present.room.offline');
  else if (state.status === 'refused') note = t('present.room.refused', { reason: state.refusal ?? '' });

  return (
    <section className="present-room" aria-labelledby="present-room-title" data-testid="present-contributions">
      {/* Title, counts and the persona button share a line where the width allows, leaving the list of
          what was sent the height above the curve strip. */}
      <div className="present-room__head">
        <h2 id="present-room-title" className="present-room__title">
          {t('present.room.title')}
        </h2>
        <ul className="present-room__counts" aria-live="polite">
          <li data-testid="present-contributions-notes">{t('present.room.notes', { count: summary.notes.length })}</li>
          {touchpoint && (
            <>
              <li data-testid="present-contributions-pains">
                {t('present.room.pains', { count: summary.pains.length })}
              </li>
              <li data-testid="present-room-emotion" data-average={summary.averageEmotion ?? ''}>
                {summary.averageEmotion === null
                  ? t('present.room.noRoomEmotion')
                  : t('present.room.roomEmotion', {
                      average: formatEmotionAverage(summary.averageEmotion, locale),
                      label: label(summary.averageEmotion),
                    })}
              </li>
              <li>
                {mapped === null
                  ? t('present.room.noMappedEmotion')
                  : t('present.room.mappedEmotion', { label: EMOTION_LABELS[mapped][locale] })}
              </li>
            </>
          )}
        </ul>
        {anyEmotion && (
          <p className="present-room__persona">
            <button
              type="button"
              className="present-room__accept"
              data-testid="present-room-persona"
              onClick={() => setKept(onKeepRoomEmotions())}
            >
              {t('present.room.keepPersona')}
            </button>
            <span role="status">
              {kept && t(kept === 'kept' ? 'present.room.personaKept' : 'present.room.personasFull')}
            </span>
          </p>
        )}
      </div>
      {note && <p className="present-room__state">{note}</p>}
      {items.length === 0 ? (
        <p className="present-room__state">{t('present.room.none')}</p>
      ) : (
        <ul className="present-room__items" tabIndex={0} aria-labelledby="present-room-title">
          {items.map((item) => {
            // The room's mark says it was accepted once; the map says whether it still holds it (undo).
            const acceptedAs = state.accepted.get(item.id);
            const accepted =
              acceptedAs !== undefined &&
              (touchpoint ? acceptedNoteIsInTouchpoint(touchpoint, item, acceptedAs) : (isInStage?.(item) ?? true));
            // How a note not yet in the map can go in: into the touchpoint shown, or as one of the stage shown.
            const ways: AcceptedAs[] =
              item.kind !== 'note' || accepted ? [] : touchpoint ? ['note', 'pain'] : isInStage ? ['touchpoint'] : [];
            return (
              <li
                key={item.id}
                className={`present-room__item present-room__item--${item.kind}`}
                data-testid="present-contribution"
                data-kind={item.kind}
                data-contribution-id={item.id}
              >
                <span className="present-room__text">{describe(t, item, locale)}</span>
                {ways.length > 0 && (
                  <span className="present-room__actions">
                    {ways.map((as) => (
                      <button
                        key={as}
                        type="button"
                        className="present-room__accept"
                        data-testid={`present-contribution-accept-${as}`}
                        onClick={() => onAccept(item, as)}
                      >
                        {t(ACCEPT_LABEL[as])}
                      </button>
                    ))}
                  </span>
                )}
                {accepted && (
                  <span className="present-room__accepted" data-testid="present-contribution-accepted">
                    <Check size={16} aria-hidden="true" />
                    {t('present.room.accepted')}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** The room panel's button for each way of accepting a note. */
const ACCEPT_LABEL = {
  note: 'present.room.acceptNote',
  pain: 'present.room.acceptPain',
  touchpoint: 'present.room.acceptTouchpoint',
} as const satisfies Record<AcceptedAs, string>;

function describe(t: ReturnType<typeof useTranslation>['t'], item: Contribution, locale: 'es' | 'en'): string {
  const name = item.participant.name;
  if (item.kind === 'note') return t('present.room.note', { name, text: item.text ?? '' });
  if (item.kind === 'pain') return t('present.room.pain', { name });
  return t('present.room.emotion', { name, label: EMOTION_LABELS[item.emotion ?? 0][locale] });
}
