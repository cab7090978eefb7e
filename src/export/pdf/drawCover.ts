import type { jsPDF } from 'jspdf';
import { formatEmotionAverage, nearestEmotion } from '../../domain/emotionAverage';
import { EMOTION_LABELS } from '../../domain/vocabulary';
import { EMOTION_COLORS } from '../../domain/look/colors';
import { COVER, coverStyle } from './coverPlan';
import { COLORS, dot, fillRect, setFill, setStroke, typesetterOf, write, writeLines } from './draw';
import { formatLongDate } from './format';
import type { PdfPlan, PageRange } from './plan';
import type { TextStyle } from './text';

interface Tile {
  value: string;
  label: string;
  /** Shown under the value, e.g. the average emotion's label with its colour. */
  note?: { text: string; color: string };
}

function tiles(plan: PdfPlan): Tile[] {
  const { stats, strings: s, locale, shownPersonaName: persona } = plan.model;
  const average = stats.averageEmotion;
  // The shown persona's average, as the cards show its emotions: named when it is not the main one.
  const averageLabel = persona === null ? s.averageEmotion : s.averageEmotionOf(persona);
  return [
    { value: String(stats.stages), label: s.stages },
    { value: String(stats.touchpoints), label: s.touchpoints },
    { value: String(stats.momentsOfTruth), label: s.momentsOfTruth },
    { value: String(stats.painPoints), label: s.painPoints },
    { value: String(stats.handoffs), label: s.handoffs },
    average === null
      ? { value: '–', label: averageLabel, note: { text: s.noEmotionYet, color: COLORS.faint } }
      : {
          value: formatEmotionAverage(average, locale),
          label: averageLabel,
          note: {
            text: EMOTION_LABELS[nearestEmotion(average)][locale],
            color: EMOTION_COLORS[nearestEmotion(average)],
          },
        },
  ];
}

function pages(range: PageRange, plan: PdfPlan): string {
  const s = plan.model.strings;
  if (!range) return '';
  return range.from === range.to ? s.pageSingle(range.from) : s.pageRange(range);
}

/** The cover: name, segment, description, dates, the journey's figures and the contents with page numbers. */
export function drawCover(doc: jsPDF, plan: PdfPlan, now: Date): void {
  const { frame, model, cover } = plan;
  const { journey, strings: s, locale } = model;
  const k = frame.scale;
  const { x, width } = frame.content;
  let y = frame.content.y;
  const text = (size: number, weight: TextStyle['weight'] = 'normal'): TextStyle => coverStyle(frame, size, weight);
  const measureWidth = Math.min(width, COVER.measure * k);
  const type = typesetterOf(doc);

  fillRect(doc, x, y, width, 6 * k, COLORS.accent);
  y += 34 * k;
  write(doc, s.coverKicker.toUpperCase(), x, y, text(9, 'bold'), { color: COLORS.accent });
  y += 12 * k;
  writeLines(doc, cover.name, x, y, text(COVER.nameSize, 'bold'), COVER.nameLeading * k, { width });
  y += cover.name.length * COVER.nameLeading * k + 8 * k;

  if (cover.persona.length > 0) {
    writeLines(doc, cover.persona, x, y, text(COVER.personaSize), COVER.personaLeading * k, {
      color: COLORS.muted,
      width: measureWidth,
    });
    y += cover.persona.length * COVER.personaLeading * k + 8 * k;
  }
  writeLines(doc, cover.description, x, y, text(COVER.descriptionSize), COVER.descriptionLeading * k, {
    width: measureWidth,
  });
  y += cover.description.length * COVER.descriptionLeading * k + 10 * k;
  if ((cover.cut.persona || cover.cut.description) && plan.ranges.appendix) {
    write(doc, s.continuesInAppendix(plan.ranges.appendix.from), x, y + 4 * k, text(9), { color: COLORS.accent });
    y += 16 * k;
  }

  const updated = new Date(journey.updatedAt);
  const dates = [s.exportedOn(formatLongDate(now, locale))];
  if (!Number.isNaN(updated.getTime())) dates.push(s.updatedOn(formatLongDate(updated, locale)));
  write(doc, type.ellipsize(dates.join(' · '), text(9), width), x, y + 9 * k, text(9), { color: COLORS.muted });
  y += 30 * k;

  // The figures, in a row of tiles (two rows of three on narrow pages).
  const all = tiles(plan);
  const perRow = width / all.length >= 110 * k ? all.length : 3;
  const gap = 10 * k;
  const tileWidth = (width - gap * (perRow - 1)) / perRow;
  const tileHeight = 78 * k;
  all.forEach((tile, i) => {
    const tx = x + (i % perRow) * (tileWidth + gap);
    const ty = y + Math.floor(i / perRow) * (tileHeight + gap);
    setFill(doc, COLORS.wash);
    setStroke(doc, COLORS.border, 0.6);
    doc.roundedRect(tx, ty, tileWidth, tileHeight, 4 * k, 4 * k, 'FD');
    write(doc, tile.value, tx + 10 * k, ty + 30 * k, text(22, 'bold'));
    const label = type.wrap(tile.label, text(8.5), tileWidth - 20 * k, 2);
    writeLines(doc, label, tx + 10 * k, ty + 38 * k, text(8.5), 10.5 * k, { color: COLORS.muted });
    if (tile.note) {
      dot(doc, tx + 14 * k, ty + tileHeight - 11 * k, 3.5 * k, tile.note.color);
      const note = type.ellipsize(tile.note.text, text(8.5, 'bold'), tileWidth - 32 * k);
      write(doc, note, tx + 22 * k, ty + tileHeight - 8 * k, text(8.5, 'bold'));
    }
  });
  y += Math.ceil(all.length / perRow) * (tileHeight + gap) + 22 * k;

  write(doc, s.contents, x, y, text(12, 'bold'));
  y += 8 * k;
  const entries: [string, PageRange][] = [
    [s.contentsBlueprint, plan.ranges.grid],
    [s.legend, plan.ranges.legend],
    [s.appendix, plan.ranges.appendix],
  ];
  for (const [label, range] of entries) {
    if (!range) continue;
    y += 17 * k;
    write(doc, label, x, y, text(10));
    write(doc, pages(range, plan), x + Math.min(width, 320 * k), y, text(10), { color: COLORS.muted, align: 'right' });
  }
  if (!plan.ranges.grid) write(doc, s.noStages, x, y + 22 * k, text(10), { color: COLORS.muted });
}
