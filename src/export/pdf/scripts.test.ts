// Issue 12: the PDF shows every word as it was written, in any script. Read back with poppler-utils.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEmptyJourney } from '../../domain/factory';
import type { Journey } from '../../domain/journey';
import { exportBlueprintPdf, planPdf, type PdfOptions } from './exportPdf';
import { estimatedFallback } from './fallback';
import type { FontFiles } from './fonts/notoSans';
import { pdfStrings } from './pdfStrings';
import { pdfPageCount, pdfText, removeSavedPdfs, savePdf, squash, touchpointIn, wideJourney } from './pdfTestKit';

const NOW = new Date('2025-03-04T10:00:00Z');
afterAll(() => removeSavedPdfs());

/** The committed font files, read from disk (the app fetches them as build assets). */
const fonts = async (): Promise<FontFiles> => {
  const read = (file: string) => {
    const bytes = readFileSync(join(__dirname, 'fonts', file));
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  };
  return { normal: read('NotoSans-Regular.ttf'), bold: read('NotoSans-Bold.ttf') };
};

const POLISH = 'Zażółć gęślą jaźń';
const TURKISH = 'Şikâyet — İade ğ ı';
const GREEK = 'Παράπονο πελάτη';
const CYRILLIC = 'Жалоба клиента';
const CJK = '顧客の苦情 / 客户投诉';
const EMOJI = 'Pago rápido 🚀 😡→🤩';
const ARABIC = 'شكوى العميل';
const HEBREW = 'תלונת לקוח';
const LONG_WORD = 'Supercalifragilistico'.repeat(15);

/** A 5,000-character description: numbered sentences, so a lost or repeated piece shows. */
const DESCRIPTION = Array.from({ length: 200 }, (_, i) => `Frase ${String(i + 1).padStart(3, '0')} ż.`)
  .join(' ')
  .padEnd(5000, 'x')
  .slice(0, 5000);

function issueJourney(): Journey {
  const journey = createEmptyJourney('Reclamaciones — Łódź', ['Me quejo', 'Жалоба', '苦情'], NOW);
  const titles = [POLISH, TURKISH, GREEK, CYRILLIC, CJK, EMOJI, ARABIC, HEBREW, LONG_WORD];
  journey.touchpoints = titles.map((title, i) =>
    touchpointIn(journey, i % 3, Math.floor(i / 3), {
      title,
      functionId: i === 1 ? 'billing' : 'customer-care',
      description: i === 0 ? DESCRIPTION : '',
    }),
  );
  const [polish, turkish, greek] = journey.touchpoints;
  journey.connections = [
    { id: 'c-link', from: polish.id, to: greek.id, label: 'me envía el enlace' },
    { id: 'c-handoff', from: polish.id, to: turkish.id, label: 'pasa a facturación' },
  ];
  return journey;
}

const A4: PdfOptions = { pageSize: 'a4', orientation: 'portrait', locale: 'es', now: NOW, fallback: estimatedFallback };

describe('a journey written in many scripts', () => {
  let path: string;
  let text: string;
  const journey = issueJourney();
  const plan = planPdf(journey, A4);

  beforeAll(async () => {
    path = await savePdf(await exportBlueprintPdf(journey, A4, { fonts }));
    text = pdfText(path);
  });

  it('embeds a Unicode font and has the pages the plan counted', () => {
    expect(plan.type.font).toBe('noto');
    const fontList = execFileSync('pdffonts', [path]).toString();
    expect(fontList).toMatch(/NotoSans.*CID TrueType\s+Identity-H\s+yes\s+\S+\s+yes/);
    expect(pdfPageCount(path)).toBe(plan.pages);
  });

  it('returns the Polish, Turkish, Greek and Cyrillic titles exactly', () => {
    for (const title of [POLISH, TURKISH, GREEK, CYRILLIC]) expect(text).toContain(title);
    expect(text).toContain('Reclamaciones — Łódź');
  });

  it('keeps CJK, emoji, arrows, Arabic and Hebrew in the text layer, and prints no "?" the input lacked', () => {
    const all = squash(text).replace(/[\u202a-\u202e]/g, '');
    for (const title of [CJK, EMOJI, LONG_WORD]) expect(all).toContain(squash(title));
    // pdftotext writes right-to-left words in the order they are seen (reversed), between embedding marks.
    for (const title of [ARABIC, HEBREW]) expect(all).toContain([...squash(title)].reverse().join(''));
    expect(text).not.toContain('?');
    expect(text).not.toContain('\uFFFD');
  });

  it('prints the connection labels on the grid and in the appendix', () => {
    const grid = squash(pdfText(path, plan.ranges.grid!.from));
    expect(grid).toContain(squash('me envía el enlace'));
    expect(grid).toContain(squash('pasa a facturación'));
    const appendix = Array.from({ length: plan.parts.appendix }, (_, i) =>
      pdfText(path, plan.ranges.appendix!.from + i),
    );
    const joined = squash(appendix.join('\n'));
    // The hand-off in the hand-off table, the other connection in the connection notes.
    expect(joined).toContain(squash('pasa a facturación'));
    expect(joined).toContain(squash('me envía el enlace'));
  });

  it('flows the 5,000-character description over appendix pages with nothing lost', () => {
    const pages = Array.from({ length: plan.parts.appendix }, (_, i) => pdfText(path, plan.ranges.appendix!.from + i));
    expect(pages.filter((page) => /Frase \d{3}/.test(page)).length).toBeGreaterThan(1);
    // Without what each page repeats (footer, table title "(cont.)", column headers, group heading) and the
    // empty notes cell, the description reads on from page to page.
    const s = pdfStrings('es');
    const furniture = [journey.name, s.touchpointDetails, s.continued, s.colTouchpoint, s.colStage, s.colDescription];
    let all = squash(pages.join('\n')).replace(/Página\d+de\d+/g, '');
    for (const piece of [...furniture, s.colNotes, 'Atención al cliente', '—']) all = all.replaceAll(squash(piece), '');
    expect(all).toContain(squash(DESCRIPTION));
  });
});

describe('line breaks and control characters', () => {
  it('treats CR, LF and CRLF alike and never prints a control character', async () => {
    const journey = createEmptyJourney('Saltos', ['Etapa'], NOW);
    journey.touchpoints = ['uno\r\ndos', 'uno\rdos', 'uno\ndos', 'uno\u0007\u001b\u0000dos'].map((description, i) =>
      touchpointIn(journey, 0, i, { title: `Punto ${i + 1}`, description }),
    );
    const path = await savePdf(await exportBlueprintPdf(journey, A4, { fonts }));
    const text = pdfText(path);
    for (const i of [1, 2, 3]) expect(text).toContain(`Punto ${i} Etapa uno\ndos`);
    expect(text).toContain('Punto 4 Etapa unodos');
    // eslint-disable-next-line no-control-regex -- looking for exactly those
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/);
  });
});

describe('a journey in WinAnsi only', () => {
  it('embeds no font and stays within a few kB of the size before Unicode fonts (24,103 bytes)', async () => {
    const journey = wideJourney(12);
    const options: PdfOptions = { pageSize: 'a3', orientation: 'landscape', locale: 'es', now: NOW };
    expect(planPdf(journey, options).type.font).toBe('helvetica');
    const blob = await exportBlueprintPdf(journey, options, {
      fonts: () => Promise.reject(new Error('a WinAnsi journey must not load the font')),
    });
    const path = await savePdf(blob);
    expect(execFileSync('pdffonts', [path]).toString()).not.toMatch(/\byes\b/);
    expect(Math.abs(blob.size - 24_103)).toBeLessThan(3 * 1024);
  });
});
