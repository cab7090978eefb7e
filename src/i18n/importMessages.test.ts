import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_REFUSAL_CODES, IMPORT_WARNING_CODES } from '../domain/import/importResult';
import { LIMITS } from '../domain/limits';
import { TABLE_FIELDS } from '../domain/table/columns';
import { en } from './en';
import { es } from './es';
import { importRefusalMessage, importWarningMessage, tableFieldLabel } from './importMessages';
import { I18N_OPTIONS } from './resources';

const catalogs = { en, es };
const translators: Record<'en' | 'es', TFunction> = {} as never;

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ ...I18N_OPTIONS, lng: 'en' });
  translators.en = instance.getFixedT('en');
  translators.es = instance.getFixedT('es');
});

describe.each(['en', 'es'] as const)('import messages in %s', (lang) => {
  it('has a message for every refusal code', () => {
    const refusals = catalogs[lang].import.refusal as Record<string, string>;
    expect(IMPORT_REFUSAL_CODES.filter((code) => !refusals[code]?.trim())).toEqual([]);
  });

  it('has a message for every warning code', () => {
    const warnings = catalogs[lang].import.warning as Record<string, string>;
    // A message that counts has its plural forms instead (i18next picks one by the count).
    const has = (code: string) => !!warnings[code]?.trim() || !!warnings[`${code}_other`]?.trim();
    expect(IMPORT_WARNING_CODES.filter((code) => !has(code))).toEqual([]);
  });

  it('turns every code into a sentence, never a raw key or an empty placeholder', () => {
    const t = translators[lang];
    const sentences = [
      ...IMPORT_REFUSAL_CODES.map((code) => importRefusalMessage(t, { code, limit: 20 * 1024 * 1024, count: 6_000 })),
      ...IMPORT_WARNING_CODES.map((code) =>
        importWarningMessage(t, { code, value: 'X', field: 'painPoint', length: 1_500, limit: 1_000, count: 2 }),
      ),
    ];
    for (const sentence of sentences) {
      expect(sentence).not.toMatch(/import\.|{{|}}/);
      expect(sentence.length).toBeGreaterThan(10);
    }
  });

  it('names each table field with a word of its own', () => {
    const labels = TABLE_FIELDS.map((field) => tableFieldLabel(translators[lang], field));
    expect(labels.filter((label) => label.startsWith('panels.'))).toEqual([]);
    expect(new Set(labels).size).toBe(TABLE_FIELDS.length);
  });
});

