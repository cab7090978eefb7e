import type { jsPDF } from 'jspdf';
import { formatEmotionAverage } from '../../domain/emotionAverage';
import type { Journey } from '../../domain/journey';
import { formatKpiSummary, type KpiSummaryText } from '../../domain/kpiFormat';
import type { Locale } from '../../domain/locale';
import { compareChartLayout, levelLabels, type ChartPoint } from '../../domain/versions/compareChart';
import type { VersionDiff } from '../../domain/versions/diff';
import { fixedT, type Translate } from '../../i18n/fixedT';
import { stageLabel } from '../../domain/stageLabel';
import {
  comparisonSummary,
  comparisonTexts,
  kpiFootnotes,
  markerTexts,
  stageChangeTexts,
  type ChangeText,
} from '../versions/compareText';
import { COLORS, measureLine, setFill, setStroke, setTypesetter, typesetterOf, write, writeLines } from './draw';
import { drawFooter } from './drawFrame';
import { browserFallback, type FallbackText } from './fallback';
import { fetchNotoSans, addNotoSans, type FontSource } from './fonts/notoSans';
import { pageFrame, type PageFrame } from './geometry';
import { loadJsPdf } from './exportPdf';
import { pdfStrings } from './pdfStrings';
import { chooseFont, Typesetter, type TextStyle } from './text';
import { registerTextPictures } from './textPictures';

const TITLE: TextStyle = { weight: 'bold', size: 16 };
const HEADING: TextStyle = { weight: 'bold', size: 11 };
const BODY: TextStyle = { weight: 'normal', size: 9 };
/** The chart's emotion words and stage names. */
const SMALL: TextStyle = { weight: 'normal', size: 7 };
const STAGE_LEADING = 8.5;
const LEADING = 13;
const KPI_ROWS: (keyof KpiSummaryText)[] = ['nps', 'csat', 'fcr', 'ces', 'volume', 'monthlyCost'];
const KPI_LABEL_KEYS = {
  nps: 'panels.summary.colNps',
  csat: 'panels.summary.colCsat',
  fcr: 'panels.summary.colFcr',
  ces: 'panels.summary.colCes',
  volume: 'panels.summary.colVolume',
  monthlyCost: 'panels.summary.colMonthlyCost',
} as const;

/** What the comparison PDF reads besides the journeys. */
export interface ComparePdfOptions {
  locale: Locale;
  now?: Date;
  /** Font files (fetched from the app's assets by default) and what draws characters no font has. */
  fonts?: FontSource;
  fallback?: FallbackText;
}

/** Writes down the page, adding a page (same heading, "continued") when the next block does not fit. */
class Flow {
  y: number;
  constructor(
    private readonly doc: jsPDF,
    private readonly frame: PageFrame,
    private readonly heading: string,
  ) {
    this.y = frame.content.y;
  }

  fit(height: number): void {
    const { content } = this.frame;
    if (this.y + height <= content.y + content.height) return;
    this.doc.addPage('a4', 'portrait');
    this.y = content.y;
    this.line(this.heading, HEADING, COLORS.muted);
  }

  line(text: string, style: TextStyle, color: string = COLORS.text, indent = 0): void {
    this.fit(LEADING);
    write(this.doc, text, this.frame.content.x + indent, this.y + LEADING * 0.75, style, { color });
    this.y += style.size > 12 ? LEADING * 1.8 : LEADING;
  }

  paragraph(text: string, style: TextStyle, indent = 0, color: string = COLORS.text): void {
    const lines = typesetterOf(this.doc).wrap(text, style, this.frame.content.width - indent);
    for (const line of lines) {
      this.fit(LEADING);
      write(this.doc, line, this.frame.content.x + indent, this.y + LEADING * 0.75, style, { color });
      this.y += LEADING;
    }
  }

  gap(points = LEADING / 2): void {
    this.y += points;
  }
}

/**
 * Both emotion curves on one chart as the dialog draws them (compareChartLayout): stage bands named on top
 * and divided by lines, the emotion words on the left, a touchpoint both versions keep at one x.
 */
