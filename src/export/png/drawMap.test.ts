import { EMOTIONS, type Journey } from '../../domain/journey';
import { instantiateTemplate } from '../../domain/templates';
import { meUno } from '../../domain/templates/meUno';
import { EMOTION_LABELS } from '../../domain/vocabulary';
import { CURVE_KEY } from './curveKey';
import { drawJourneyMap, planMap } from './drawMap';
import { recordingContext } from './fakeContext';
import { CURVE_HEIGHT, mapGeometry } from './geometry';

function draw(journey: Journey, view: 'canvas' | 'blueprint' | 'layers') {
  const { ctx, texts } = recordingContext();
  const bounds = drawJourneyMap(ctx, journey, { locale: 'es', view, background: '#fff', scale: 2 });
  // Lines of one title or name are drawn one after another, so joining them rebuilds the text.
  return { bounds, texts, joined: texts.map((t) => t.text).join(' ') };
}

describe.each(['canvas', 'blueprint', 'layers'] as const)('drawJourneyMap (%s view), Spanish "Me uno"', (view) => {
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
  it('draws the layers: row names, the line of visibility, backstage and support text, the owners', () => {
    const journey = instantiateTemplate(meUno, 'es');
    const [first] = journey.touchpoints;
    const layered = {
      ...journey,
      touchpoints: [{ ...first, backstage: 'Preparan la campaña', support: 'CRM' }, ...journey.touchpoints.slice(1)],
    };
    const { texts } = draw(layered, 'layers');
    const drawn = new Set(texts.map((t) => t.text));
    for (const label of [
      'Acciones del cliente',
      'Frontstage',
      'LÍNEA DE VISIBILIDAD',
      'Backstage',
      'Procesos de soporte',
      'Preparan la campaña',
      'CRM',
      'Back-office',
    ]) {
      expect(drawn.has(label)).toBe(true);
    }
  });

  it('labels every function lane in the blueprint view', () => {
    const { texts } = draw(instantiateTemplate(meUno, 'es'), 'blueprint');
    const drawn = new Set(texts.map((t) => t.text));
    for (const label of ['Marketing', 'Ventas', 'Atención al cliente', 'Desarrollo de producto', 'Back-office']) {
      expect(drawn.has(label)).toBe(true);
    }
  });

  it('shows the UI words for empty fields and keeps a long title whole inside the card', () => {
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
    expect(titleLines.length).toBeGreaterThan(10);
    // Nothing cut: the card grows with its title, as on screen (the words run on across lines).
    const squash = (text: string) => text.replace(/\s+/g, '');
    expect(squash(titleLines.map((l) => l.text).join(''))).toBe(squash(long));
    // 14px text at 0.55em a character: 220 px of room holds 28 characters.
    for (const line of titleLines) expect(Array.from(line.text).length).toBeLessThanOrEqual(28);
  });

  it('reads right-to-left titles and labels right to left, starting at the right of the card', () => {
    const base = instantiateTemplate(meUno, 'es');
    const [first, second] = base.touchpoints;
    const touchpoints = [{ ...first, title: 'شكوى العميل 42' }, second];
    const connections = [{ id: 'rtl', from: first.id, to: second.id, label: 'תלונת לקוח' }];
    const { texts } = draw({ ...base, touchpoints, connections }, 'canvas');
    const title = texts.find((t) => t.text === 'شكوى العميل 42')!;
    expect(title.direction).toBe('rtl');
    expect(title.x).toBeGreaterThan(first.position.x + 200);
    expect(texts.find((t) => t.text === 'תלונת לקוח')!.direction).toBe('rtl');
    expect(texts.find((t) => t.text === second.title)!.direction).toBe('ltr');
  });

  it('draws a long connection label whole, wrapped on its plate, without control characters', () => {
    const base = instantiateTemplate(meUno, 'es');
    const [first, second] = base.touchpoints;
    const label = 'me envía el enlace\r\ny luego\u0007 otro correo con el código de activación de la cuenta nueva';
    const connections = [{ id: 'long', from: first.id, to: second.id, label }];
    const { texts } = draw({ ...base, touchpoints: [first, second], connections }, 'canvas');
    const plate = texts.filter((t) => t.font.startsWith('normal normal 11px'));
    expect(plate.length).toBeGreaterThan(1);
    expect(plate.map((t) => t.text).join(' ')).toContain(
      'me envía el enlace y luego otro correo con el código de activación de la cuenta nueva',
    );
  });
});

