import { useTranslation } from 'react-i18next';
import type { Journey } from '../../domain/journey';
import { stageLabel } from '../../domain/stageLabel';
import type { VersionDiff } from '../../domain/versions/diff';
import { compareChartLayout, type ChartPoint } from '../../domain/versions/compareChart';
import { useLocale } from '../../ui/useLocale';

const WIDTH = 640;
const HEIGHT = 200;
/** Room on the left for the emotion words, right-aligned against the box. */
const LABELS = 84;
/** Room on top for the stage names, two lines at most. */
const HEADER = 30;
const PAD = 8;
/** The points' box inside the SVG: padded so the strokes at +2 and -2 are not cut. */
const BOX = { x: LABELS, y: HEADER + PAD, width: WIDTH - LABELS - PAD, height: HEIGHT - HEADER - 2 * PAD };

/** A curve as an SVG path through its points. */
function path(points: readonly ChartPoint[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
}

/**
 * Both versions' emotion curves on one x axis (compareChart.ts): stage bands with their names and dividers,
 * a touchpoint both versions keep at one x; as-is dashed, to-be solid; the emotion words on the left. A
 * picture for the eye; the lists beside it say the same in words for a screen reader.
 */
export function CompareCurves({ asIs, toBe, curves }: { asIs: Journey; toBe: Journey; curves: VersionDiff['curves'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const chart = compareChartLayout(asIs, toBe, curves, BOX, locale);
  const bottom = BOX.y + BOX.height + PAD;
  const dots = (points: readonly ChartPoint[], version: 'before' | 'after') =>
    points.map((p) => (
      <circle
        key={p.touchpointId}
        className={`compare__dot--${version}`}
        cx={p.x}
        cy={p.y}
        r={version === 'after' ? 3 : 2.5}
        data-version={version}
        data-touchpoint-id={p.touchpointId}
      />
    ));
  return (
    <figure>
      <svg
        className="compare__curves"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('versions.diff.curvesLabel', {
          low: chart.levels[0].label,
          high: chart.levels[chart.levels.length - 1].label,
          stages: chart.stages.length,
          before: chart.before.length,
          after: chart.after.length,
        })}
        data-testid="compare-curves"
      >
        {chart.levels.map(({ emotion, y, label }) => (
          <g key={emotion}>
            <line
              x1={BOX.x}
              x2={BOX.x + BOX.width}
              y1={y}
              y2={y}
              stroke="var(--border)"
              strokeWidth={emotion === 0 ? 1 : 0.5}
            />
            <text
              className="compare__level"
              x={BOX.x - 6}
              y={y}
              textAnchor="end"
              dominantBaseline="middle"
              data-emotion={emotion}
            >
              {label}
            </text>
          </g>
        ))}
        {chart.stages.map((stage, i) => {
          const name = stageLabel(stage.name, t('stage.unnamed'));
          return (
            <g key={stage.stageId} data-testid="compare-curves-stage" data-stage-id={stage.stageId}>
              {i > 0 && <line x1={stage.x} x2={stage.x} y1={0} y2={bottom} stroke="var(--border)" strokeWidth={1} />}
              <foreignObject x={stage.x} y={0} width={stage.width} height={HEADER}>
                <div className="compare__stage" title={name}>
                  {name}
                </div>
              </foreignObject>
            </g>
          );
        })}
        <path className="compare__curve--before" d={path(chart.before)} fill="none" strokeWidth={2} />
        <path className="compare__curve--after" d={path(chart.after)} fill="none" strokeWidth={2.5} />
        {dots(chart.before, 'before')}
        {dots(chart.after, 'after')}
      </svg>
      <figcaption className="hint">
        - - {t('versions.diff.curveBefore')} · —— {t('versions.diff.curveAfter')}
      </figcaption>
    </figure>
  );
}
