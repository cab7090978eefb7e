import { describe, expect, it } from 'vitest';
import { touchpointsCsv } from '../../export/csv';
import { journeyOrder } from '../emotionCurve';
import { toJourneyFile } from '../format';
import type { Journey } from '../journey';
import { slotInStage } from '../layout';
import { LIMITS } from '../limits';
import { LOCALES } from '../locale';
import { restoreJourney } from '../restore';
import { instantiateTemplate, TEMPLATES } from '../templates';
import { meUno } from '../templates/meUno';
import { channelsOf, findEntry, functionsOf } from '../vocabulary';
import { guessColumnMapping } from './columns';
import { parseDelimitedText, type TableRows } from './delimited';
import { readTable } from './readTable';
import { journeyFromTable, previewTable } from './tableJourney';

const NOW = new Date('2025-05-06T07:08:09.000Z');

/** What the app's CSV carries, per touchpoint in journey order; vocabulary by label so custom ids may differ. */
function essence(journey: Journey) {
  const stageName = new Map(journey.stages.map((s) => [s.id, s.name]));
  const channels = channelsOf(journey, 'en');
  const functions = functionsOf(journey, 'en');
  return {
    stages: journey.stages.map((s) => s.name),
    touchpoints: journeyOrder(journey).map((t) => ({
      stage: stageName.get(t.stageId),
      title: t.title,
      description: t.description,
      channel: findEntry(channels, t.channelId)?.label ?? null,
      channelId: t.channelId?.startsWith('custom-') ? 'custom' : t.channelId,
      function: findEntry(functions, t.functionId)?.label ?? null,
      functionId: t.functionId?.startsWith('custom-') ? 'custom' : t.functionId,
      emotion: t.emotion,
      momentOfTruth: t.momentOfTruth,
      painPoint: t.painPoint,
      painNote: t.painNote,
      notes: t.notes,
    })),
  };
}

