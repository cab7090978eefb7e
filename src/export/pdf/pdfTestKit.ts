import { blankTouchpoint } from '../../domain/blank';
/** Helpers for PDF tests: build journeys, write a PDF to a temp file and read it back with poppler-utils. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmptyJourney } from '../../domain/factory';
import type { Journey, Touchpoint } from '../../domain/journey';
import { slotInStage } from '../../domain/layout';

let counter = 0;
let dir: string | undefined;

/** Removes the temp files written by `savePdf`. */
export function removeSavedPdfs(): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
}

/** Writes the PDF to a fresh temp file and returns its path. */
export async function savePdf(blob: Blob): Promise<string> {
  dir ??= mkdtempSync(join(tmpdir(), 'recorrido-pdf-'));
  const path = join(dir, `export-${++counter}.pdf`);
  writeFileSync(path, Buffer.from(await blob.arrayBuffer()));
  return path;
}

/** The number of pages, as pdfinfo reads it. */
export function pdfPageCount(path: string): number {
  const info = execFileSync('pdfinfo', [path]).toString();
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/** The page size in points, as pdfinfo reads it (of page 1). */
export function pdfPageSize(path: string): [number, number] {
  const info = execFileSync('pdfinfo', [path]).toString();
  const match = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info)!;
  return [Number(match[1]), Number(match[2])];
}

/** Text of the PDF (or of one page) in content order, so a wrapped title's lines stay together. */
export function pdfText(path: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, path, '-']).toString();
}

/** A word as pdftotext finds it on a page, with its box in points from the page's top left. */
export interface PdfWord {
  text: string;
  top: number;
  bottom: number;
}

/** The words of one page with their boxes, in content order (poppler's `pdftotext -bbox`). */
export function pdfWords(path: string, page: number): PdfWord[] {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), path, '-']).toString();
  const unescape = (s: string) =>
    s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
  return [...xml.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
    (m) => ({ text: unescape(m[3]), top: Number(m[1]), bottom: Number(m[2]) }),
  );
}

/** Text without any whitespace, to compare text that may wrap at any space (or inside a long word). */
export function squash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, '');
}

/** A touchpoint for tests, placed in its stage's next free slot. */
export function touchpointIn(
  journey: Journey,
  stageIndex: number,
  row: number,
  fields: Partial<Touchpoint>,
): Touchpoint {
  const stage = journey.stages[stageIndex];
  const base = blankTouchpoint({
    id: `tp-${stageIndex}-${row}-${++counter}`,
    stageId: stage.id,
    channelId: 'web',
    functionId: 'marketing',
    emotion: 0,
    position: slotInStage(journey.stages, stage.id, row),
  });
  return { ...base, ...fields };
}

/**
 * A wide map: `stages` stages of two touchpoints each (one Marketing, one Customer care), chained by
 * connections, every step from Marketing to Customer care a hand-off.
 */
export function wideJourney(stages: number): Journey {
  const journey = createEmptyJourney(
    'Mapa ancho',
    Array.from({ length: stages }, (_, i) => `Etapa ${i + 1}`),
    new Date('2025-01-01T00:00:00Z'),
  );
  journey.touchpoints = journey.stages.flatMap((_, i) => [
    touchpointIn(journey, i, 0, { title: `Anuncio ${i + 1}`, functionId: 'marketing', emotion: 1 }),
    touchpointIn(journey, i, 1, { title: `Llamada ${i + 1}`, functionId: 'customer-care', emotion: -1 }),
  ]);
  journey.connections = journey.touchpoints.slice(1).map((t, i) => ({
    id: `c-${i}`,
    from: journey.touchpoints[i].id,
    to: t.id,
    label: '',
  }));
  return journey;
}
