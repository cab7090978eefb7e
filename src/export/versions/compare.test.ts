// jsdom, not node: jsPDF and the shared setup file need it (see exportPdf.test.ts).
import { produce } from 'immer';
import { instantiateTemplate } from '../../domain/templates';
import { meQuejo } from '../../domain/templates/meQuejo';
import { meUno } from '../../domain/templates/meUno';
import { diffVersions } from '../../domain/versions/diff';
import { createToBe } from '../../domain/versions/toBe';
import { exportComparisonPdf } from '../pdf/comparePdf';
import { estimatedFallback } from '../pdf/fallback';
import { pdfPageCount, pdfText, removeSavedPdfs, savePdf, squash } from '../pdf/pdfTestKit';
import { comparisonCsv } from './compareCsv';
import { es } from '../../i18n/es';
import { comparisonSummary } from './compareText';

const NOW = new Date('2026-11-29T10:00:00Z');
afterAll(() => removeSavedPdfs());

/** "Me quejo" and a to-be where the first touchpoint is renamed, the second made neutral, the third removed. */
function versions() {
  const asIs = instantiateTemplate(meQuejo, 'es', NOW);
  const toBe = produce(createToBe(asIs, 'Me quejo (to-be)', NOW), (d) => {
    d.touchpoints[0].title = 'Recibo un aviso claro del importe';
    d.touchpoints[1].emotion = 0;
    d.touchpoints.splice(2, 1);
  });
  return { asIs, toBe, diff: diffVersions(asIs, toBe) };
}

describe('the comparison summary', () => {
  it('counts each kind of change with words that agree with their number, in both languages', () => {
    const { diff } = versions();
    expect(comparisonSummary(diff, 'es')).toBe('0 añadidos, 1 eliminado, 2 cambiados');
    expect(comparisonSummary(diff, 'en')).toBe('0 added, 1 removed, 2 changed');
  });
});

describe('the comparison CSV', () => {
  it('has one row per change: kind, stage, title, fields and their values before and after', () => {
    const { asIs, toBe, diff } = versions();
    const lines = comparisonCsv(asIs, toBe, diff, 'es').replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe('Cambio;Etapa;Punto de contacto;Campos cambiados;As-is;To-be');
    const removed = asIs.touchpoints[2];
    const stage = (id: string) => asIs.stages.find((s) => s.id === id)!.name;
    expect(lines).toContain(`Eliminado;${stage(removed.stageId)};${removed.title};;;`);
    expect(
      lines.some((l) => l.startsWith(`Cambiado;${stage(asIs.touchpoints[0].stageId)};Recibo un aviso claro`)),
    ).toBe(true);
    expect(lines.some((l) => l.includes(`Título: ${asIs.touchpoints[0].title}`))).toBe(true);
    expect(lines.filter((l) => /^(Añadido|Eliminado|Cambiado);/.test(l))).toHaveLength(3);
  });
});

describe('stage changes', () => {
  /** The to-be renames the first stage, drops the last (and its touchpoints) and adds an unnamed one. */
  function restaged() {
    const asIs = instantiateTemplate(meQuejo, 'es', NOW);
    const last = asIs.stages.at(-1)!;
    const toBe = produce(createToBe(asIs, 'Me quejo (to-be)', NOW), (d) => {
      d.stages[0].name = 'Me doy cuenta';
      d.stages.pop();
      d.touchpoints = d.touchpoints.filter((t) => t.stageId !== last.id);
      d.stages.push({ id: 'nueva', name: '', width: 300 });
    });
    return { asIs, toBe, diff: diffVersions(asIs, toBe), first: asIs.stages[0].name, last: last.name };
  }

  it('are rows of the CSV before the touchpoints, with the name before and after', () => {
    const { asIs, toBe, diff, first, last } = restaged();
    const lines = comparisonCsv(asIs, toBe, diff, 'es').replace('\uFEFF', '').split('\r\n');
    expect(lines.slice(1, 4)).toEqual([
      `Etapa renombrada;Me doy cuenta;;Nombre;Nombre: ${first};Nombre: Me doy cuenta`,
      'Etapa añadida;Etapa sin nombre;;;;Nombre: Etapa sin nombre',
      `Etapa eliminada;${last};;;Nombre: ${last};`,
    ]);
  });

  it('name the touchpoints of a renamed stage by its new name, removed ones too', () => {
    const asIs = instantiateTemplate(meQuejo, 'es', NOW);
    const first = asIs.stages[0];
    const gone = asIs.touchpoints.find((t) => t.stageId === first.id)!;
    const toBe = produce(createToBe(asIs, 'Me quejo (to-be)', NOW), (d) => {
      d.stages[0].name = 'Me doy cuenta';
      d.touchpoints = d.touchpoints.filter((t) => t.id !== gone.id);
    });
    const lines = comparisonCsv(asIs, toBe, diffVersions(asIs, toBe), 'es').split('\r\n');
    expect(lines).toContain(`Eliminado;Me doy cuenta;${gone.title};;;`);
  });

  it('are listed on the PDF summary, in the language asked for', async () => {
    const { asIs, toBe, diff, first, last } = restaged();
    const blob = await exportComparisonPdf(asIs, toBe, diff, { locale: 'en', now: NOW, fallback: estimatedFallback });
    const text = squash(pdfText(await savePdf(blob)));
    expect(text).toContain(squash(`Renamed: “${first}” → “Me doy cuenta”`));
    expect(text).toContain(squash(`Removed: “${last}”`));
    expect(text).toContain(squash('Added: “Unnamed stage”'));
  });
});

