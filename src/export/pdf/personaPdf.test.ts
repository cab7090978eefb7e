// jsdom, as exportPdf.test.ts: jsPDF works there and the shared setup needs it.
import type { Emotion, Journey } from '../../domain/journey';
import type { Locale } from '../../domain/locale';
import { instantiateTemplate } from '../../domain/templates';
import { meUno } from '../../domain/templates/meUno';
import { exportBlueprintPdf } from './exportPdf';
import { pdfText, removeSavedPdfs, savePdf, squash } from './pdfTestKit';

const NOW = new Date('2025-03-04T10:00:00Z');
afterAll(() => removeSavedPdfs());

/**
 * "Me uno" whose main persona is Marta (mean +0.3 over its 18 touchpoints), with a second persona, `name`,
 * who loves its first three touchpoints (one of them a pain point, "I check coverage at my address") and has
 * rated no other.
 */
function withSecond(locale: Locale, name: string): Journey {
  const journey = instantiateTemplate(meUno, locale, NOW);
  journey.personas = [
    { ...journey.personas[0], name: 'Marta' },
    { id: 'ana', name, description: '' },
  ];
  journey.touchpoints = journey.touchpoints.map((t, i) => ({
    ...t,
    personaEmotions: i < 3 ? { ana: 2 as Emotion } : ({} as Record<string, Emotion>),
  }));
  return journey;
}

/**
 * The cover's text and the whole PDF's, without whitespace (squash: a cell may wrap anywhere), exported with
 * `personaId` chosen on screen.
 */
async function exported(journey: Journey, locale: Locale, personaId: string | null) {
  const options = { pageSize: 'a4', orientation: 'landscape', locale, now: NOW, personaId } as const;
  const path = await savePdf(await exportBlueprintPdf(journey, options));
  return { cover: squash(pdfText(path, 1)), all: squash(pdfText(path)) };
}

/** Cells as the PDF prints them one after another (a tile's value, label and note; a table row), squashed. */
const cells = (...texts: string[]) => squash(texts.join(''));

/** Where the pain point Ana rated, "I check coverage at my address", ends its row: what hurts, then the emotion. */
const coverageHurts = 'The address finder does not recognise building or flat numbers; many give up here.';

describe('the PDF’s cover and appendix show the emotions of the persona chosen on screen', () => {
  it('shows the main persona’s, unnamed, when the main one is chosen', async () => {
    const { cover, all } = await exported(withSecond('en', 'Ana'), 'en', null);
    expect(cover).toContain(cells('+0.3', 'Average emotion', "I don't mind"));
    expect(all).toContain(cells('Channel', 'Touchpoints', 'MoT', 'PP', 'Average emotion', 'Marketing'));
    expect(all).toContain(
      cells('A sales advisor calls me', 'I show interest and ask for information', 'Call centre', 'I like it'),
    );
    expect(all).toContain(cells(coverageHurts, "I don't like it"));
    expect(all).not.toContain('ofAna');
  });

  it('averages, lists and heads the chosen persona’s, where it has none saying so', async () => {
    const { cover, all } = await exported(withSecond('en', 'Ana'), 'en', 'ana');
    expect(cover).toContain(cells('+2.0', 'Average emotion of Ana', 'Wow!'));
    // The summary by function and channel: Ana's mean where she rated, and where she did not.
    expect(all).toContain(cells('Channel', 'Touchpoints', 'MoT', 'PP', 'Average emotion of Ana', 'Marketing'));
    expect(all).toContain(cells('Social networks', '1', '0', '0', '+2.0 · Wow!'));
    expect(all).toContain(cells('Call centre', '1', '1', '0', 'No emotion yet'));
    // Moments of truth and pain points: their emotion column is Ana's, and says so.
    expect(all).toContain(cells('Touchpoint', 'Stage', 'Channel', 'Emotion of Ana', 'Sales'));
    expect(all).toContain(
      cells('A sales advisor calls me', 'I show interest and ask for information', 'Call centre', 'No emotion yet'),
    );
    expect(all).toContain(cells('What hurts', 'Emotion of Ana'));
    expect(all).toContain(cells(coverageHurts, 'Wow!'));
  });

  it('names an unnamed persona by its number, in the export’s language', async () => {
    const journey = withSecond('es', '');
    journey.touchpoints = journey.touchpoints.map((t) => ({ ...t, personaEmotions: {} }));
    const { cover, all } = await exported(journey, 'es', 'ana');
    expect(cover).toContain(cells('–', 'Emoción media de Persona 2', 'Sin emociones aún'));
    expect(all).toContain(cells('Canal', 'Puntos de contacto', 'MPT', 'MOP', 'Emoción media de Persona 2'));
    expect(all).toContain(cells('Punto de contacto', 'Etapa', 'Canal', 'Emoción de Persona 2'));
  });
});
