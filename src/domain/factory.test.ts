import { describe, expect, it } from 'vitest';
import { createEmptyJourney, duplicateJourney } from './factory';
import { JOURNEY_FORMAT_VERSION, toJourneyFile } from './format';
import type { Journey } from './journey';
import { STAGE_DEFAULT_WIDTH } from './layout';
import { emotionCurvePoints } from './emotionCurve';
import { restoreJourney } from './restore';
import { summarize } from './summary';
import { findTemplate, instantiateTemplate } from './templates';

const CREATED = new Date('2025-01-10T08:00:00.000Z');
const COPIED = new Date('2025-02-20T16:45:00.000Z');

function complaintJourney(): Journey {
  const journey = instantiateTemplate(findTemplate('me-quejo')!, 'es', CREATED);
  journey.customChannels = [
    { id: 'whatsapp', label: 'WhatsApp', icon: 'messages', color: '#25d366', backstage: false },
  ];
  journey.touchpoints[0].channelId = 'whatsapp';
  return journey;
}

function allIds(journey: Journey): string[] {
  return [
    journey.id,
    ...journey.stages.map((s) => s.id),
    ...journey.touchpoints.map((t) => t.id),
    ...journey.connections.map((c) => c.id),
  ];
}

describe('createEmptyJourney', () => {
  it('names one column per given stage and has no touchpoints', () => {
    const journey = createEmptyJourney('Me doy de alta', ['Me informo', 'Contrato', 'Uso el servicio'], CREATED);
    expect(journey.name).toBe('Me doy de alta');
    expect(journey.stages.map((s) => s.name)).toEqual(['Me informo', 'Contrato', 'Uso el servicio']);
    expect(journey.stages.every((s) => s.width === STAGE_DEFAULT_WIDTH)).toBe(true);
    expect(journey.touchpoints).toEqual([]);
    expect(journey.connections).toEqual([]);
    expect(journey.createdAt).toBe('2025-01-10T08:00:00.000Z');
    expect(journey.updatedAt).toBe(journey.createdAt);
    expect(new Set(allIds(journey)).size).toBe(4);
  });

  it('is a valid document as it stands', () => {
    const journey = createEmptyJourney('Vacío', ['Etapa 1'], CREATED);
    expect(restoreJourney(toJourneyFile(journey))).toEqual({
      ok: true,
      journey,
      repairs: [],
      migratedFrom: JOURNEY_FORMAT_VERSION,
    });
  });
});

describe('duplicateJourney', () => {
  it('gives the copy new ids everywhere', () => {
    const original = complaintJourney();
    const copy = duplicateJourney(original, 'Me quejo (copia)', COPIED);
    const originalIds = new Set(allIds(original));
    expect(allIds(copy).filter((id) => originalIds.has(id))).toEqual([]);
    expect(new Set(allIds(copy)).size).toBe(allIds(copy).length);
  });

  it('keeps connections between the corresponding copied touchpoints', () => {
    const original = complaintJourney();
    const copy = duplicateJourney(original, 'Copia', COPIED);
    const indexIn = (journey: Journey, id: string) => journey.touchpoints.findIndex((t) => t.id === id);
    expect(copy.connections).toHaveLength(original.connections.length);
    copy.connections.forEach((c, i) => {
      expect(indexIn(copy, c.from)).toBe(indexIn(original, original.connections[i].from));
      expect(indexIn(copy, c.to)).toBe(indexIn(original, original.connections[i].to));
      expect(c.label).toBe(original.connections[i].label);
    });
  });

  it('moves each copied touchpoint into the copy of its stage', () => {
    const original = complaintJourney();
    const copy = duplicateJourney(original, 'Copia', COPIED);
    const stageIndexIn = (journey: Journey, id: string) => journey.stages.findIndex((s) => s.id === id);
    copy.touchpoints.forEach((t, i) => {
      expect(stageIndexIn(copy, t.stageId)).toBe(stageIndexIn(original, original.touchpoints[i].stageId));
      expect(stageIndexIn(copy, t.stageId)).toBeGreaterThanOrEqual(0);
    });
  });

  it('copies the content, takes the new name and time, and restores without repairs', () => {
    const original = complaintJourney();
    const copy = duplicateJourney(original, 'Me quejo (copia)', COPIED);
    expect(copy.name).toBe('Me quejo (copia)');
    expect([copy.createdAt, copy.updatedAt]).toEqual([COPIED.toISOString(), COPIED.toISOString()]);
    expect(copy.touchpoints.map(({ id: _id, stageId: _stage, ...rest }) => rest)).toEqual(
      original.touchpoints.map(({ id: _id, stageId: _stage, ...rest }) => rest),
    );
    expect(copy.customChannels).toEqual(original.customChannels);
    expect(restoreJourney(toJourneyFile(copy))).toMatchObject({ ok: true, repairs: [] });
  });

  it('leaves the original untouched, now and when the copy is edited', () => {
    const original = complaintJourney();
    const before = structuredClone(original);
    const copy = duplicateJourney(original, 'Copia', COPIED);
    expect(original).toEqual(before);

    copy.stages[0].name = 'Cambiada';
    copy.touchpoints[0].position.x = 999;
    copy.connections[0].label = 'otra';
    copy.customChannels[0].label = 'Telegram';
    expect(original).toEqual(before);
  });
});

describe('summarize', () => {
  it('counts touchpoints, pain points, moments of truth and stages', () => {
    const journey = complaintJourney();
    journey.touchpoints = journey.touchpoints.slice(0, 7);
    journey.touchpoints.forEach((t, i) => {
      t.painPoint = i < 3;
      t.momentOfTruth = i === 1 || i === 6;
    });
    expect(summarize(journey)).toEqual({
      touchpointCount: 7,
      painPointCount: 3,
      momentOfTruthCount: 2,
      stageCount: journey.stages.length,
      curve: emotionCurvePoints(journey).map((p) => p.emotion),
      openOpportunityCount: 0,
      state: 'as-is',
      asIsId: null,
    });
    expect(journey.stages.length).toBe(6);
  });

  it('takes the emotion curve along: the emotions in journey order, touchpoints without one left out', () => {
    const journey = complaintJourney();
    const [first, second] = journey.stages;
    const [a, b, c, d] = journey.touchpoints;
    // Listed out of journey order: a later stage first, and in one stage the lower card before the upper.
    journey.touchpoints = [
      { ...a, stageId: second.id, position: { x: 0, y: 0 }, emotion: 2 },
      { ...b, stageId: first.id, position: { x: 0, y: 300 }, emotion: 1 },
      { ...c, stageId: first.id, position: { x: 0, y: 200 }, emotion: null },
      { ...d, stageId: first.id, position: { x: 0, y: 100 }, emotion: -2 },
    ];
    expect(summarize(journey).curve).toEqual([-2, 1, 2]);
  });

  it('counts zero on an empty journey', () => {
    expect(summarize(createEmptyJourney('Vacío', [], CREATED))).toEqual({
      touchpointCount: 0,
      painPointCount: 0,
      momentOfTruthCount: 0,
      stageCount: 0,
      curve: [],
      openOpportunityCount: 0,
      state: 'as-is',
      asIsId: null,
    });
  });
});

describe('summarize and opportunities', () => {
  it('counts the opportunities not yet done', () => {
    const journey = createEmptyJourney('x', ['A'], CREATED);
    journey.opportunities = (['idea', 'planned', 'done'] as const).map((status, i) => ({
      id: `o${i}`,
      touchpointId: 't',
      title: '',
      functionId: null,
      priority: 'medium',
      status,
    }));
    expect(summarize(journey).openOpportunityCount).toBe(2);
  });
});
