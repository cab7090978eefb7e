import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { restoreJourney } from '../domain/restore';
import { repairMessage } from './repairMessage';
import { I18N_OPTIONS } from './resources';

let en: TFunction;
let es: TFunction;

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ ...I18N_OPTIONS, lng: 'en' });
  en = instance.getFixedT('en');
  es = instance.getFixedT('es');
});

/** A journey file of one stage and one touchpoint, with `touchpoint` merged into the touchpoint. */
function file(touchpoint: Record<string, unknown>, journey: Record<string, unknown> = {}) {
  return JSON.stringify({
    format: 'recorrido.journey',
    version: 1,
    journey: {
      id: 'j',
      name: 'Me uno',
      stages: [{ id: 's', name: 'Descubro' }],
      touchpoints: [{ id: 't', stageId: 's', title: 'Veo un anuncio', position: { x: 0, y: 0 }, ...touchpoint }],
      connections: [],
      ...journey,
    },
  });
}

function messages(t: TFunction, text: string): string[] {
  const result = restoreJourney(text);
  if (!result.ok) throw new Error(result.error.detail);
  return result.repairs.map((repair) => repairMessage(t, repair));
}

describe('repairMessage', () => {
  it('names the cost without a placeholder for the currency it does not know', () => {
    const repair = { code: 'invalid-value', path: 'journey.touchpoints.0.kpiCost', value: '-5' } as const;
    expect(repairMessage(es, repair)).toBe(
      'Punto de contacto 1, «Coste por contacto»: el valor -5 no era válido y se sustituyó por el predeterminado.',
    );
  });

  it('names the element by its name when given, its start only when long', () => {
    const repair = { code: 'cut-text', path: 'journey.touchpoints.0.title', limit: 1000 } as const;
    expect(repairMessage(en, repair, 'Llamo al banco')).toBe(
      '“Llamo al banco”, “Title”: the text was longer than 1,000 characters; only the first 1,000 were kept.',
    );
    expect(repairMessage(es, repair, `Llamo${' y llamo'.repeat(20)}`)).toMatch(/^«Llamo( y llamo){4} y…», «Título»: /);
    expect(repairMessage(en, repair, '')).toMatch(/^Touchpoint 1, “Title”: /);
  });

  it('names the refused value and the field it was in', () => {
    expect(messages(en, file({ emotion: 9 }))).toContain(
      'Touchpoint 1, “Emotion”: the value 9 was not valid and was replaced by the default.',
    );
    expect(messages(es, file({ emotion: 'mucho' }))).toContain(
      'Punto de contacto 1, «Emoción»: el valor «mucho» no era válido y se sustituyó por el predeterminado.',
    );
  });

  it('names an unknown field, even one called like a property every object has', () => {
    // Parsed from JSON, these are the touchpoint's own fields, not Object.prototype's.
    const text = file({}).replace('"title":', '"constructor":{"x":1},"__proto__":{"y":2},"source":"a","title":');
    const sentences = messages(en, text);
    expect(sentences).toEqual(
      expect.arrayContaining([
        'Touchpoint 1: the field “constructor”, which this version of Recorrido does not know, was left out.',
        'Touchpoint 1: the field “__proto__”, which this version of Recorrido does not know, was left out.',
        'Touchpoint 1: the field “source”, which this version of Recorrido does not know, was left out.',
      ]),
    );
    expect(sentences.join('\n')).not.toMatch(/object Object|«»|“”/);
  });

  it('does not take a journey-level field named constructor for a known one', () => {
    const sentences = messages(es, file({}, { constructor: 'x' }));
    expect(sentences).toEqual([
      'El recorrido: se dejó fuera el campo «constructor», que esta versión de Recorrido no conoce.',
    ]);
  });

  it('cuts a long refused value', () => {
    const [sentence] = messages(en, file({ emotion: 'x'.repeat(100) }));
    expect(sentence).toContain(`the value "${'x'.repeat(38)}…`);
  });
});