function drawCurves(
  doc: jsPDF,
  flow: Flow,
  frame: PageFrame,
  versions: { asIs: Journey; toBe: Journey; curves: VersionDiff['curves'] },
  locale: Locale,
  t: Translate,
): void {
  const height = 110;
  const header = 2 * STAGE_LEADING + 4;
  flow.fit(header + height + LEADING * 3);
  const { x, width } = frame.content;
  const top = flow.y + 4;
  const labelWidth = Math.max(...levelLabels(locale).map((label) => measureLine(doc, label, SMALL)));
  // The points' box leaves room on the left for the emotion words, on top for the stage names.
  const box = { x: x + labelWidth + 6, y: top + header + 4, width: width - labelWidth - 10, height };
  const chart = compareChartLayout(versions.asIs, versions.toBe, versions.curves, box, locale);
  const bottom = box.y + box.height + 4;
  setStroke(doc, COLORS.border, 0.5);
  for (const level of chart.levels) {
    doc.line(box.x, level.y, box.x + box.width, level.y);
    write(doc, level.label, box.x - 4, level.y + SMALL.size * 0.35, SMALL, { color: COLORS.muted, align: 'right' });
  }
  const type = typesetterOf(doc);
  chart.stages.forEach((stage, i) => {
    if (i > 0) {
      setStroke(doc, COLORS.border, 0.75);
      doc.line(stage.x, top, stage.x, bottom);
    }
    const name = stageLabel(stage.name, t('stage.unnamed'));
    const lines = type.wrap(name, SMALL, stage.width - 4, 2);
    const centre = stage.x + stage.width / 2;
    writeLines(doc, lines, centre, top, SMALL, STAGE_LEADING, { color: COLORS.muted, align: 'center' });
  });
  const series = (points: readonly ChartPoint[], color: string, dash: boolean) => {
    if (points.length === 0) return;
    setStroke(doc, color, 1.5);
    doc.setLineDashPattern(dash ? [3, 2] : [], 0);
    for (let i = 1; i < points.length; i++) doc.line(points[i - 1].x, points[i - 1].y, points[i].x, points[i].y);
    doc.setLineDashPattern([], 0);
    setFill(doc, color);
    for (const p of points) doc.circle(p.x, p.y, 2, 'F');
  };
  series(chart.before, COLORS.muted, true);
  series(chart.after, COLORS.accent, false);
  flow.y = bottom + 2;
  write(doc, `- - ${t('versions.diff.curveBefore')}`, box.x, flow.y + 9, BODY, { color: COLORS.muted });
  write(doc, `—— ${t('versions.diff.curveAfter')}`, box.x + 100, flow.y + 9, BODY, { color: COLORS.accent });
  flow.y += LEADING * 1.5;
}

function drawSummary(doc: jsPDF, frame: PageFrame, asIs: Journey, toBe: Journey, diff: VersionDiff, locale: Locale) {
  const t = fixedT(locale);
  const title = t('versions.pdf.summaryTitle');
  const flow = new Flow(doc, frame, title);
  flow.line(title, TITLE);
  flow.paragraph(t('versions.diff.versions', { asIs: asIs.name, toBe: toBe.name }), BODY);
  flow.paragraph(comparisonSummary(diff, locale), HEADING);
  const average = (value: number | null) =>
    value === null ? t('versions.diff.noAverage') : formatEmotionAverage(value, locale);
  flow.paragraph(
    t('versions.diff.averageEmotion', {
      before: average(diff.averageEmotion.before),
      after: average(diff.averageEmotion.after),
    }),
    BODY,
  );
  const stages = stageChangeTexts(diff, locale);
  if (stages.length > 0) {
    flow.gap();
    flow.line(t('versions.diff.stages'), HEADING);
    for (const stage of stages) flow.paragraph(stage.text, BODY, 8);
  }
  flow.gap();
  flow.line(t('versions.diff.curves'), HEADING);
  drawCurves(doc, flow, frame, { asIs, toBe, curves: diff.curves }, locale, t);

  flow.line(t('versions.diff.markers'), HEADING);
  for (const marker of markerTexts(asIs, toBe, diff, locale)) flow.paragraph(`${marker.label} ${marker.list}`, BODY, 8);
  flow.gap();
  flow.line(t('versions.diff.kpis'), HEADING);
  let any = false;
  for (const stage of diff.kpis) {
    const before = formatKpiSummary(stage.before, locale, asIs.currency);
    const after = formatKpiSummary(stage.after, locale, toBe.currency);
    const rows = KPI_ROWS.filter((row) => before[row] !== '' || after[row] !== '');
    any ||= rows.length > 0;
    // Every stage with its touchpoints before and after, as the dialog's table; then its measures.
    flow.line(stageLabel(stage.name, t('stage.unnamed')), { weight: 'bold', size: 9 }, COLORS.text, 8);
    const counts = t('versions.diff.fromTo', { before: stage.before.touchpoints, after: stage.after.touchpoints });
    flow.line(`${t('versions.diff.touchpoints')}: ${counts}`, BODY, COLORS.text, 16);
    for (const row of rows) {
      const values = t('versions.diff.fromTo', { before: before[row] || '–', after: after[row] || '–' });
      flow.line(`${t(KPI_LABEL_KEYS[row])}: ${values}`, BODY, COLORS.text, 16);
    }
  }
  if (!any) flow.paragraph(t('versions.diff.noKpis'), BODY, 8);
  for (const note of kpiFootnotes(diff, locale)) flow.paragraph(note, BODY, 8, COLORS.muted);
}