describe('the key to the curve’s lines', () => {
  /** Spanish "Me uno" with its main persona named Marta and `others` besides, each of which rated its first touchpoint. */
  function withPersonas(...others: string[]): Journey {
    const journey = instantiateTemplate(meUno, 'es');
    const main = { ...journey.personas[0], name: 'Marta' };
    const more = others.map((name, i) => ({ id: `p${i}`, name, description: '' }));
    const [first, ...rest] = journey.touchpoints;
    const rated = { ...first, personaEmotions: Object.fromEntries(more.map((p) => [p.id, 1 as const])) };
    return { ...journey, personas: [main, ...more], touchpoints: [rated, ...rest] };
  }

  it('names every persona’s line under the curve, inside the image, when there are several', () => {
    const journey = withPersonas('Ana', '');
    const { ctx, texts } = recordingContext();
    const bounds = drawJourneyMap(ctx, journey, { locale: 'es', view: 'canvas', background: '#fff', scale: 2 });
    const { curveTop } = mapGeometry(journey, 'canvas');
    const names = ['Marta', 'Ana', 'Persona 3'].map((name) => texts.find((t) => t.text === name));
    for (const name of names) {
      expect(name).toBeDefined();
      expect(name!.y).toBeGreaterThan(curveTop + CURVE_HEIGHT);
      expect(name!.y).toBeLessThan(bounds.y + bounds.height);
      expect(name!.font).toContain('12px');
    }
  });

  it('names the persona chosen in the editor first', () => {
    const { ctx, texts } = recordingContext();
    const options = { locale: 'en', view: 'blueprint', background: '#fff', scale: 1, personaId: 'p0' } as const;
    drawJourneyMap(ctx, withPersonas('Ana'), options);
    const names = texts.filter((t) => t.text === 'Marta' || t.text === 'Ana');
    expect(names.map((t) => t.text)).toEqual(['Ana', 'Marta']);
  });

  it('draws two long names that differ only at their end whole, wrapped, inside its box and the bounds', () => {
    const north = 'Cliente de pyme con cuenta empresarial, tarjeta de crédito y nómina (zona norte)';
    const south = 'Cliente de pyme con cuenta empresarial, tarjeta de crédito y nómina (zona sur)';
    const journey = withPersonas(north, south);
    const { ctx, texts } = recordingContext();
    const bounds = drawJourneyMap(ctx, journey, { locale: 'es', view: 'canvas', background: '#fff', scale: 1 });
    const { geometry } = planMap(recordingContext().ctx, journey, 'es', 'canvas');
    const key = geometry.curveKey!;
    const keyTexts = texts.filter((t) => t.font.includes(`${CURVE_KEY.textSize}px`) && t.y > key.y);
    // A name's lines are drawn one after another, so joining them rebuilds it.
    const joined = keyTexts.map((t) => t.text).join(' ');
    expect(joined).toContain(north);
    expect(joined).toContain(south);
    expect(keyTexts.some((t) => t.text.includes('…'))).toBe(false);
    expect(keyTexts.length).toBeGreaterThan(4);
    for (const t of keyTexts) {
      expect(t.y + CURVE_KEY.lineHeight / 2, t.text).toBeLessThanOrEqual(key.y + key.height);
      expect(t.y + CURVE_KEY.lineHeight / 2).toBeLessThanOrEqual(bounds.y + bounds.height);
    }
    for (const card of geometry.cards.values()) {
      const apart = card.x + card.width <= key.x || card.x >= key.x + key.width || card.y + card.height <= key.y;
      expect(apart, `${card.x},${card.y}`).toBe(true);
    }
  });

  it('ends a name too long even for its lines in an ellipsis', () => {
    const endless = 'Cliente'.concat(' muy'.repeat(40), ' exigente');
    const { ctx, texts } = recordingContext();
    drawJourneyMap(ctx, withPersonas(endless), { locale: 'es', view: 'canvas', background: '#fff', scale: 1 });
    const lines = texts.filter((t) => t.text.startsWith('Cliente muy') || /^muy.*muy/.test(t.text));
    expect(lines).toHaveLength(CURVE_KEY.maxLines);
    expect(lines[lines.length - 1].text.endsWith('…')).toBe(true);
  });

  it('draws a long right-to-left name whole, each of its lines right to left', () => {
    const name = 'לקוחה עסקית קטנה עם חשבון עסקי וכרטיס אשראי באזור הצפון';
    const { ctx, texts } = recordingContext();
    drawJourneyMap(ctx, withPersonas(name), { locale: 'es', view: 'canvas', background: '#fff', scale: 1 });
    const lines = texts.filter((t) => /[\u0590-\u05ff]/.test(t.text));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((t) => t.text).join(' ')).toBe(name);
    for (const line of lines) expect(line.direction).toBe('rtl');
  });

  it('names no line for a journey with one persona', () => {
    const { texts } = draw(withPersonas(), 'canvas');
    expect(texts.some((t) => t.text === 'Marta')).toBe(false);
  });
});

describe('the cards’ emotion with another persona chosen', () => {
  it('is that persona’s, as the editor’s cards show it, and "no emotion yet" where it has not rated', () => {
    const journey = instantiateTemplate(meUno, 'es');
    const [first, second] = journey.touchpoints;
    const luis = { id: 'luis', name: 'Luis', description: '' };
    const rated = {
      ...journey,
      personas: [journey.personas[0], luis],
      touchpoints: journey.touchpoints.map((t) =>
        t.id === first.id ? { ...t, emotion: 2 as const, personaEmotions: { luis: -2 as const } } : t,
      ),
    };
    const cardTexts = (personaId: string | null) => {
      const { ctx, texts } = recordingContext();
      drawJourneyMap(ctx, rated, { locale: 'es', view: 'canvas', background: '#fff', scale: 1, personaId });
      return texts.map((t) => t.text);
    };
    const count = (texts: string[], text: string) => texts.filter((t) => t === text).length;
    const guide = 1; // Each emotion's name also labels its guide on the curve.
    expect(count(cardTexts(null), EMOTION_LABELS[2].es)).toBe(guide + 2);
    const chosen = cardTexts('luis');
    // Luis hates the first touchpoint; the others he has not rated say so, rather than the main persona's.
    expect(count(chosen, EMOTION_LABELS[2].es)).toBe(guide);
    expect(count(chosen, EMOTION_LABELS[-2].es)).toBe(guide + 1);
    expect(second.personaEmotions).toEqual({});
    expect(count(chosen, 'Sin emoción aún')).toBe(journey.touchpoints.length - 1);
  });
});
