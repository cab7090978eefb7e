import { afterEach, describe, expect, it, vi } from 'vitest';
import { JOURNEY_FORMAT, JOURNEY_FORMAT_VERSION, toJourneyFile } from './format';
import type { Journey } from './journey';
import { MIGRATED_PERSONA_ID } from './migrations';
import { strictSchemas } from './schema';
import { LIMITS } from './limits';
import { MAX_CARD_Y, TOUCHPOINT_HEIGHT, TOUCHPOINT_WIDTH, stageColumns } from './layout';
import { readJourneyFile, restoreJourney, type Repair, type RestoreError, type RestoreResult } from './restore';
import { aTouchpoint } from '../test/touchpoint';
import v0BareJourney from './fixtures/v0-bare-journey.json';

type Loose = Record<string, unknown>;
interface LooseJourney extends Loose {
  stages: unknown[];
  touchpoints: Loose[];
  connections: Loose[];
}
interface LooseFile extends Loose {
  journey: LooseJourney;
}

/** A small valid journey: two stages, three touchpoints (one on a custom channel), two connections. */
function sampleJourney(): Journey {
  return {
    id: 'journey-1',
    name: 'Me quejo por mi factura',
    description: 'Reclamación de un cobro indebido',
    currency: 'EUR',
    state: 'as-is',
    asIsId: null,
    asIsTouchpointIds: [],
    personas: [{ id: 'persona-main', name: '', description: 'Cliente de fibra desde hace tres años' }],
    opportunities: [],
    stages: [
      { id: 'stage-detect', name: 'Detecto un problema', width: 300 },
      { id: 'stage-claim', name: 'Presento mi reclamación', width: 300 },
    ],
    touchpoints: [
      aTouchpoint({
        id: 'tp-bill',
        title: 'Recibo la factura',
        description: 'El importe es más alto que de costumbre',
        stageId: 'stage-detect',
        channelId: 'email',
        functionId: 'back-office',
        emotion: 0,
        position: { x: 30, y: 100 },
      }),
      aTouchpoint({
        id: 'tp-app',
        title: 'Reviso el detalle en la app',
        description: 'El descuento desapareció',
        stageId: 'stage-detect',
        channelId: 'app',
        functionId: 'product',
        emotion: -1,
        painPoint: true,
        painNote: 'Nadie avisó del fin de la promoción',
        notes: '38 % de las llamadas de facturación',
        position: { x: 30, y: 268 },
      }),
      aTouchpoint({
        id: 'tp-call',
        title: 'Escribo por WhatsApp',
        description: 'Un agente registra mi reclamación',
        stageId: 'stage-claim',
        channelId: 'whatsapp',
        functionId: 'customer-care',
        emotion: 1,
        momentOfTruth: true,
        position: { x: 330, y: 100 },
      }),
    ],
    connections: [
      { id: 'c-1', from: 'tp-bill', to: 'tp-app', label: '' },
      { id: 'c-2', from: 'tp-app', to: 'tp-call', label: 'reclamo' },
    ],
    customChannels: [{ id: 'whatsapp', label: 'WhatsApp', icon: 'messages', color: '#25d366', backstage: false }],
    customFunctions: [],
    createdAt: '2024-03-01T09:00:00.000Z',
    updatedAt: '2024-03-02T10:30:00.000Z',
  };
}

/** The version-0 fixture as the current version reads it: its persona line is the main persona's description. */
function v0AsCurrent(): Journey {
  const { persona, ...rest } = structuredClone(v0BareJourney);
  return strictSchemas.document.parse({
    ...rest,
    personas: [{ id: MIGRATED_PERSONA_ID, name: '', description: persona }],
    opportunities: [],
  });
}

/** The sample as a saved file, parsed back into loose JSON that a case can break. */
function looseFile(): LooseFile {
  return JSON.parse(JSON.stringify(toJourneyFile(sampleJourney()))) as LooseFile;
}

function restored(result: RestoreResult): Extract<RestoreResult, { ok: true }> {
  if (!result.ok) throw new Error(`Expected a restored journey, got ${result.error.code} at ${result.error.path}`);
  return result;
}