function drawStage(doc: jsPDF, frame: PageFrame, stageName: string, changes: ChangeText[], t: Translate) {
  const heading = t('versions.pdf.stageTitle', { stage: stageName || t('versions.pdf.noStage') });
  const flow = new Flow(doc, frame, heading);
  flow.line(heading, TITLE);
  for (const change of changes) {
    flow.fit(LEADING * 2);
    flow.line(`${t(`versions.csv.kinds.${change.kind}`)}: ${change.title}`, HEADING, kindColor(change.kind));
    for (const field of change.fields) {
      flow.paragraph(
        `${field.label}: ${t('versions.diff.fromTo', { before: field.before, after: field.after })}`,
        BODY,
        12,
      );
    }
    flow.gap();
  }
}

function kindColor(kind: ChangeText['kind']): string {
  return kind === 'added' ? COLORS.accent : kind === 'removed' ? COLORS.pain : COLORS.text;
}

/**
 * The comparison of an as-is and its to-be as an A4 PDF: a summary page (counts, average emotion, both
 * emotion curves, pain points resolved, removed with their touchpoint or new, moments of truth new or lost,
 * KPIs per stage before and after), then one page per stage with changes listing what was added, removed
 * and changed (each field as-is → to-be).
 * Long lists flow onto further pages. jsPDF and, when some text needs it, Noto Sans load on first use,
 * as for the blueprint PDF, whose typesetter, colours and footer this shares.
 */
export async function exportComparisonPdf(
  asIs: Journey,
  toBe: Journey,
  diff: VersionDiff,
  options: ComparePdfOptions,
): Promise<Blob> {
  const { locale } = options;
  const t = fixedT(locale);
  const changes = comparisonTexts(asIs, toBe, diff, locale);
  const texts = [asIs.name, toBe.name, ...asIs.stages.map((s) => s.name), ...toBe.stages.map((s) => s.name)];
  for (const change of changes) texts.push(change.title, ...change.fields.flatMap((f) => [f.before, f.after]));
  const type = new Typesetter(chooseFont(texts), options.fallback ?? browserFallback());
  const [{ jsPDF }, fonts] = await Promise.all([
    loadJsPdf(),
    type.font === 'noto' ? (options.fonts ?? fetchNotoSans)() : Promise.resolve(null),
  ]);
  registerTextPictures(jsPDF.API);
  const doc = new jsPDF({ unit: 'pt', format: 'a4', orientation: 'portrait', compress: true });
  if (fonts) addNotoSans(doc, fonts);
  setTypesetter(doc, type);
  const title = `${type.singleLine(toBe.name)} · ${t('versions.pdf.subject')}`;
  doc.setProperties({ title, subject: t('versions.pdf.subject'), creator: 'Recorrido' });
  doc.setLanguage(locale === 'es' ? 'es-ES' : 'en-US');
  doc.setCreationDate(options.now ?? new Date());
  const frame = pageFrame('a4', 'portrait');

  drawSummary(doc, frame, asIs, toBe, diff, locale);
  for (const stageId of diff.stagesWithChanges) {
    const inStage = changes.filter((c) => c.stageId === stageId);
    if (inStage.length === 0) continue;
    doc.addPage('a4', 'portrait');
    drawStage(doc, frame, inStage[0].stageName, inStage, t);
  }
  const strings = pdfStrings(locale);
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    drawFooter(doc, frame, title, page, pages, strings);
  }
  return doc.output('blob');
}
