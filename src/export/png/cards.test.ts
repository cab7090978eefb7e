import { CARD, cardBandHeight } from '../../domain/look/card';
import { NO_FUNCTION_COLOR } from '../../domain/look/colors';
import { contrastRatio } from '../../domain/look/ink';
import { instantiateTemplate } from '../../domain/templates';
import { meUno } from '../../domain/templates/meUno';
import { channelsOf, functionsOf } from '../../domain/vocabulary';
import { drawCard, layoutCard } from './cards';
import { recordingContext } from './fakeContext';
import { mapLabels } from './labels';

function drawn(
  functionId: string | null,
  extra: { painPoint?: boolean; kpiNps?: number | null; kpiCsat?: number | null; kpiCes?: number | null } = {},
) {
  const journey = instantiateTemplate(meUno, 'es');
  const touchpoint = { ...journey.touchpoints[0], functionId, momentOfTruth: false, painPoint: false, ...extra };
  const vocabulary = { channels: channelsOf(journey, 'es'), functions: functionsOf(journey, 'es') };
  const { ctx, texts } = recordingContext();
  const content = layoutCard(ctx, touchpoint, vocabulary, mapLabels('es'), 'es', CARD.width);
  drawCard(ctx, { x: 0, y: 0, width: CARD.width, height: content.height }, content);
  return { content, texts };
}

describe('a PNG card', () => {
  it('writes the "no function" label dark on its light band (the ink rule)', () => {
    const { content, texts } = drawn(null);
    expect(content.ownerColor).toBe(NO_FUNCTION_COLOR);
    const label = texts.find((t) => t.text === 'SIN FUNCIÓN RESPONSABLE')!;
    expect(label.color).toBe('#000000');
    expect(contrastRatio(label.color, NO_FUNCTION_COLOR)).toBeGreaterThanOrEqual(4.5);
  });

  it('writes a built-in function in white on its dark band', () => {
    const { texts } = drawn('back-office');
    expect(texts.find((t) => t.text === 'BACK-OFFICE')!.color).toBe('#ffffff');
  });

  it('centres the owner label in the band the shared box model gives, taller with a marker badge', () => {
    const plain = drawn('sales').texts.find((t) => t.text === 'VENTAS')!;
    const marked = drawn('sales', { painPoint: true }).texts.find((t) => t.text === 'VENTAS')!;
    expect(plain.y).toBeCloseTo(cardBandHeight(false) / 2);
    expect(marked.y).toBeCloseTo(cardBandHeight(true) / 2);
    expect(cardBandHeight(true)).toBe(CARD.band.badge + 2 * CARD.band.padY);
  });

  it('writes the KPI line under the title only when a measure is set, as the screen does', () => {
    const bare = drawn('sales', { kpiNps: null, kpiCsat: null, kpiCes: null });
    expect(bare.content.kpiLines).toEqual([]);
    expect(bare.texts.some((t) => t.text.startsWith('NPS'))).toBe(false);
    const measured = drawn('sales', { kpiNps: 32, kpiCsat: 81, kpiCes: 3.2 });
    const line = measured.texts.find((t) => t.text === 'NPS 32 · CSAT 81 % · CES 3,2')!;
    const title = measured.texts.find((t) => t.text === measured.content.titleLines.at(-1)!.text)!;
    expect(line.y).toBeGreaterThan(title.y);
    expect(measured.content.height).toBeGreaterThanOrEqual(bare.content.height);
  });
});

describe('mapLabels', () => {
  it('reads the screen words in Spanish and in English', () => {
    expect(mapLabels('es')).toEqual({
      untitled: 'Punto de contacto sin título',
      noChannel: 'Sin canal',
      noFunction: 'Sin función responsable',
      noEmotion: 'Sin emoción aún',
      unnamedStage: 'Etapa sin nombre',
      curveTitle: 'Curva emocional',
      measures: {
        kpiNps: 'NPS',
        kpiCsat: 'CSAT (%)',
        kpiCes: 'CES (1-7)',
        kpiFcr: 'FCR (%)',
        kpiVolume: 'Contactos al mes',
        kpiCost: 'Coste por contacto',
      },
      layers: {
        customer: 'Acciones del cliente',
        frontstage: 'Frontstage',
        backstage: 'Backstage',
        support: 'Procesos de soporte',
      },
      visibility: 'Línea de visibilidad',
    });
    expect(mapLabels('en')).toEqual({
      untitled: 'Untitled touchpoint',
      noChannel: 'No channel',
      noFunction: 'No owning function',
      noEmotion: 'No emotion yet',
      unnamedStage: 'Unnamed stage',
      curveTitle: 'Emotion curve',
      measures: {
        kpiNps: 'NPS',
        kpiCsat: 'CSAT (%)',
        kpiCes: 'CES (1-7)',
        kpiFcr: 'FCR (%)',
        kpiVolume: 'Contacts a month',
        kpiCost: 'Cost per contact',
      },
      layers: {
        customer: 'Customer actions',
        frontstage: 'Frontstage',
        backstage: 'Backstage',
        support: 'Support processes',
      },
      visibility: 'Line of visibility',
    });
  });
});
