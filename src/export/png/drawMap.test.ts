import { EMOTIONS, type Journey } from '../../domain/journey';
import { instantiateTemplate } from '../../domain/templates';
import { meUno } from '../../domain/templates/meUno';
import { EMOTION_LABELS } from '../../domain/vocabulary';
import { drawJourneyMap } from './drawMap';
import { recordingContext } from './fakeContext';

function draw(journey: Journey, view: 'canvas' | 'blueprint') {
  const { ctx, texts } = recordingContext();
  const bounds = drawJourneyMap(ctx, journey, { locale: 'es', view, background: '#fff', scale: 2 });
  // Lines of one title or name are drawn one after another, so joining them rebuilds the text.
  return { bounds, texts, joined: texts.map((t) => t.text).join(' ') };
}

describe.each(['canvas', 'blueprint'] as const)('drawJourneyMap (%s view), Spanish "Me uno"', (view) => {
  const journey = instantiateTemplate(meUno, 'es');

  it('draws every stage number and name', () => {
    const { texts, joined } = draw(journey, view);
    journey.stages.forEach((stage, i) => {
      expect(joined).toContain(stage.name);
      expect(texts.some((t) => t.text === String(i + 1))).toBe(true);
    });
  });

  it('draws every touchpoint title, wrapped within the card', () => {
    const { texts, joined } = draw(journey, view);
    for (const t of journey.touchpoints) expect(joined).toContain(t.title);
    expect(texts.some((t) => t.text === 'Me informo')).toBe(true);
  });

  it('labels the curve guides and the cards with the emotion names', () => {
    const { texts } = draw(journey, view);
    for (const e of EMOTIONS) expect(texts.some((t) => t.text === EMOTION_LABELS[e].es)).toBe(true);
    // Once on its guide, then once on every card with that emotion.
    for (const e of EMOTIONS) {
      const cards = journey.touchpoints.filter((t) => t.emotion === e).length;
      expect(texts.filter((t) => t.text === EMOTION_LABELS[e].es)).toHaveLength(cards + 1);
    }
    expect(texts.some((t) => t.text === 'Curva emocional')).toBe(true);
  });

  it('draws owners in capitals, channels and connection labels', () => {
    const { texts } = draw(journey, view);
    const drawn = new Set(texts.map((t) => t.text));
    expect(drawn.has('MARKETING')).toBe(true);
    expect(drawn.has('Redes sociales')).toBe(true);
    expect(drawn.has('hay cobertura')).toBe(true);
  });
});

describe('drawJourneyMap', () => {
  it('labels every function lane in the blueprint view', () => {
    const { texts } = draw(instantiateTemplate(meUno, 'es'), 'blueprint');
    const drawn = new Set(texts.map((t) => t.text));
    for (const label of ['Marketing', 'Ventas', 'Atención al cliente', 'Desarrollo de producto', 'Back-office']) {
      expect(drawn.has(label)).toBe(true);
    }
  });

  it('shows the UI words for empty fields and keeps a long title inside the card', () => {
    const base = instantiateTemplate(meUno, 'es');
    const long = 'Una'.concat(' palabra'.repeat(60), ' Supercalifragilisticoespialidosoextraordinariamente');
    const touchpoints = [
      { ...base.touchpoints[0], title: '', channelId: null, functionId: null, emotion: null },
      { ...base.touchpoints[1], title: long },
    ];
    const { texts } = draw({ ...base, touchpoints, connections: [] }, 'canvas');
    const drawn = new Set(texts.map((t) => t.text));
    for (const word of ['Punto de contacto sin título', 'Sin canal', 'SIN FUNCIÓN RESPONSABLE', 'Sin emoción aún']) {
      expect(drawn.has(word)).toBe(true);
    }
    const card = touchpoints[1].position;
    const titleLines = texts.filter((t) => t.font.includes('bold 14px') && t.y > card.y && t.x >= card.x);
    expect(titleLines.length).toBeGreaterThan(1);
    expect(titleLines.length).toBeLessThanOrEqual(10);
    expect(titleLines[titleLines.length - 1].text.endsWith('…')).toBe(true);
    // 14px text at 0.55em a character: 220 px of room holds 28 characters.
    for (const line of titleLines) expect(Array.from(line.text).length).toBeLessThanOrEqual(28);
  });
});