describe('the comparison PDF', () => {
  it('has a summary page and a page per stage with changes, and names the changed touchpoints', async () => {
    const { asIs, toBe, diff } = versions();
    const blob = await exportComparisonPdf(asIs, toBe, diff, { locale: 'es', now: NOW, fallback: estimatedFallback });
    const path = await savePdf(blob);
    const text = squash(pdfText(path));
    expect(pdfPageCount(path)).toBe(1 + diff.stagesWithChanges.length);
    for (const title of ['Recibo un aviso claro del importe', toBe.touchpoints[1].title, asIs.touchpoints[2].title]) {
      expect(text).toContain(squash(title));
    }
    expect(text).toContain(squash('Resumen del rediseño'));
    expect(text).toContain(squash('0 añadidos, 1 eliminado, 2 cambiados'));
    // Every stage's touchpoints before and after, as the dialog's table has them.
    for (const stage of diff.kpis) {
      expect(text).toContain(squash(`Puntos de contacto: ${stage.before.touchpoints} → ${stage.after.touchpoints}`));
    }
  });
});

/** The user test's repro: "Me uno" and its to-be without stage 4 and the touchpoints in it. */
function meUnoWithoutStage4() {
  const asIs = instantiateTemplate(meUno, 'es', NOW);
  const dropped = asIs.stages[3];
  const toBe = produce(createToBe(asIs, 'Me uno (to-be)', NOW), (d) => {
    d.stages.splice(3, 1);
    d.touchpoints = d.touchpoints.filter((t) => t.stageId !== dropped.id);
  });
  return { asIs, toBe, diff: diffVersions(asIs, toBe), dropped };
}

describe('the comparison PDF’s curves', () => {
  it('name every stage of either version over the chart and label the emotion scale with its words', async () => {
    const { asIs, toBe, diff } = meUnoWithoutStage4();
    const blob = await exportComparisonPdf(asIs, toBe, diff, { locale: 'es', now: NOW, fallback: estimatedFallback });
    const page = squash(pdfText(await savePdf(blob), 1));
    const chart = page.slice(page.indexOf(squash('Curvas emocionales')), page.indexOf(squash('Momentos de la verdad')));
    for (const word of ['Lo odio', 'No me gusta', 'Me da igual', 'Me gusta', '¡Wow!'])
      expect(chart).toContain(squash(word));
    // Each name whole, or cut with an ellipsis on its second line where its band is narrow.
    for (const stage of asIs.stages) expect(chart).toContain(squash(stage.name).slice(0, 12));
  });
});

describe('a pain point deleted with its stage', () => {
  const letter = 'Me llega la carta de domiciliación';

  it('is a row of the CSV of its own, not a resolved one', () => {
    const { asIs, toBe, diff, dropped } = meUnoWithoutStage4();
    const lines = comparisonCsv(asIs, toBe, diff, 'es').split('\r\n');
    expect(lines).toContain(`Punto de dolor eliminado junto con su punto de contacto;${dropped.name};${letter};;;`);
    expect(lines.some((l) => l.startsWith('Punto de dolor resuelto;'))).toBe(false);
  });

  it('is listed on the PDF summary as removed with its touchpoint, with the counts to match', async () => {
    const { asIs, toBe, diff } = meUnoWithoutStage4();
    const blob = await exportComparisonPdf(asIs, toBe, diff, { locale: 'es', now: NOW, fallback: estimatedFallback });
    const page = squash(pdfText(await savePdf(blob), 1));
    expect(page).toContain(squash('Puntos de dolor resueltos (0): Ninguno.'));
    expect(page).toContain(squash(`Puntos de dolor eliminados junto con su punto de contacto (1): ${letter}`));
  });
});

describe('the comparison PDF’s KPIs', () => {
  it('explain a weighted mean’s "*" with the Measures dialog’s words', async () => {
    const { asIs, toBe } = meUnoWithoutStage4();
    const first = asIs.touchpoints.find((t) => t.stageId === asIs.stages[0].id)!;
    const measured = (csat: number) =>
      produce((d: typeof asIs) => {
        Object.assign(
          d.touchpoints.find((t) => t.id === first.id)!,
          { kpiCsat: csat, kpiVolume: 100 },
        );
      });
    const [before, after] = [measured(50)(asIs), measured(80)(toBe)];
    const blob = await exportComparisonPdf(before, after, diffVersions(before, after), {
      locale: 'es',
      now: NOW,
      fallback: estimatedFallback,
    });
    const page = squash(pdfText(await savePdf(blob), 1));
    expect(page).toContain(squash('50 %*'));
    expect(page).toContain(squash(es.panels.summary.weighted));
    expect(page).not.toContain(squash(es.panels.summary.partialCost));
  });
});