/** Rows as Excel, Sheets and LibreOffice put a copied range on the clipboard: tabs, CRLF, quotes when needed. */
function asClipboardTsv(rows: TableRows): string {
  const cell = (v: string) => (/[\t\r\n"]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((r) => r.map(cell).join('\t')).join('\r\n') + '\r\n';
}

function importRows(rows: TableRows, name = 'Importado') {
  const { mapping } = guessColumnMapping(rows[0]);
  const result = journeyFromTable(rows, mapping, { name, now: NOW });
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
  return result;
}

const cases = TEMPLATES.flatMap((template) => LOCALES.map((locale) => ({ id: template.id, locale, template })));

describe.each(cases)('round trip of template $id in $locale', ({ template, locale }) => {
  const journey = () => {
    const j = instantiateTemplate(template, locale, NOW);
    // Text a spreadsheet would run as a formula, and a quote, survive the trip too.
    journeyOrder(j)[0].notes = '=1+1 "quoted", and; more';
    return j;
  };

  it("through the app's own CSV, as a file (with BOM) and as text", () => {
    const original = journey();
    const csv = touchpointsCsv(original, locale);
    for (const input of [{ bytes: new TextEncoder().encode(csv) }, { text: csv.slice(1) }]) {
      const table = readTable(input);
      if (!table.ok) throw new Error(table.refusal.code);
      expect(table.delimiter).toBe(locale === 'es' ? ';' : ',');
      expect(table.guess.isOwnExport).toBe(true);
      const result = journeyFromTable(table.rows, table.guess.mapping, { name: original.name, now: NOW });
      if (!result.ok) throw new Error(result.refusal.code);
      expect(essence(result.journey)).toEqual(essence(original));
      expect(result.warnings).toEqual([]);
      expect(result.repairs).toEqual([]);
    }
  });

  it('through TSV, as a range copied from a spreadsheet', () => {
    const original = journey();
    const parsed = parseDelimitedText(touchpointsCsv(original, locale));
    if (!parsed.ok) throw new Error(parsed.refusal.code);
    const table = readTable({ text: asClipboardTsv(parsed.rows) });
    if (!table.ok) throw new Error(table.refusal.code);
    expect(table.delimiter).toBe('\t');
    const result = journeyFromTable(table.rows, table.guess.mapping, { name: original.name, now: NOW });
    expect(result.ok && essence(result.journey)).toEqual(essence(original));
  });
});

describe('journeyFromTable', () => {
  it("keeps a journey's own channels and functions through the app's CSV", () => {
    const original = instantiateTemplate(meUno, 'es', NOW);
    original.customChannels = [
      { id: 'custom-x', label: 'WhatsApp', icon: 'messages', color: '#15803d', backstage: false },
    ];
    original.customFunctions = [
      { id: 'custom-y', label: 'Facturación', icon: 'folder', color: '#0369a1', backstage: false },
    ];
    original.touchpoints[0] = { ...original.touchpoints[0], channelId: 'custom-x', functionId: 'custom-y' };
    const table = readTable({ text: touchpointsCsv(original, 'es') });
    if (!table.ok) throw new Error(table.refusal.code);
    const result = journeyFromTable(table.rows, table.guess.mapping, { name: 'x', now: NOW });
    if (!result.ok) throw new Error(result.refusal.code);
    expect(essence(result.journey)).toEqual(essence(original));
    expect(result.journey.customChannels.map((c) => [c.id, c.label])).toEqual([
      ['custom-channel-whatsapp', 'WhatsApp'],
    ]);
    expect(result.journey.customFunctions.map((c) => [c.id, c.label])).toEqual([
      ['custom-function-facturacion', 'Facturación'],
    ]);
    expect(result.warnings.map((w) => [w.code, w.value])).toEqual([
      ['custom-channel', 'WhatsApp'],
      ['custom-function', 'Facturación'],
    ]);
  });

  it('says a number off the scale its emotion column was read on is off that scale', () => {
    // The 0 makes the column -2..+2: the 5 and 4 are off it, not "not an emotion".
    const rows = [
      ['Touchpoint', 'Emotion'],
      ['a', '0'],
      ['b', '5'],
      ['c', '4'],
      ['d', '1'],
      ['e', 'meh'],
    ];
    const warnings = importRows(rows, 'Scales').warnings.map((w) => `${w.code}@${w.row}:${w.value}`);
    expect(warnings).toEqual(['emotion-off-signed-scale@3:5', 'emotion-off-signed-scale@4:4', 'invalid-emotion@6:meh']);
    const five = importRows(
      [
        ['Touchpoint', 'Emotion'],
        ['a', '3'],
        ['b', '7'],
      ],
      'Scales',
    ).warnings;
    expect(five.map((w) => w.code)).toEqual(['emotion-off-five-scale']);
  });

  it('reads a team sheet: stages by first appearance, filled down, 1..5 scores, words, flags, vocabulary', () => {
    const rows = [
      ['Fase', 'Interacción', 'Canal', 'Responsable', 'Emoción (1-5)', 'MPT', 'Dolor', 'Notas'],
      ['Pago', 'Pago con tarjeta', 'Web', 'Ventas', '2', '', 'X', ''],
      ['', 'Recibo factura', 'Correo', 'Facturación', '4', 'Sí', 'no', 'Llega tarde'],
      ['Alta', 'Llamo', 'Call center', 'Customer service', 'Me gusta', 'yes', '', ''],
      ['Pago', 'Segundo pago', 'WhatsApp', 'facturacion', '5', 'TRUE', 'Cobro doble', ''],
      ['Baja', '', '', '', '', '', '', ''],
      ['', '', '', '', '', '', '', ''],
      ['Baja', 'Me voy', 'Kiosko', '', 'terrible', '', '', ''],
    ];
    const result = importRows(rows, 'Hoja del equipo');
    const j = result.journey;
    expect(j.name).toBe('Hoja del equipo');
    expect(j.stages.map((s) => s.name)).toEqual(['Pago', 'Alta', 'Baja']);
    expect(
      journeyOrder(j).map((t) => [
        t.title,
        t.channelId,
        t.functionId,
        t.emotion,
        t.momentOfTruth,
        t.painPoint,
        t.painNote,
        t.notes,
      ]),
    ).toEqual([
      ['Pago con tarjeta', 'web', 'sales', -1, false, true, '', ''],
      ['Recibo factura', 'email', 'custom-function-facturacion', 1, true, false, '', 'Llega tarde'],
      ['Segundo pago', 'custom-channel-whatsapp', 'custom-function-facturacion', 2, true, true, 'Cobro doble', ''],
      ['Llamo', 'call-centre', 'customer-care', 1, true, false, '', ''],
      ['Me voy', 'custom-channel-kiosko', null, null, false, false, '', ''],
    ]);
    expect(result.warnings.map((w) => `${w.code}@${w.row}${w.value ? `:${w.value}` : ''}`)).toEqual([
      'stage-filled-down@3',
      'custom-function@3:Facturación',
      'custom-channel@5:WhatsApp',
      'flag-from-text@5:Cobro doble',
      'stage-only-row@6:Baja',
      'custom-channel@8:Kiosko',
      'invalid-emotion@8:terrible',
    ]);
    // Stacked in stage columns and connected in journey order.
    const pago = j.stages[0].id;
    const order = journeyOrder(j);
    expect(order.slice(0, 3).map((t) => t.position)).toEqual([0, 1, 2].map((r) => slotInStage(j.stages, pago, r)));
    expect(j.connections.map((c) => [c.from, c.to])).toEqual(order.slice(1).map((t, i) => [order[i].id, t.id]));
    expect(restoreJourney(toJourneyFile(j))).toMatchObject({ ok: true, repairs: [] });
  });

  it('puts rows into one unnamed stage when no column holds stages; reports rows without a title', () => {
    const result = importRows([
      ['Touchpoint', 'Emotion'],
      ['See ad', '-1'],
      ['', '2'],
    ]);
    expect(result.journey.stages.map((s) => s.name)).toEqual(['']);
    expect(result.journey.touchpoints.map((t) => [t.title, t.emotion])).toEqual([
      ['See ad', -1],
      ['', 2],
    ]);
    expect(result.warnings).toEqual([{ code: 'row-without-title', row: 3 }]);
  });

  it('lists a row of a ragged CSV that holds only a stage name, which makes no touchpoint', () => {
    const table = readTable({ text: 'Stage,Touchpoint,Channel\nJoin,See ad,Web\nJoin\nPay,Pay online,Web\nRefund\n' });
    if (!table.ok) throw new Error(table.refusal.code);
    const result = journeyFromTable(table.rows, table.guess.mapping, { name: 'x', now: NOW });
    if (!result.ok) throw new Error(result.refusal.code);
    expect(result.journey.stages.map((s) => s.name)).toEqual(['Join', 'Pay', 'Refund']);
    expect(result.journey.touchpoints.map((t) => t.title)).toEqual(['See ad', 'Pay online']);
    expect(result.warnings).toEqual([
      { code: 'stage-only-row', row: 3, value: 'Join' },
      { code: 'stage-only-row', row: 5, value: 'Refund' },
    ]);
  });

  it('cuts text longer than a journey keeps and reports each cut with its row and column', () => {
    const rows = [
      ['Stage', 'Touchpoint', 'Channel', 'Notes', `Emotion of ${'Ana'.repeat(30)}`],
      ['S'.repeat(300), 'T'.repeat(1_500), 'C'.repeat(250), 'n'.repeat(2_000_000), '4'],
      ['S'.repeat(300), 'Short', 'C'.repeat(250), '', ''],
      ['Other', 'Fine', 'Web', 'n'.repeat(LIMITS.longText), ''],
    ];
    const { mapping } = guessColumnMapping(rows[0]);
    const result = journeyFromTable(rows, { ...mapping, personaColumns: [4] }, { name: 'x', now: NOW });
    if (!result.ok) throw new Error(result.refusal.code);
    const j = result.journey;
    expect(j.stages.map((s) => s.name.length)).toEqual([LIMITS.stageName, 5]);
    expect(j.touchpoints.map((t) => [t.title.length, t.notes.length])).toEqual([
      [LIMITS.touchpointTitle, LIMITS.longText],
      [5, 0],
      [4, LIMITS.longText],
    ]);
    expect(j.customChannels.map((c) => c.label.length)).toEqual([LIMITS.vocabularyLabel]);
    expect(j.personas[1].name).toHaveLength(LIMITS.personaName);
    // Once per cell cut: a stage or channel named again is the same stage or channel, cut once.
    expect(result.warnings.filter((w) => w.code === 'text-cut')).toEqual([
      { code: 'text-cut', row: 1, field: 'personaName', length: 90, limit: LIMITS.personaName },
      { code: 'text-cut', row: 2, field: 'stage', length: 300, limit: LIMITS.stageName },
      { code: 'text-cut', row: 2, field: 'channel', length: 250, limit: LIMITS.vocabularyLabel },
      { code: 'text-cut', row: 2, field: 'title', length: 1_500, limit: LIMITS.touchpointTitle },
      { code: 'text-cut', row: 2, field: 'notes', length: 2_000_000, limit: LIMITS.longText },
    ]);
    expect(result.repairs).toEqual([]);
  });

  it('reports an emotion column of only 1 and 2 as ambiguous, and reads it as -2..+2', () => {
    const result = importRows([
      ['Stage', 'Touchpoint', 'Score'],
      ['A', 'x', '1'],
      ['A', 'y', '2'],
    ]);
    expect(result.journey.touchpoints.map((t) => t.emotion)).toEqual([1, 2]);
    expect(result.warnings).toEqual([{ code: 'emotion-scale-ambiguous' }]);
  });

  it.each([
    [
      'no column for titles',
      [
        ['Etapa', 'Canal'],
        ['A', 'Web'],
      ],
      'no-title-column',
    ],
    ['a header and no rows', [['Etapa', 'Punto de contacto'], ['', ''], []], 'no-rows'],
    [
      'a header of unknown words',
      [
        ['Foo', 'Bar'],
        ['a', 'b'],
      ],
      'no-title-column',
    ],
  ])('refuses %s', (_name, rows, code) => {
    const { mapping } = guessColumnMapping(rows[0]);
    const result = journeyFromTable(rows, mapping, { name: 'x' });
    expect(!result.ok && result.refusal.code).toBe(code);
  });

  describe('the touchpoint limit', () => {
    const header = ['Stage', 'Touchpoint', 'Channel', 'Owner', 'Emotion', 'Notes'];
    const rowsOf = (count: number): TableRows => [
      header,
      ...Array.from({ length: count }, (_, i) => [`Stage ${i % 12}`, `Step ${i}`, 'Web', 'Marketing', '4', '']),
    ];

    it('refuses a table of more touchpoint rows than a journey holds, naming both numbers', () => {
      const rows = rowsOf(LIMITS.touchpoints + 1);
      const result = journeyFromTable(rows, guessColumnMapping(rows[0]).mapping, { name: 'x' });
      expect(!result.ok && result.refusal).toMatchObject({
        code: 'too-many-touchpoints',
        count: LIMITS.touchpoints + 1,
        limit: LIMITS.touchpoints,
      });
    });

    it('imports one of exactly the limit; rows holding only a stage make no touchpoint and do not count', () => {
      const rows = rowsOf(LIMITS.touchpoints);
      rows.splice(1, 0, ['Stage 0', '', '', '', '', ''], ['Stage 99']);
      const result = importRows(rows);
      expect(result.journey.touchpoints).toHaveLength(LIMITS.touchpoints);
      expect(result.journey.stages).toHaveLength(13);
    });
  });

  it('builds from a mapping the user fixed: no header row, columns chosen by hand', () => {
    const rows = [
      ['Me informo', 'Veo un anuncio', '3'],
      ['Me informo', 'Comparo', '5'],
    ];
    const { mapping } = guessColumnMapping(rows[0]);
    expect(mapping.hasHeader).toBe(false);
    const fixed = { ...mapping, columns: { ...mapping.columns, stage: 0, title: 1, emotion: 2 } };
    const result = journeyFromTable(rows, fixed, { name: 'x' });
    expect(result.ok && result.journey.touchpoints.map((t) => [t.title, t.emotion])).toEqual([
      ['Veo un anuncio', 0],
      ['Comparo', 2],
    ]);
  });
});

describe('previewTable', () => {
  it('builds only the touchpoints it shows, in journey order, and counts and reports all of them', () => {
    const rows = [
      ['Stage', 'Touchpoint', 'Channel', 'Emotion'],
      ...Array.from({ length: 12 }, (_, i) => [i % 2 ? 'Pay' : 'Join', `Step ${i + 1}`, 'Web', '4']),
    ];
    rows[11][3] = 'meh';
    rows[12][2] = 'Kiosk';
    const { mapping } = guessColumnMapping(rows[0]);
    const options = { name: 'x', now: NOW };
    const full = journeyFromTable(rows, mapping, options);
    const preview = previewTable(rows, mapping, { ...options, shown: 5 });
    if (!full.ok || !preview.ok) throw new Error('refused');

    expect(preview.touchpoints).toBe(12);
    expect(preview.journey.stages.map((s) => s.name)).toEqual(['Join', 'Pay']);
    expect(journeyOrder(preview.journey).map((t) => t.title)).toEqual(
      journeyOrder(full.journey)
        .slice(0, 5)
        .map((t) => t.title),
    );
    expect(journeyOrder(preview.journey).map((t) => t.title)).toEqual([
      'Step 1',
      'Step 3',
      'Step 5',
      'Step 7',
      'Step 9',
    ]);
    // What rows beyond the ones shown report is listed too, and their channels are in the vocabulary.
    expect(preview.warnings).toEqual(full.warnings);
    expect(preview.warnings.map((w) => `${w.code}@${w.row}`)).toEqual(['invalid-emotion@12', 'custom-channel@13']);
    expect(preview.journey.customChannels).toEqual(full.journey.customChannels);
  });

  it('refuses as journeyFromTable does', () => {
    const rows = [
      ['Stage', 'Colour'],
      ['A', 'red'],
    ];
    const preview = previewTable(rows, guessColumnMapping(rows[0]).mapping, { name: 'x', shown: 5 });
    expect(!preview.ok && preview.refusal.code).toBe('no-title-column');
  });
});

describe('readTable', () => {
  it.each([
    ['an empty file', new Uint8Array(), 'empty'],
    ['a file over 20 MB', new Uint8Array(20 * 1024 * 1024 + 1).fill(0x41), 'too-large'],
    ['a PNG renamed .csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary'],
    ['a zip that is no workbook, renamed .csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), 'binary'],
    ['a legacy .xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'unsupported-excel'],
  ])('refuses %s', (_name, bytes, code) => {
    const result = readTable({ bytes });
    expect(!result.ok && result.refusal.code).toBe(code);
  });

  it('reads a Windows-1252 CSV (Excel on Windows) and says so', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('Etapa;Punto de contacto\r\nAlta;Llamo a Ana '),
      0xf1,
      0x0d,
      0x0a,
    ]);
    const result = readTable({ bytes });
    expect(result.ok && result.rows[1]).toEqual(['Alta', 'Llamo a Ana ñ']);
    expect(result.ok && result.warnings).toEqual([{ code: 'legacy-encoding' }]);
  });

  it("reads Excel's UTF-16 'Unicode text' (TSV with a BOM)", () => {
    const text = '\uFEFFStage\tTouchpoint\r\nAlta\tÑandú\r\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[i * 2] = text.charCodeAt(i) & 0xff;
      bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    const result = readTable({ bytes });
    expect(result.ok && result.rows).toEqual([
      ['Stage', 'Touchpoint'],
      ['Alta', 'Ñandú'],
    ]);
  });
});
