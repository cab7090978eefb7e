// These tests run in the default jsdom environment, not the node one: the shared setup file
// (src/test/setup.ts) patches HTMLElement when it loads, which node lacks. jsPDF works under jsdom.
import { execFileSync } from 'node:child_process';
import { createEmptyJourney } from '../../domain/factory';
import { instantiateTemplate } from '../../domain/templates';
import { meUno } from '../../domain/templates/meUno';
import { importCsv, MEASURED_CSV } from '../../test/measuredCsv';
import { exportBlueprintPdf, planPdf, type PdfOptions } from './exportPdf';
import {
  pdfPageCount,
  pdfPageSize,
  pdfText,
  removeSavedPdfs,
  savePdf,
  squash,
  touchpointIn,
  wideJourney,
} from './pdfTestKit';

const NOW = new Date('2025-03-04T10:00:00Z');

afterAll(() => removeSavedPdfs());
const A3: PdfOptions = { pageSize: 'a3', orientation: 'landscape', locale: 'es', now: NOW };

async function exported(journey: Parameters<typeof exportBlueprintPdf>[0], options: PdfOptions) {
  const path = await savePdf(await exportBlueprintPdf(journey, options));
  return { path, text: pdfText(path), plan: planPdf(journey, options) };
}

describe('exportBlueprintPdf: the "Me uno" template in Spanish', () => {
  const journey = instantiateTemplate(meUno, 'es', NOW);
  let path: string;
  let text: string;
  let pages: number;

  beforeAll(async () => {
    ({
      path,
      text,
      plan: { pages },
    } = await exported(journey, A3));
  });

  it('has exactly the pages planPdf counts, at the chosen size', () => {
    expect(pdfPageCount(path)).toBe(pages);
    const [width, height] = pdfPageSize(path);
    expect(width).toBeCloseTo(1190.55, 0);
    expect(height).toBeCloseTo(841.89, 0);
  });

  it('holds every stage name and every touchpoint title, accents included', () => {
    const all = squash(text);
    for (const stage of journey.stages) expect(all).toContain(squash(stage.name));
    for (const t of journey.touchpoints) expect(all).toContain(squash(t.title));
    expect(text).toContain('Compruebo la cobertura');
    expect(text).toContain('identificación');
  });

  it('has the cover figures, the curve, the legend and the appendix with what hurts at each pain point', () => {
    expect(text).toContain('Me uno');
    expect(text).toContain('Exportado el 4 de marzo de 2025');
    // The screen's words: "Curva emocional" as on the canvas, never a second wording.
    expect(text).toContain('Curva emocional');
    expect(text).not.toContain('Curva de emoción');
    expect(text).toContain('¡Wow!');
    expect(text).toContain('Lo odio');
    expect(text).toContain('Leyenda');
    // The trade's abbreviations: momento de la verdad (MPT), momento de dolor (MOP).
    expect(text).toContain('MPT: Momento de la verdad');
    expect(text).toContain('MOP: Punto de dolor');
    expect(text).not.toMatch(/\bMdV\b|\bPD\b/);
    expect(text).toContain('Anexo');
    expect(text).toContain('Traspasos entre funciones');
    const all = squash(text);
    const painPoints = journey.touchpoints.filter((t) => t.painPoint);
    expect(painPoints.length).toBeGreaterThan(0);
    for (const t of painPoints) expect(all).toContain(squash(t.painNote));
  });
});

