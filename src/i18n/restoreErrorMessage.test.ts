import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { readBackup } from '../domain/backup';
import { notJsonError, restoreJourney } from '../domain/restore';
import { initI18n } from './i18n';
import { restoreErrorMessage } from './restoreErrorMessage';

/** The message the UI shows for `input` refused by restore, in `locale`. */
async function messageFor(locale: 'en' | 'es', input: string) {
  await initI18n(locale);
  const result = restoreJourney(input);
  if (result.ok) throw new Error('restored');
  return restoreErrorMessage(i18next.t, result.error);
}

describe('what the UI says about a file restore refused', () => {
  it('says in Spanish where a trailing comma breaks a JSON file, without the engine’s English', async () => {
    const message = await messageFor('es', '{\n  "format": "recorrido.journey",\n  "stages": ["a",\n  ]\n}');
    expect(message).toBe('El archivo no es JSON válido: se rompe en la línea 4, columna 3.');
  });

  it('says in Spanish where a broken JSON file breaks, without the engine’s English', async () => {
    const message = await messageFor('es', '{\n  "format": "recorrido.journey",\n  "version": 1,\n  oops\n}');
    expect(message).toBe('El archivo no es JSON válido: se rompe en la línea 4, columna 3.');
  });

  it('says the same in English', async () => {
    const message = await messageFor('en', '{"format": "recorrido.journey", "vers');
    expect(message).toMatch(/^The file is not valid JSON: it breaks at line 1, column \d+\.$/);
  });

  it('names the damaged place of a journey in Spanish with no English detail', async () => {
    const message = await messageFor(
      'es',
      JSON.stringify({ format: 'recorrido.journey', version: 1, journey: { stages: 'x' } }),
    );
    expect(message).toMatch(/^El recorrido está dañado en «journey[^»]*»\.$/);
  });
});

describe('a backup given where a journey file was expected', () => {
  it('says it is a backup and where to restore it, in both languages', async () => {
    const backup = JSON.stringify({ format: 'recorrido.backup', version: 1, journeys: [] });
    expect(await messageFor('en', backup)).toBe(
      'This is a backup of your journeys, not a journey file: bring it back with “Restore from a backup”, under Backups.',
    );
    expect(await messageFor('es', backup)).toBe(
      'Es una copia de seguridad de tus recorridos, no un archivo de recorrido: recupérala con «Restaurar una copia», en Copias de seguridad.',
    );
  });

  it('says a backup from a newer Recorrido is a backup, not a journey', async () => {
    await initI18n('en');
    const read = readBackup({ format: 'recorrido.backup', version: 99, journeys: [] });
    if (read.ok) throw new Error('read');
    expect(restoreErrorMessage(i18next.t, read.error)).toBe(
      'This backup was made by a newer version of Recorrido (format 99). Update the app to restore it.',
    );
  });
});

describe('notJsonError', () => {
  it('says the line and column where the text stops being JSON, whatever the engine said', () => {
    const text = '{\n  "stages": [\n    "a",\n  ]\n}';
    const error = notJsonError(text, new SyntaxError('Unexpected token \']\', "..."a",\n  ]\n}" is not valid JSON'));
    expect(error).toMatchObject({ code: 'not-json', line: 4, column: 3 });
  });

  it('leaves the place out when the text is JSON after all', () => {
    const error = notJsonError('{}', new SyntaxError('whatever'));
    expect(error.line).toBeUndefined();
  });
});
