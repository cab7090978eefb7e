import type { KpiField } from '../../domain/fields';
import type { Journey } from '../../domain/journey';
import { KPI_OVERLAY_COLOR } from '../../domain/look/colors';
import { curvePlaces } from '../../domain/emotionCurve';
import { instantiateTemplate } from '../../domain/templates';
import { meUno } from '../../domain/templates/meUno';
import { drawJourneyMap } from './drawMap';
import { recordingContext } from './fakeContext';

/** "Me uno" with NPS and CSAT on three touchpoints of three different columns, none on the others. */
function measured(locale: 'es' | 'en'): Journey {
  const journey = instantiateTemplate(meUno, locale);
  const ids = [...new Map(journey.touchpoints.map((t) => [t.position.x, t.id])).values()].slice(0, 3);
  const nps = [-40, 10, 60];
  const csat = [55.5, 70, 90];
  journey.touchpoints = journey.touchpoints.map((t) => {
    const i = ids.indexOf(t.id);
    return i >= 0 ? { ...t, kpiNps: nps[i], kpiCsat: csat[i] } : { ...t, kpiNps: null, kpiCsat: null };
  });
  return journey;
}

/** Where the measured touchpoints' emotion points sit, as on screen, in the order of their scores above. */
const measuredCentres = (journey: Journey) => {
  const xOf = new Map(curvePlaces(journey).map(({ touchpoint, x }) => [touchpoint.id, x]));
  return journey.touchpoints
    .filter((t) => t.kpiNps !== null)
    .sort((a, b) => a.kpiNps! - b.kpiNps!)
    .map((t) => xOf.get(t.id)!);
};

function draw(journey: Journey, curveOverlay: KpiField | null, locale: 'es' | 'en' = 'es') {
  const { ctx, texts, rects } = recordingContext();
  drawJourneyMap(ctx, journey, { locale, view: 'canvas', background: '#fff', scale: 2, curveOverlay });
  return { texts, bars: rects.filter((r) => r.color === KPI_OVERLAY_COLOR) };
}

describe('the PNG draws the measure chosen over the emotion curve, as the screen does', () => {
  it('draws a bar under each measured touchpoint, centred on its curve point, taller for a higher score', () => {
    const journey = measured('es');
    const { bars } = draw(journey, 'kpiNps');
    expect(bars).toHaveLength(3);
    const centres = measuredCentres(journey);
    expect(bars.map((b) => b.x + b.width / 2).sort((a, b) => a - b)).toEqual([...centres].sort((a, b) => a - b));
    // NPS bars start at zero: -40 hangs below it, 10 and 60 rise above it.
    const byCentre = (x: number) => bars.find((b) => b.x + b.width / 2 === x)!;
    const [low, mid, high] = centres.map(byCentre);
    expect(high.height).toBeGreaterThan(mid.height);
    expect(high.y).toBeLessThan(mid.y);
    expect(low.y).toBeCloseTo(mid.y + mid.height);
  });

  it("writes each value beside its bar and the scale's ends with the measure's name, in the map's language", () => {
    const es = draw(measured('es'), 'kpiCsat', 'es').texts.map((t) => t.text);
    expect(es).toContain('CSAT (%) 100 %');
    expect(es).toContain('0 %');
    expect(es).toContain('55,5 %');
    expect(es).toContain('90 %');
    const en = draw(measured('en'), 'kpiNps', 'en').texts.map((t) => t.text);
    expect(en).toContain('NPS 100');
    expect(en).toContain('-100');
    expect(en).toContain('-40');
    expect(en).toContain('60');
  });

  it('draws no measure when none is chosen', () => {
    const { texts, bars } = draw(measured('es'), null);
    expect(bars).toHaveLength(0);
    // Cards still show their own scores; the overlay's scale ends are gone.
    expect(texts.map((t) => t.text)).not.toContain('NPS 100');
    expect(texts.map((t) => t.text)).not.toContain('-100');
  });
});