describe('import messages', () => {
  it('count the skipped lines of a flowchart, naming the first, in the singular for one', () => {
    const skipped = (count: number) => ({ code: 'flowchart-skipped' as const, line: 5, value: 'style', count });
    expect(importWarningMessage(translators.en, skipped(3))).toBe(
      'Line 5: 3 “style” lines were skipped, the first here: a journey keeps no styling or clicks.',
    );
    expect(importWarningMessage(translators.en, skipped(1))).toBe(
      'Line 5: A “style” line was skipped: a journey keeps no styling or clicks.',
    );
    expect(importWarningMessage(translators.es, skipped(3))).toBe(
      'Línea 5: Se omitieron 3 líneas «style», la primera aquí: un recorrido no guarda estilos ni clics.',
    );
    expect(importWarningMessage(translators.es, skipped(1))).toBe(
      'Línea 5: Se omitió una línea «style»: un recorrido no guarda estilos ni clics.',
    );
    expect(
      importWarningMessage(translators.es, {
        code: 'text-cut',
        line: 3,
        field: 'connectionLabel',
        length: 210,
        limit: 200,
      }),
    ).toBe(
      'Línea 3: «Etiqueta de la conexión» tenía 210 caracteres, más de los 200 que caben: solo se conservaron los primeros 200.',
    );
  });

  it('name the limit, the other diagram type, the line and the row', () => {
    const t = translators.en;
    expect(importRefusalMessage(t, { code: 'too-large', limit: 20 * 1024 * 1024 })).toContain('20 MB');
    expect(importRefusalMessage(t, { code: 'not-journey', diagramType: 'sequenceDiagram', line: 3 })).toBe(
      'It is a Mermaid “sequenceDiagram” diagram: only journey and flowchart diagrams can be imported. See line 3.',
    );
    expect(importRefusalMessage(t, { code: 'not-journey' })).toContain('no Mermaid journey or flowchart diagram');
    expect(importRefusalMessage(t, { code: 'too-many-touchpoints', count: 56_861, limit: 5_000 })).toBe(
      'It holds 56,861 touchpoints, and a journey can have at most 5,000: split it into smaller parts and import each one as its own journey.',
    );
    expect(importRefusalMessage(translators.es, { code: 'too-many-touchpoints', count: 56_861, limit: 5_000 })).toBe(
      'Tiene 56.861 puntos de contacto y un recorrido admite como máximo 5000: divídelo en partes más pequeñas e importa cada una como un recorrido propio.',
    );
    expect(importWarningMessage(t, { code: 'score-clamped', line: 7, value: '9' })).toBe(
      'Line 7: The score 9 is outside 1–5; moved to the nearest end.',
    );
    expect(importWarningMessage(t, { code: 'text-cut', row: 2, field: 'title', length: 1_500, limit: 1_000 })).toBe(
      'Row 2: “Title” had 1,500 characters, more than the 1,000 that fit: only the first 1,000 were kept.',
    );
    expect(
      importWarningMessage(translators.es, { code: 'text-cut', field: 'journeyName', length: 130, limit: 120 }),
    ).toBe(
      '«Nombre del recorrido» tenía 130 caracteres, más de los 120 que caben: solo se conservaron los primeros 120.',
    );
    expect(importWarningMessage(translators.es, { code: 'row-without-title', row: 4 })).toBe(
      'Fila 4: Una fila no tiene título de punto de contacto: su punto de contacto se conservó sin título y se muestra como «Punto de contacto sin título».',
    );
    expect(
      importWarningMessage(translators.es, { code: 'flag-from-text', row: 4, field: 'painPoint', value: 'a veces' }),
    ).toBe('Fila 4: «Punto de dolor» tiene texto en vez de sí o no: se marcó y se conservó el texto («a veces»).');
  });

  it('give each warning its own count, and the persona limit only to the warning about personas', () => {
    const counts: Record<string, unknown> = {};
    const spy = ((key: string, options?: { count?: unknown }) => {
      if (key.startsWith('import.warning.')) counts[key.slice('import.warning.'.length)] = options?.count;
      return key;
    }) as unknown as TFunction;
    importWarningMessage(spy, { code: 'too-many-personas', value: 'Gato' });
    importWarningMessage(spy, { code: 'flowchart-skipped', line: 3, value: 'style', count: 4 });
    importWarningMessage(spy, { code: 'rows-above-header', row: 3, count: 2 });
    importWarningMessage(spy, { code: 'extra-cells', row: 2, value: 'x', count: 1 });
    importWarningMessage(spy, { code: 'unread-statement', line: 5, value: '???' });
    importWarningMessage(spy, { code: 'text-cut', field: 'journeyName', length: 130, limit: 120 });
    expect(counts).toEqual({
      'too-many-personas': LIMITS.personas,
      'flowchart-skipped': 4,
      'rows-above-header': 2,
      'extra-cells': 1,
      'unread-statement': undefined,
      'text-cut': undefined,
    });
  });

  it('quote the cells left out under no header, in the singular for one', () => {
    expect(importWarningMessage(translators.en, { code: 'extra-cells', row: 2, value: 'extra1', count: 1 })).toBe(
      'Row 2: The row has a cell under no header, “extra1”: nothing names its column, so it was left out.',
    );
    expect(importWarningMessage(translators.es, { code: 'extra-cells', row: 4, value: 'a | b', count: 2 })).toBe(
      'Fila 4: La fila tiene 2 celdas sin encabezado, «a | b»: nada nombra sus columnas, así que se dejaron fuera.',
    );
  });

  it('count the bare fractions beside per cents, in the singular for one', () => {
    const warning = { code: 'fraction-beside-percent', field: 'kpiCsat', value: '0.9' } as const;
    expect(importWarningMessage(translators.en, { ...warning, count: 1 })).toBe(
      '“CSAT (% satisfied)” writes its values with a per cent sign but one as a bare number between 0 and 1, 0.9: it was read as that many per cent. If it is a fraction (0.85 for 85 %), write it as a percentage and import again.',
    );
    expect(importWarningMessage(translators.es, { ...warning, value: '0,9', count: 3 })).toBe(
      '«CSAT (% satisfechos)» escribe sus valores con el signo de porcentaje salvo 3, números entre 0 y 1 como 0,9: cada uno se leyó como ese tanto por ciento. Si son fracciones (0,85 en vez de 85 %), escríbelas como porcentajes y vuelve a importar.',
    );
  });

  it('count the rows left out above a table’s header', () => {
    expect(importWarningMessage(translators.en, { code: 'rows-above-header', row: 4, count: 3 })).toBe(
      'Row 4: The column headers are on this row: the 3 rows above them (a title, a date, blank rows) were left out, not read as touchpoints.',
    );
    expect(importWarningMessage(translators.es, { code: 'rows-above-header', row: 2, count: 1 })).toBe(
      'Fila 2: Los encabezados de las columnas están en esta fila: la fila de arriba (un título o una fila en blanco) se dejó fuera y no se leyó como punto de contacto.',
    );
  });
});