describe('restoreJourney accepts', () => {
  it.each([
    {
      name: 'a current-version file',
      input: () => toJourneyFile(sampleJourney()),
      expected: sampleJourney(),
      from: JOURNEY_FORMAT_VERSION,
    },
    {
      name: 'a current-version file as a JSON string',
      input: () => JSON.stringify(toJourneyFile(sampleJourney())),
      expected: sampleJourney(),
      from: JOURNEY_FORMAT_VERSION,
    },
    {
      name: 'a version-0 bare journey without the envelope',
      input: () => structuredClone(v0BareJourney),
      expected: v0AsCurrent(),
      from: 0,
    },
  ])('$name', ({ input, expected, from }) => {
    const result = restored(restoreJourney(input()));
    expect(result.repairs).toEqual([]);
    expect(result.migratedFrom).toBe(from);
    expect(result.journey).toEqual(expected);
  });

  it('keeps the shape of the version-0 fixture: 2 stages, 3 touchpoints, 2 connections', () => {
    const { journey } = restored(restoreJourney(JSON.stringify(v0BareJourney)));
    expect([journey.stages.length, journey.touchpoints.length, journey.connections.length]).toEqual([2, 3, 2]);
    const touchpointIds = new Set(journey.touchpoints.map((t) => t.id));
    for (const c of journey.connections)
      expect([touchpointIds.has(c.from), touchpointIds.has(c.to)]).toEqual([true, true]);
  });
});

