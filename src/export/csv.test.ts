import { blankPersona } from '../domain/blank';
import { journeyOrder } from '../domain/emotionCurve';
import { KPI_FIELDS } from '../domain/fields';
import { LOCALES } from '../domain/locale';
import { guessColumnMapping, TABLE_FIELDS } from '../domain/table';
import { cellText } from '../domain/table/measureCells';
import { instantiateTemplate } from '../domain/templates';
import { meUno } from '../domain/templates/meUno';
import { csvCell, csvWords, touchpointsCsv } from './csv';

describe('touchpointsCsv', () => {
  it('starts with a UTF-8 BOM and has one row per touchpoint plus the header', () => {
    const journey = instantiateTemplate(meUno, 'es');
    const csv = touchpointsCsv(journey, 'es');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(journey.touchpoints.length + 1);
    expect(lines[0]).toBe(
      'Etapa;Punto de contacto;Descripción;Canal;Función responsable;Emoción;Valor emoción;Momento de la verdad;Punto de dolor;Qué duele;Notas;' +
        'Experiencia entregada (-2 a 2);Evidencia;NPS;CSAT (%);CES (1-7);FCR (%);Contactos al mes;Coste por contacto (EUR);' +
        'Acciones de backstage;Procesos de soporte',
    );
  });

  it('writes Spanish text, labels and markers as a spreadsheet shows them', () => {
    const journey = instantiateTemplate(meUno, 'es');
    const pain = journey.touchpoints.find((t) => t.painPoint && t.emotion === -2)!;
    const csv = touchpointsCsv(journey, 'es');
    const row = csv.split('\r\n').find((line) => line.includes(pain.title))!;
    expect(row).toContain('Lo odio');
    expect(row).toContain(';-2;');
    expect(row).toContain('Sí');
  });

  it('uses commas in English and quotes cells holding the delimiter, quotes or line breaks', () => {
    const journey = instantiateTemplate(meUno, 'en');
    journey.touchpoints[0] = { ...journey.touchpoints[0], title: 'Ads, "wow"', notes: 'line one\nline two' };
    const csv = touchpointsCsv(journey, 'en');
    expect(csv).toContain('"Ads, ""wow"""');
    expect(csv).toContain('"line one\nline two"');
    expect(csv.split('\r\n')[0]).toContain('Stage,Touchpoint,Description,Channel');
  });

  it('writes CR, LF and CRLF alike as one LF inside a cell and drops control characters', () => {
    const journey = instantiateTemplate(meUno, 'en');
    const notes = ['uno\r\ndos', 'uno\rdos', 'uno\ndos', 'uno\u2028dos'];
    notes.forEach((n, i) => (journey.touchpoints[i] = { ...journey.touchpoints[i], notes: n }));
    journey.touchpoints[4] = { ...journey.touchpoints[4], title: 'Llamo\u0007 al\u001b centro\u0000' };
    const csv = touchpointsCsv(journey, 'en');
    expect(csv.split('"uno\ndos"')).toHaveLength(5);
    expect(csv).not.toMatch(/uno\r/);
    expect(csv).toContain(',Llamo al centro,');
    // eslint-disable-next-line no-control-regex -- looking for exactly those
    expect(csv).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('keeps cells that look like formulas from running in a spreadsheet', () => {
    const journey = instantiateTemplate(meUno, 'en');
    journey.touchpoints[0] = { ...journey.touchpoints[0], title: '=HYPERLINK("http://x")' };
    const csv = touchpointsCsv(journey, 'en');
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('adds one more quote to text that already starts with quotes before a formula sign, so it reads back', () => {
    expect(csvCell("'+34 600", ',')).toBe("''+34 600");
    expect(csvCell("''=1", ',')).toBe("'''=1");
    expect(csvCell("'hola", ',')).toBe("'hola");
    expect(csvCell('-12', ';')).toBe('-12');
    for (const typed of ['=1+1', "'=1+1", "''@x", "'+34 600", "'hola", '-12', '-x']) {
      expect(cellText([csvCell(typed, ',')], 0)).toBe(typed);
    }
  });

  it('heads the columns with the inspector words, in Spanish and in English', () => {
    expect(csvWords('es')).toEqual({
      headers: [
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
        'Experiencia entregada (-2 a 2)',
        'Evidencia',
        'NPS',
        'CSAT (%)',
        'CES (1-7)',
        'FCR (%)',
        'Contactos al mes',
        'Coste por contacto (EUR)',
        'Acciones de backstage',
        'Procesos de soporte',
      ],
      yes: 'Sí',
      no: 'No',
      evidence: { assumed: 'Supuesta', observed: 'Observada', measured: 'Medida' },
    });
    expect(csvWords('en')).toEqual({
      headers: [
        'Stage',
        'Touchpoint',
        'Description',
        'Channel',
        'Owning function',
        'Emotion',
        'Emotion value',
        'Moment of truth',
        'Pain point',
        'What hurts',
        'Notes',
        'Delivered experience (-2 to 2)',
        'Evidence',
        'NPS',
        'CSAT (%)',
        'CES (1-7)',
        'FCR (%)',
        'Contacts a month',
        'Cost per contact (EUR)',
        'Backstage actions',
        'Support processes',
      ],
      yes: 'Yes',
      no: 'No',
      evidence: { assumed: 'Assumed', observed: 'Observed', measured: 'Measured' },
    });
    const rows = touchpointsCsv(instantiateTemplate(meUno, 'en'), 'en').split('\r\n');
    expect(rows.some((row) => row.includes(',Yes,'))).toBe(true);
  });

  it('writes each touchpoint’s description after its title', () => {
    const journey = instantiateTemplate(meUno, 'es');
    const first = journeyOrder(journey)[0];
    journey.touchpoints = journey.touchpoints.map((t) =>
      t.id === first.id ? { ...t, description: 'Ve el anuncio; "le interesa"' } : t,
    );
    const row = touchpointsCsv(journey, 'es').split('\r\n')[1];
    expect(row).toContain(`;${first.title};"Ve el anuncio; ""le interesa""";`);
  });

  it.each(LOCALES)('heads every column so that the table import maps it back by itself (%s)', (locale) => {
    const { headers } = csvWords(locale, 'EUR', ['Ana']);
    const { mapping, isOwnExport } = guessColumnMapping(headers);
    expect(isOwnExport).toBe(true);
    const fieldOf = headers.map((_, column) => TABLE_FIELDS.find((f) => mapping.columns[f] === column) ?? null);
    expect(fieldOf).toEqual([
      'stage',
      'title',
      'description',
      'channel',
      'function',
      null, // the emotion's word: the import reads its value, in the next column
      'emotion',
      'momentOfTruth',
      'painPoint',
      'painNote',
      'notes',
      'delivered',
      'evidence',
      ...KPI_FIELDS,
      'backstage',
      'support',
      null, // Ana's emotion: a persona column
    ]);
    expect(mapping.personaColumns).toEqual([headers.length - 1]);
  });

  it('writes the measures of each touchpoint, decimals as the language writes them', () => {
    const journey = instantiateTemplate(meUno, 'es');
    journey.currency = 'MXN';
    journey.touchpoints[0] = {
      ...journey.touchpoints[0],
      delivered: -1,
      evidence: 'measured',
      kpiNps: -12,
      kpiCsat: 71.5,
      kpiCes: 3.2,
      kpiFcr: 64,
      kpiVolume: 1200,
      kpiCost: 4.75,
      backstage: 'Revisión en el CRM',
      support: 'Facturación',
    };
    const title = journey.touchpoints[0].title;
    const es = touchpointsCsv(journey, 'es').split('\r\n');
    expect(es[0]).toContain('Contactos al mes;Coste por contacto (MXN)');
    expect(es.find((line) => line.includes(title))).toMatch(
      /;-1;Medida;-12;71,5;3,2;64;1200;4,75;Revisión en el CRM;Facturación$/,
    );
    const en = touchpointsCsv(journey, 'en').split('\r\n');
    expect(en.find((line) => line.includes(title))).toMatch(/,-1,Measured,-12,71.5,3.2,64,1200,4.75,/);
  });

  it("adds a column per persona beyond the main one, headed with the persona's name, holding its emotion", () => {
    const journey = instantiateTemplate(meUno, 'es');
    const main = journey.personas[0];
    const ana = blankPersona({ name: 'Ana, autónoma' });
    const luis = blankPersona({ name: 'Luis' });
    journey.personas = [main, ana, luis];
    const first = journeyOrder(journey)[0];
    journey.touchpoints = journey.touchpoints.map((t) =>
      t.id === first.id ? { ...t, personaEmotions: { [ana.id]: -2, [luis.id]: 1 } } : t,
    );
    const es = touchpointsCsv(journey, 'es').split('\r\n');
    expect(es[0]).toMatch(/;Procesos de soporte;Emoción de Ana, autónoma;Emoción de Luis$/);
    expect(es[1]).toMatch(/;-2;1$/);
    expect(es[2]).toMatch(/;;$/);
    const en = touchpointsCsv(journey, 'en').split('\r\n');
    expect(en[0]).toMatch(/,Support processes,"Emotion of Ana, autónoma",Emotion of Luis$/);
    expect(en[1]).toMatch(/,-2,1$/);
    // The main persona's emotion is the map's own column: no column of its own.
    expect(en[0]).not.toContain(`Emotion of ${main.name}`);
  });
});
