import { describe, expect, it } from 'vitest';
import { guessColumnMapping, type TableField } from './columns';

/** The guessed mapping as field -> header, only for mapped fields. */
function guessed(header: string[]) {
  const { mapping } = guessColumnMapping(header);
  return Object.fromEntries(
    (Object.entries(mapping.columns) as [TableField, number | null][])
      .filter(([, column]) => column !== null)
      .map(([field, column]) => [field, header[column!]]),
  );
}

describe('guessColumnMapping', () => {
  it.each([
    [
      "the app's own Spanish CSV: the emotion value column wins over the label",
      [
        'Etapa',
        'Punto de contacto',
        'Canal',
        'Función responsable',
        'Emoción',
        'Valor emoción',
        'Momento de la verdad',
        'Punto de dolor',
        'Qué duele',
        'Notas',
      ],
      {
        stage: 'Etapa',
        title: 'Punto de contacto',
        channel: 'Canal',
        function: 'Función responsable',
        emotion: 'Valor emoción',
        momentOfTruth: 'Momento de la verdad',
        painPoint: 'Punto de dolor',
        painNote: 'Qué duele',
        notes: 'Notas',
      },
    ],
    [
      "the app's own English CSV",
      [
        'Stage',
        'Touchpoint',
        'Channel',
        'Owning function',
        'Emotion',
        'Emotion value',
        'Moment of truth',
        'Pain point',
        'What hurts',
        'Notes',
      ],
      {
        stage: 'Stage',
        title: 'Touchpoint',
        channel: 'Channel',
        function: 'Owning function',
        emotion: 'Emotion value',
        momentOfTruth: 'Moment of truth',
        painPoint: 'Pain point',
        painNote: 'What hurts',
        notes: 'Notes',
      },
    ],
    [
      'Spanish words of a team sheet, any case and accents',
      ['FASE', 'Interacción', 'canal', 'Responsable', 'Emocion (1-5)', 'Dolor', 'Descripción', 'Observaciones'],
      {
        stage: 'FASE',
        title: 'Interacción',
        channel: 'canal',
        function: 'Responsable',
        emotion: 'Emocion (1-5)',
        painPoint: 'Dolor',
        description: 'Descripción',
        notes: 'Observaciones',
      },
    ],
    [
      'English words of a team sheet',
      ['Phase', 'Step', 'Channel', 'Department', 'Sentiment', 'Pain', 'Description', 'MoT', 'Comments'],
      {
        stage: 'Phase',
        title: 'Step',
        channel: 'Channel',
        function: 'Department',
        emotion: 'Sentiment',
        painPoint: 'Pain',
        description: 'Description',
        momentOfTruth: 'MoT',
        notes: 'Comments',
      },
    ],
    [
      'a specific header beats a general one: pain description is what hurts, not the description',
      ['Descripción del dolor', 'Descripción', 'Nombre del punto de contacto', 'Score'],
      {
        painNote: 'Descripción del dolor',
        description: 'Descripción',
        title: 'Nombre del punto de contacto',
        emotion: 'Score',
      },
    ],
    ['unknown headers map nothing', ['Foo', 'Bar', ''], {}],
  ])('%s', (_name, header, expected) => {
    expect(guessed(header)).toEqual(expected);
  });

  it("knows the app's own export in both languages, and nothing else", () => {
    const es = [
      'Etapa',
      'Punto de contacto',
      'Descripción',
      'Canal',
      'Función responsable',
      'Emoción',
      'Valor emoción',
      'Momento de la verdad',
      'Punto de dolor',
      'Qué duele',
      'Notas',
    ];
    expect(guessColumnMapping(es).isOwnExport).toBe(true);
    expect(guessColumnMapping(es.slice(0, 5)).isOwnExport).toBe(false);
    // As exported before the description column: still the app's own, imported without asking.
    expect(guessColumnMapping(es.filter((h) => h !== 'Descripción')).isOwnExport).toBe(true);
  });

  it('takes the first row for data when no header is recognised', () => {
    expect(guessColumnMapping(['Me informo', 'Veo un anuncio']).mapping.hasHeader).toBe(false);
    expect(guessColumnMapping(['Etapa', 'Veo un anuncio']).mapping.hasHeader).toBe(true);
  });
});