describe('restoreJourney refuses', () => {
  const withJourney = (journey: unknown) => ({ format: JOURNEY_FORMAT, version: 1, journey });
  const withVersion = (version: unknown) => ({ format: JOURNEY_FORMAT, version, journey: sampleJourney() });
  const cases: { name: string; input: unknown; error: Partial<RestoreError> }[] = [
    {
      name: 'a newer version',
      input: withVersion(JOURNEY_FORMAT_VERSION + 1),
      error: { code: 'newer-version', path: 'version', version: JOURNEY_FORMAT_VERSION + 1 },
    },
    { name: 'text that is not JSON', input: '{"format": "recorrido.journey",', error: { code: 'not-json', path: '' } },
    { name: 'a JSON array', input: '[{"stages": []}]', error: { code: 'not-object', path: '' } },
    { name: 'a JSON number', input: '42', error: { code: 'not-object', path: '' } },
    { name: 'JSON null', input: 'null', error: { code: 'not-object', path: '' } },
    {
      name: 'another format name',
      input: { format: 'excalidraw', version: 1, journey: sampleJourney() },
      error: { code: 'unknown-format', path: 'format' },
    },
    {
      name: 'a version written as a string',
      input: withVersion('1'),
      error: { code: 'invalid-version', path: 'version' },
    },
    { name: 'a fractional version', input: withVersion(0.5), error: { code: 'invalid-version', path: 'version' } },
    { name: 'a negative version', input: withVersion(-1), error: { code: 'invalid-version', path: 'version' } },
    {
      name: 'a journey that is a string',
      input: withJourney('Me uno'),
      error: { code: 'invalid-structure', path: 'journey' },
    },
    {
      name: 'a journey that is an array',
      input: withJourney([]),
      error: { code: 'invalid-structure', path: 'journey' },
    },
    {
      name: 'touchpoints that are not an array',
      input: withJourney({ ...sampleJourney(), touchpoints: { 0: sampleJourney().touchpoints[0] } }),
      error: { code: 'invalid-structure', path: 'journey.touchpoints' },
    },
  ];

  it.each(cases)('$name', ({ input, error }) => {
    const result = restoreJourney(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject(error);
    expect(result.error.detail).not.toBe('');
  });
});

describe('restoreJourney repairs', () => {
  const original = sampleJourney();
  const cases: {
    name: string;
    breakIt: (journey: LooseJourney) => void;
    repairs: Repair[];
    check: (journey: Journey) => void;
  }[] = [
    {
      name: 'an emotion off the scale: cleared, the touchpoint kept',
      breakIt: (j) => {
        j.touchpoints[0].emotion = 7;
      },
      repairs: [{ code: 'invalid-value', path: 'journey.touchpoints.0.emotion', value: '7' }],
      check: (j) => {
        expect(j.touchpoints).toHaveLength(3);
        expect(j.touchpoints[0]).toEqual({ ...original.touchpoints[0], emotion: null });
      },
    },
    {
      name: 'a touchpoint that is not an object: dropped',
      breakIt: (j) => {
        j.touchpoints.splice(1, 0, 'not a touchpoint' as unknown as Loose);
      },
      repairs: [{ code: 'dropped-element', path: 'journey.touchpoints.1' }],
      check: (j) => expect(j.touchpoints).toEqual(original.touchpoints),
    },
    {
      name: 'a duplicate touchpoint id: the later one gets a new id',
      breakIt: (j) => {
        j.touchpoints.push({ ...j.touchpoints[0], title: 'Copia pegada' });
      },
      repairs: [{ code: 'duplicate-id', path: 'journey.touchpoints.3.id' }],
      check: (j) => {
        expect(j.touchpoints.slice(0, 3)).toEqual(original.touchpoints);
        expect(j.touchpoints[3].title).toBe('Copia pegada');
        expect(original.touchpoints.map((t) => t.id)).not.toContain(j.touchpoints[3].id);
        expect(j.touchpoints[3].id).not.toBe('');
      },
    },
    {
      name: 'an unknown stage: the touchpoint goes to the column holding its x',
      breakIt: (j) => {
        j.touchpoints[0].stageId = 'stage-deleted';
        j.touchpoints[0].position = { x: 450, y: 100 };
      },
      repairs: [{ code: 'unknown-stage', path: 'journey.touchpoints.0.stageId' }],
      check: (j) => expect(j.touchpoints[0].stageId).toBe('stage-claim'),
    },
    {
      name: 'a card far past the last column: back in the column of its stage',
      breakIt: (j) => {
        j.touchpoints[0].position = { x: 20_000, y: 1e12 };
      },
      repairs: [{ code: 'off-map', path: 'journey.touchpoints.0.position' }],
      check: (j) => {
        const column = stageColumns(j.stages).find((c) => c.stage.id === j.touchpoints[0].stageId)!;
        expect(j.touchpoints[0].stageId).toBe(original.touchpoints[0].stageId);
        expect(j.touchpoints[0].position).toEqual({
          x: column.x + (column.width - TOUCHPOINT_WIDTH) / 2,
          y: MAX_CARD_Y,
        });
      },
    },
    {
      name: 'a connection to a missing touchpoint: dropped',
      breakIt: (j) => {
        j.connections[1].to = 'tp-ghost';
      },
      repairs: [{ code: 'dangling-connection', path: 'journey.connections.1' }],
      check: (j) => expect(j.connections).toEqual([original.connections[0]]),
    },
    {
      name: 'an unknown channel and function: set to null',
      breakIt: (j) => {
        j.touchpoints[0].channelId = 'carrier-pigeon';
        j.touchpoints[2].functionId = 'astrology';
      },
      repairs: [
        { code: 'unknown-vocabulary', path: 'journey.touchpoints.0.channelId' },
        { code: 'unknown-vocabulary', path: 'journey.touchpoints.2.functionId' },
      ],
      check: (j) => {
        expect(j.touchpoints[0]).toEqual({ ...original.touchpoints[0], channelId: null });
        expect(j.touchpoints[2]).toEqual({ ...original.touchpoints[2], functionId: null });
      },
    },
    {
      name: 'missing optional texts: filled with empty strings, not counted as repairs',
      breakIt: (j) => {
        delete j.touchpoints[1].description;
        delete j.touchpoints[1].notes;
        delete j.touchpoints[1].painNote;
      },
      repairs: [],
      check: (j) => {
        expect(j.touchpoints[1]).toEqual({ ...original.touchpoints[1], description: '', notes: '', painNote: '' });
      },
    },
    {
      name: 'touchpoints but no stages: a stage is created and holds them',
      breakIt: (j) => {
        j.stages = [];
      },
      repairs: [
        { code: 'missing-stage', path: 'journey.stages' },
        { code: 'unknown-stage', path: 'journey.touchpoints.0.stageId' },
        { code: 'unknown-stage', path: 'journey.touchpoints.1.stageId' },
        { code: 'unknown-stage', path: 'journey.touchpoints.2.stageId' },
        // Its card sat in a column no longer there: it moves into the one stage's, below the others.
        { code: 'off-map', path: 'journey.touchpoints.2.position' },
      ],
      check: (j) => {
        expect(j.stages).toHaveLength(1);
        expect(j.touchpoints.map((t) => t.stageId)).toEqual([j.stages[0].id, j.stages[0].id, j.stages[0].id]);
        const [a, b, c] = j.touchpoints;
        expect(c.position.x).toBe((j.stages[0].width - TOUCHPOINT_WIDTH) / 2);
        expect(c.position.y).toBeGreaterThanOrEqual(Math.max(a.position.y, b.position.y) + TOUCHPOINT_HEIGHT);
      },
    },
    {
      name: 'a dropped element does not shift the paths of later repairs, which name the place in the input',
      breakIt: (j) => {
        j.touchpoints.unshift(null as unknown as Loose);
        j.touchpoints[2].channelId = 'carrier-pigeon';
      },
      repairs: [
        { code: 'dropped-element', path: 'journey.touchpoints.0' },
        { code: 'unknown-vocabulary', path: 'journey.touchpoints.2.channelId' },
      ],
      check: (j) => {
        expect(j.touchpoints.map((t) => t.id)).toEqual(['tp-bill', 'tp-app', 'tp-call']);
        expect(j.touchpoints[1].channelId).toBeNull();
      },
    },
  ];

  it.each(cases)('$name', ({ breakIt, repairs, check }) => {
    const file = looseFile();
    breakIt(file.journey);
    const result = restored(restoreJourney(file));
    expect(result.repairs).toEqual(repairs);
    check(result.journey);

    // What restore repaired is valid: restoring it again changes nothing more.
    const again = restored(restoreJourney(JSON.stringify(toJourneyFile(result.journey))));
    expect(again.repairs).toEqual([]);
    expect(again.journey).toEqual(result.journey);
  });
});

describe('restoreJourney timestamps', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('replaces a broken timestamp with the time of the restore', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-01T12:00:00.000Z'));
    const file = looseFile();
    file.journey.createdAt = 'ayer por la tarde';

    const result = restored(restoreJourney(file));

    expect(result.repairs).toEqual([
      { code: 'invalid-value', path: 'journey.createdAt', value: '"ayer por la tarde"' },
    ]);
    expect(result.journey.createdAt).toBe('2031-07-01T12:00:00.000Z');
    expect(result.journey.updatedAt).toBe(sampleJourney().updatedAt);
  });
});