describe('exportBlueprintPdf: labels follow the export locale', () => {
  it('prints the English template with English headings only', async () => {
    const journey = instantiateTemplate(meUno, 'en', NOW);
    const { text } = await exported(journey, { ...A3, locale: 'en' });
    for (const heading of ['Legend', 'Appendix', 'Emotion curve', 'Moments of truth', 'Pain points', 'What hurts']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Hand-offs between functions');
    expect(text).toContain('MoT: Moment of truth');
    expect(text).toContain('PP: Pain point');
    expect(text).toContain('Exported on March 4, 2025');
    expect(squash(text)).toContain(squash('I show interest and ask for information'));
    expect(text).not.toContain('Leyenda');
    expect(text).not.toContain('Anexo');
  });
});

describe('exportBlueprintPdf: WinAnsi text stays in Helvetica', () => {
  it('keeps Spanish letters, ¿ ¡, typographic quotes and the en dash, and keeps emoji and CJK in the text', async () => {
    const journey = createEmptyJourney('Prueba “tipográfica” – ñandú', ['Etapa única'], NOW);
    const tricky = '¿Qué? ¡Sí! “Comillas” ‘simples’ – pingüino Ñoño áéíóú';
    journey.touchpoints = [
      touchpointIn(journey, 0, 0, { title: tricky }),
      touchpointIn(journey, 0, 1, { title: 'Pago 💳 rápido 漢字', painPoint: true, painNote: 'Duele 😀 mucho' }),
    ];
    const { path, text, plan } = await exported(journey, A3);
    expect(pdfPageCount(path)).toBe(plan.pages);
    expect(text).toContain(tricky);
    expect(text).toContain('Prueba “tipográfica” – ñandú');
    expect(text).toContain('Pago 💳 rápido 漢字');
    expect(text).toContain('Duele 😀 mucho');
  });
});

describe('exportBlueprintPdf: a map wider than the page is tiled', () => {
  const journey = wideJourney(60);
  const a4: PdfOptions = { pageSize: 'a4', orientation: 'landscape', locale: 'es', now: NOW };

  it('spreads 60 stages over several grid pages, each with its headers, page label and whole columns', async () => {
    const { path, plan } = await exported(journey, a4);
    const total = pdfPageCount(path);
    expect(total).toBe(plan.pages);
    expect(plan.parts.grid).toBeGreaterThan(1);
    expect(total).toBeGreaterThan(plan.parts.cover + plan.parts.legend + plan.parts.appendix);

    const seen = new Set<string>();
    for (let k = 1; k <= plan.parts.grid; k++) {
      const pageText = pdfText(path, plan.ranges.grid!.from + k - 1);
      expect(pageText).toContain('Marketing');
      expect(pageText).toContain('Atención al cliente');
      expect(pageText).toContain(`Blueprint ${k}/${plan.parts.grid}`);
      expect(pageText).toContain(`Página ${plan.ranges.grid!.from + k - 1} de ${total}`);
      for (const match of pageText.matchAll(/(Anuncio|Llamada) (\d+)/g)) seen.add(match[0]);
      const page = plan.grid.pages[k - 1];
      for (let s = page.firstStage; s < page.firstStage + page.stageCount; s++) {
        expect(pageText).toContain(`Etapa ${s + 1}`);
      }
    }
    // Nothing cut off: every card is on some grid page.
    for (const t of journey.touchpoints) expect(seen).toContain(t.title);
  });

  it('needs fewer pages on A2 than on A4', async () => {
    const a2 = { ...a4, pageSize: 'a2' as const };
    const small = planPdf(journey, a4);
    const large = planPdf(journey, a2);
    expect(large.parts.grid).toBeLessThan(small.parts.grid);
    expect(large.pages).not.toBe(small.pages);
    const { path } = await exported(journey, a2);
    expect(pdfPageCount(path)).toBe(large.pages);
  });
});

describe('exportBlueprintPdf: edge cases', () => {
  it('exports a journey with no stages: cover, legend and appendix only', async () => {
    const journey = createEmptyJourney('', [], NOW);
    const { path, text, plan } = await exported(journey, { ...A3, pageSize: 'a4', orientation: 'portrait' });
    expect(plan.parts.grid).toBe(0);
    expect(pdfPageCount(path)).toBe(plan.pages);
    expect(text).toContain('Recorrido sin título');
    expect(text).toContain('Este recorrido aún no tiene etapas.');
  });

  it('exports stages without touchpoints', async () => {
    const journey = createEmptyJourney('Solo etapas', ['Me informo', 'Me uno'], NOW);
    const { path, text, plan } = await exported(journey, A3);
    expect(pdfPageCount(path)).toBe(plan.pages);
    expect(text).toContain('Me informo');
    expect(text).toContain('Curva emocional');
  });

  it('prints custom functions, unknown channels, missing emotions and cuts overlong titles with an ellipsis', async () => {
    const journey = createEmptyJourney('Propios', ['Entrega'], NOW);
    journey.customFunctions = [
      { id: 'logistics', label: 'Logística 🚚', icon: 'tag', color: '#abc', backstage: false },
    ];
    const long = Array.from({ length: 40 }, (_, i) => `palabra${i}`).join(' ');
    journey.touchpoints = [
      touchpointIn(journey, 0, 0, { title: long, functionId: 'logistics', channelId: 'gone', emotion: null }),
    ];
    const { path, plan } = await exported(journey, A3);
    const grid = pdfText(path, plan.ranges.grid!.from);
    expect(grid).toContain('Logística 🚚');
    expect(grid).toContain('Sin canal');
    expect(grid).toContain('Sin emoción');
    expect(grid).toContain('…');
    expect(grid).not.toContain('palabra39');
  });
});

describe('exportBlueprintPdf: an unnamed main persona', () => {
  it('is "Persona 1" on the cover, in the metadata and in the legend alike', async () => {
    const journey = importCsv(MEASURED_CSV);
    const { path, text } = await exported(journey, {
      pageSize: 'a4',
      orientation: 'landscape',
      locale: 'en',
      now: NOW,
    });
    expect(pdfText(path, 1)).toContain('Personas: Persona 1 · Ana');
    const subject = /^Subject:\s+(.*)$/m.exec(execFileSync('pdfinfo', [path]).toString())?.[1];
    expect(subject).toBe('Customer journey service blueprint · Persona 1 · Ana');
    // The legend names both curves so: never "Ana" alone on the cover beside "Persona 1, Ana" there.
    expect(text).toContain('Persona 1');
    expect(text).not.toMatch(/Personas: Ana/);
  });
});
