import { memo, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/services';
import { curveSeries } from '../domain/curveSeries';
import type { EmotionCurvePoint } from '../domain/emotionCurve';
import { meanEmotion } from '../domain/emotionAverage';
import { EMOTIONS, type Stage, type Touchpoint } from '../domain/journey';
import { journeyWidth, stageColumns } from '../domain/layout';
import { isLocale, type Locale } from '../domain/locale';
import type { TFunction } from 'i18next';
import { EMOTION_LABELS } from '../domain/vocabulary';
import { curveSummary } from '../ui/curveSummary';
import { EMOTION_COLORS, EMOTION_GRADIENT } from '../domain/look/colors';
import { screenPersonaLineColor, themeColor } from '../domain/look/css';
import { personaLineColor } from '../domain/curveLines';
import type { Persona } from '../domain/journey';
import { CurveMarks, PointButton, UnratedMark } from './CurveMarks';
import { CurveSeries } from './CurveSeries';
import { KpiOverlay } from './KpiOverlay';
import { CURVE, curveY as yOf } from '../domain/look/curve';
import { inSpan, pointsInSpan, runsInSpan } from './curveCulling';
import { plottedTouchpointsCache } from './plottedTouchpoints';
import { touchpointById } from '../domain/touchpointIndex';
import { sentence } from '../i18n/sentence';
import type { Span } from './visibleSpan';
import type { ZoomDetail } from './zoomDetail';
import './EmotionCurve.css';
import { personaName } from '../i18n/personaName';

const { height: HEIGHT, labelX: LABEL_X } = CURVE;

const NO_STAGES: Stage[] = [];
const NO_TOUCHPOINTS: Touchpoint[] = [];
const NO_PERSONAS: Persona[] = [];

interface EmotionCurveProps {
  /** Canvas y of the band's top edge. */
  top: number;
  /** Called with a touchpoint id when its point is clicked or activated with Enter or Space. */
  onSelect(id: string): void;
  /** The stretch of canvas that can be on screen: only that part of the curve is drawn. All of it if unset. */
  span?: Span;
  /** Zoomed out, points are drawn without tooltip or enlarged hit area, which nobody could use there. */
  detail?: ZoomDetail;
}

/**
 * The emotion curve under the stage columns, drawn in canvas units: render it inside React Flow's
 * <ViewportPortal> so it pans and zooms with the map. Pass a stable `onSelect`.
 */
export const EmotionCurve = memo(function EmotionCurve({ top, onSelect, span, detail = 'full' }: EmotionCurveProps) {
  const { t, i18n } = useTranslation();
  const locale: Locale = isLocale(i18n.language) ? i18n.language : 'en';
  const stages = useEditor((s) => s.journey?.stages ?? NO_STAGES);
  // What the curve plots, kept while unchanged; each point reads its own title. So typing a title redraws
  // that one point, and neither the curve nor its other points render again.
  const [plotted] = useState(plottedTouchpointsCache);
  const touchpoints = useEditor((s) => plotted.of(s.journey?.touchpoints ?? NO_TOUCHPOINTS));
  const selected = useEditor((s) => s.selection.touchpoints);
  const personas = useEditor((s) => s.journey?.personas ?? NO_PERSONAS);
  const chosen = useEditor((s) => s.personaId);
  const overlay = useEditor((s) => s.curveOverlay);
  // The overlay draws KPIs and names bars by title, which the plotted cache ignores: it reads the live list,
  // and only while a measure is drawn, so typing costs nothing extra otherwise.
  const measured = useEditor((s) => (s.curveOverlay ? (s.journey?.touchpoints ?? NO_TOUCHPOINTS) : NO_TOUCHPOINTS));
  const currency = useEditor((s) => s.journey?.currency ?? '');
  // url(#id) needs a plain id; React's may hold characters CSS would have to escape.
  const gradientId = `emotion-curve-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  // The curves (domain curveSeries, as the PNG and the PDF draw them): the chosen persona's with buttons,
  // the other personas' and the delivered experience as plain lines.
  const {
    active: points,
    activePersonaId: active,
    others,
    delivered,
    unrated,
  } = useMemo(() => curveSeries({ stages, touchpoints, personas }, chosen), [stages, touchpoints, personas, chosen]);
  const average = useMemo(() => meanEmotion(points), [points]);
  const selectedIds = useMemo(() => new Set(selected), [selected]);
  const pointWords = useMemo(() => pointWordsIn(t), [t]);
  const width = journeyWidth({ stages });
  const boundaries = useMemo(() => pointsInSpan(stageColumns(stages).slice(1), span), [stages, span]);
  // Dashed guides as long as a journey of hundreds of stages cost more to draw than all else on screen.
  const guideFrom = Math.max(0, span?.from ?? 0);
  const guideTo = Math.min(width, span?.to ?? width);
  // A long journey's curve is thousands of points; draw those that can be on screen, and the selected ones.
  const shown = useMemo(
    () => points.filter((p) => inSpan(p.x, span) || selectedIds.has(p.touchpointId)),
    [points, span, selectedIds],
  );
  const runs = useMemo(() => runsInSpan(points, span), [points, span]);
  const shownUnrated = useMemo(
    () => unrated.filter((p) => inSpan(p.x, span) || selectedIds.has(p.touchpointId)),
    [unrated, span, selectedIds],
  );

  return (
    <svg
      className="emotion-curve"
      data-testid="emotion-curve"
      // A group, not an img: an img's children are presentational, which would hide the point buttons.
      role="group"
      aria-label={curveSummary(t, locale, points.length, average)}
      width={width}
      height={HEIGHT}
      style={{ position: 'absolute', left: 0, top, overflow: 'visible' }}
    >
      <defs>
        <linearGradient id={gradientId} gradientUnits="userSpaceOnUse" x1={0} x2={0} y1={yOf(2)} y2={yOf(-2)}>
          {EMOTION_GRADIENT.map(({ emotion, offset, color }) => (
            <stop key={emotion} offset={offset} stopColor={color} />
          ))}
        </linearGradient>
      </defs>
      <rect className="emotion-curve__band" width={width} height={HEIGHT} />
      <text className="emotion-curve__title" x={LABEL_X} y={CURVE.titleY}>
        {t('curve.title')}
      </text>
      {boundaries.map((c) => (
        <line key={c.stage.id} className="emotion-curve__stage-line" x1={c.x} x2={c.x} y1={0} y2={HEIGHT} />
      ))}
      {EMOTIONS.map((e) => (
        <g key={e} className="emotion-curve__guide">
          <line x1={guideFrom} x2={guideTo} y1={yOf(e)} y2={yOf(e)} stroke={EMOTION_COLORS[e]} />
          <text x={LABEL_X} y={yOf(e) - CURVE.labelLift}>
            {EMOTION_LABELS[e][locale]}
          </text>
        </g>
      ))}
      {overlay && (
        <KpiOverlay
          field={overlay}
          stages={stages}
          touchpoints={measured}
          currency={currency}
          right={guideTo}
          span={span}
          bare={detail !== 'full'}
          t={t}
          locale={locale}
        />
      )}
      {delivered.length > 0 && (
        <g data-testid="delivered-series" aria-label={t('curve.delivered', { count: delivered.length })}>
          <CurveSeries
            points={delivered}
            color={themeColor('delivered')}
            dash={CURVE.series.deliveredDash}
            span={span}
          />
        </g>
      )}
      {others.map(({ personaId, index, points: own }) => (
        <g
          key={personaId}
          data-testid="emotion-series"
          data-persona-id={personaId}
          data-active="false"
          aria-label={t('curve.series', {
            persona: personaName(t, personas[index].name, index + 1),
            count: own.length,
          })}
        >
          <CurveSeries
            points={own}
            color={screenPersonaLineColor(personaLineColor(index))}
            dash={CURVE.series.personaDash}
            span={span}
          />
        </g>
      ))}
      <g data-testid="emotion-series" data-persona-id={active ?? ''} data-active="true">
        {runs.map((run) => (
          <polyline
            key={run[0].touchpointId}
            className="emotion-curve__line"
            points={run.map((p) => `${p.x},${yOf(p.emotion)}`).join(' ')}
            stroke={`url(#${gradientId})`}
          />
        ))}
        {shown.map((point) => (
          <CurvePoint
            key={point.touchpointId}
            point={point}
            selected={selectedIds.has(point.touchpointId)}
            onSelect={onSelect}
            words={pointWords}
            locale={locale}
            bare={detail !== 'full'}
          />
        ))}
      </g>
      {shownUnrated.length > 0 && (
        <g data-testid="unrated-marks">
          {shownUnrated.map((point) => (
            <UnratedPoint
              key={point.touchpointId}
              point={point}
              selected={selectedIds.has(point.touchpointId)}
              onSelect={onSelect}
              words={pointWords}
              bare={detail !== 'full'}
            />
          ))}
        </g>
      )}
    </svg>
  );
});