describe('restoreJourney round trip', () => {
  it('restores its own output unchanged (idempotent)', () => {
    const first = restored(restoreJourney(toJourneyFile(sampleJourney())));
    const second = restored(restoreJourney(toJourneyFile(first.journey)));
    expect(second.repairs).toEqual([]);
    expect(second.migratedFrom).toBe(JOURNEY_FORMAT_VERSION);
    expect(second.journey).toEqual(first.journey);
    expect(second.journey).toEqual(sampleJourney());
  });

  it('does not let a __proto__ key in the JSON pollute Object.prototype', () => {
    const payload = '"__proto__":{"polluted":"yes","emotion":2},';
    const json = JSON.stringify(toJourneyFile(sampleJourney()))
      .replace('"title":', `${payload}"title":`)
      .replace('"journey":{', `"journey":{${payload}`)
      .replace('{"format":', `{${payload}"format":`);
    expect(json.match(/__proto__/g)).toHaveLength(3);

    const { journey } = restored(restoreJourney(json));

    expect(({} as Loose).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getPrototypeOf(journey)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(journey.touchpoints[0])).toBe(Object.prototype);
    expect((journey.touchpoints[0] as unknown as Loose).polluted).toBeUndefined();
    expect(journey.touchpoints[0]).toEqual(sampleJourney().touchpoints[0]);
  });
});

describe('restoreJourney keeps long text', () => {
  it('keeps a pasted transcript of half a million characters, and cuts (never blanks) an over-long one', () => {
    const journey = restoreJourney({
      format: 'recorrido.journey',
      version: 1,
      journey: {
        stages: [{ id: 's', name: 'Etapa', width: 300 }],
        touchpoints: [
          { id: 'a', stageId: 's', notes: 'x'.repeat(500_000) },
          { id: 'b', stageId: 's', notes: 'y'.repeat(1_200_000) },
        ],
      },
    });
    expect(journey.ok).toBe(true);
    if (!journey.ok) return;
    expect(journey.journey.touchpoints[0].notes).toHaveLength(500_000);
    expect(journey.journey.touchpoints[1].notes).toHaveLength(1_000_000);
  });
});

describe('readJourneyFile and the touchpoint limit', () => {
  /** A journey file of `count` touchpoints in one stage, as another tool or a hand might write it. */
  const fileOf = (count: number) => {
    const journey = sampleJourney();
    const stageId = journey.stages[0].id;
    journey.touchpoints = Array.from({ length: count }, (_, i) => aTouchpoint({ id: `t${i}`, stageId }));
    journey.connections = [];
    journey.opportunities = [];
    const text = JSON.stringify(toJourneyFile(journey));
    return { text, bytes: text.length };
  };

  it('refuses a journey file of more touchpoints than a journey holds, naming both numbers', () => {
    const { text, bytes } = fileOf(LIMITS.touchpoints + 1);
    const result = readJourneyFile(text, bytes);
    expect(!result.ok && result.error).toMatchObject({
      code: 'too-many-touchpoints',
      path: 'journey.touchpoints',
      count: LIMITS.touchpoints + 1,
      limit: LIMITS.touchpoints,
    });
  });

  it('imports one of exactly the limit, and still opens a stored one over it (storage sets no limit)', () => {
    const { text, bytes } = fileOf(LIMITS.touchpoints);
    const read = readJourneyFile(text, bytes);
    expect(read.ok && read.journey.touchpoints).toHaveLength(LIMITS.touchpoints);
    const over = fileOf(LIMITS.touchpoints + 1).text;
    const stored = restoreJourney(over);
    expect(stored.ok && stored.journey.touchpoints).toHaveLength(LIMITS.touchpoints + 1);
  });
});