/** The words of the curve's points, translated once per language rather than once per point. */
interface PointWords {
  point: (values: { title: string; emotion: string }) => string;
  untitled: string;
  noEmotion: string;
  momentOfTruth: string;
  painPoint: string;
  selected: string;
}

function pointWordsIn(t: TFunction): PointWords {
  return {
    point: sentence(t, 'curve.point', ['title', 'emotion']),
    untitled: t('touchpoint.untitled'),
    noEmotion: t('curve.noEmotion'),
    momentOfTruth: t('curve.momentOfTruth'),
    painPoint: t('curve.painPoint'),
    selected: t('curve.selected'),
  };
}

interface CurvePointProps {
  point: EmotionCurvePoint;
  selected: boolean;
  onSelect(id: string): void;
  /** From the curve, so hundreds of points do not each look up translations. */
  words: PointWords;
  locale: Locale;
  /** No tooltip or enlarged hit area, for a zoom at which neither could be used. */
  bare: boolean;
}

/**
 * One point of the curve; memoised so a change to one touchpoint redraws one point, not all of them. It reads
 * the title it is named by itself, so a title change reaches this point alone.
 */
const CurvePoint = memo(
  function CurvePoint({ point, selected, onSelect, words, locale, bare }: CurvePointProps) {
    const title = useEditor((s) =>
      s.journey ? (touchpointById(s.journey.touchpoints, point.touchpointId)?.title ?? '') : '',
    );
    const parts = [words.point({ title: title || words.untitled, emotion: EMOTION_LABELS[point.emotion][locale] })];
    if (point.momentOfTruth) parts.push(words.momentOfTruth);
    if (point.painPoint) parts.push(words.painPoint);
    if (selected) parts.push(words.selected);
    const label = parts.join(', ');
    return (
      <PointButton
        {...{ point, label, selected, onSelect, bare }}
        testId="emotion-point"
        data={{ 'data-emotion': point.emotion }}
      >
        {point.painPoint && <circle className="emotion-curve__pain-ring" r={CURVE.painRing} />}
        <circle className="emotion-curve__dot" r={CURVE.dot} fill={EMOTION_COLORS[point.emotion]} />
        <CurveMarks momentOfTruth={point.momentOfTruth} painPoint={point.painPoint} />
      </PointButton>
    );
  },
  (a, b) =>
    a.selected === b.selected &&
    a.onSelect === b.onSelect &&
    a.words === b.words &&
    a.locale === b.locale &&
    a.bare === b.bare &&
    a.point.x === b.point.x &&
    a.point.emotion === b.point.emotion &&
    a.point.momentOfTruth === b.point.momentOfTruth &&
    a.point.painPoint === b.point.painPoint,
);

/** An unrated touchpoint's marks (UnratedMark), named by the title it reads itself, as a CurvePoint is. */
function UnratedPoint({ point, selected, onSelect, words, bare }: Omit<CurvePointProps, 'locale'>) {
  const title = useEditor((s) =>
    s.journey ? (touchpointById(s.journey.touchpoints, point.touchpointId)?.title ?? '') : '',
  );
  const parts = [words.point({ title: title || words.untitled, emotion: words.noEmotion })];
  if (point.momentOfTruth) parts.push(words.momentOfTruth);
  if (point.painPoint) parts.push(words.painPoint);
  if (selected) parts.push(words.selected);
  return <UnratedMark point={point} label={parts.join(', ')} selected={selected} onSelect={onSelect} bare={bare} />;
}
