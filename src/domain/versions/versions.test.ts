import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { blankJourney, blankTouchpoint } from '../blank';
import { rebaseToBe } from '../commands/versionCommands';
import type { Journey } from '../journey';
import { diffVersions, hasChanges } from './diff';
import { newAsIsTouchpoints } from './rebase';
import { createToBe } from './toBe';

/**
 * "Me quejo" in brief: stages S1 (Detecto) and S2 (Reclamo); t1 rated -1 in S1, t2 a pain point (-2, NPS -40,
 * 100 contacts) and t3 a moment of truth (+1, NPS 20, 100 contacts) in S2, t4 neutral in S2.
 */
function asIsJourney(): Journey {
  const journey = blankJourney({
    id: 'as-is',
    name: 'Me quejo',
    stages: [
      { id: 'S1', name: 'Detecto', width: 300 },
      { id: 'S2', name: 'Reclamo', width: 300 },
    ],
  });
  journey.touchpoints = [
    blankTouchpoint({ id: 't1', stageId: 'S1', title: 'Factura', emotion: -1, position: { x: 30, y: 100 } }),
    blankTouchpoint({
      id: 't2',
      stageId: 'S2',
      title: 'Espero al teléfono',
      emotion: -2,
      painPoint: true,
      kpiNps: -40,
      kpiVolume: 100,
      position: { x: 330, y: 100 },
    }),
    blankTouchpoint({
      id: 't3',
      stageId: 'S2',
      title: 'Un agente me atiende',
      emotion: 1,
      momentOfTruth: true,
      kpiNps: 20,
      kpiVolume: 100,
      position: { x: 330, y: 300 },
    }),
    blankTouchpoint({ id: 't4', stageId: 'S2', title: 'Acuse', emotion: 0, position: { x: 330, y: 500 } }),
  ];
  journey.connections = [{ id: 'c12', from: 't1', to: 't2', label: '' }];
  return journey;
}

describe('createToBe', () => {
  it('copies the as-is with a new journey id, the same element ids, marked to-be and naming its as-is', () => {
    const asIs = asIsJourney();
    const toBe = createToBe(asIs, 'Me quejo (to-be)', new Date('2026-11-29T10:00:00Z'));
    expect(toBe.id).not.toBe(asIs.id);
    expect(toBe).toMatchObject({ name: 'Me quejo (to-be)', state: 'to-be', asIsId: 'as-is' });
    expect(toBe.asIsTouchpointIds).toEqual(['t1', 't2', 't3', 't4']);
    expect(toBe.touchpoints).toEqual(asIs.touchpoints);
    expect(toBe.stages).toEqual(asIs.stages);
    expect(toBe.connections).toEqual(asIs.connections);
    expect(toBe.personas).toEqual(asIs.personas);
    expect(toBe.createdAt).toBe('2026-11-29T10:00:00.000Z');
    expect(hasChanges(diffVersions(asIs, toBe))).toBe(false);
  });

  it('refuses to make a to-be of a to-be', () => {
    const toBe = createToBe(asIsJourney(), 'x');
    expect(() => createToBe(toBe, 'y')).toThrow(/as-is/);
  });
});

describe('diffVersions', () => {
  it('finds added, removed, changed and moved touchpoints, pain and truth changes and KPIs per stage', () => {
    const asIs = asIsJourney();
    const toBe = produce(createToBe(asIs, 'to-be'), (d) => {
      // t1 moves from S1 to S2 (and only that); its card moves too, which alone is no change.
      d.touchpoints[0].stageId = 'S2';
      d.touchpoints[0].position = { x: 330, y: 700 };
      // t2 is no longer a pain point: the wait becomes a call-back.
      Object.assign(d.touchpoints[1], { title: 'Me devuelven la llamada', painPoint: false, emotion: 1, kpiNps: 10 });
      // t3 is removed; t4 only moves on the canvas (no change); n1 is new, a pain point and a moment of truth.
      d.touchpoints.splice(2, 1);
      d.touchpoints[2].position = { x: 400, y: 520 };
      d.touchpoints.push(
        blankTouchpoint({ id: 'n1', stageId: 'S1', title: 'Aviso proactivo', painPoint: true, momentOfTruth: true }),
      );
    });
    const diff = diffVersions(asIs, toBe);

    expect(diff.added.map((a) => [a.touchpoint.id, a.stageId])).toEqual([['n1', 'S1']]);
    expect(diff.removed.map((r) => [r.touchpoint.id, r.stageId])).toEqual([['t3', 'S2']]);
    expect(diff.changed.map((c) => [c.after.id, c.fields])).toEqual([
      ['t2', ['title', 'emotion', 'painPoint', 'kpiNps']],
      ['t1', ['stageId']],
    ]);
    expect(diff.painResolved).toEqual(['t2']);
    expect(diff.painNew).toEqual(['n1']);
    expect(diff.truthNew).toEqual(['n1']);
    expect(diff.truthLost).toEqual(['t3']);
    // Before: (-1 -2 +1 0) / 4 = -0.5. After: t2 +1, t4 0, t1 -1 (n1 unrated) = 0.
    expect(diff.averageEmotion).toEqual({ before: -0.5, after: 0 });
    expect(diff.curves.before.map((p) => p.touchpointId)).toEqual(['t1', 't2', 't3', 't4']);
    expect(diff.curves.after.map((p) => p.touchpointId)).toEqual(['t2', 't4', 't1']);
    // S2 NPS before: (-40 + 20) / 2 = -10 over t2, t3; after: t2 alone, 10. S1 had no NPS either side.
    expect(diff.kpis.map((k) => [k.stageId, k.before.nps?.mean ?? null, k.after.nps?.mean ?? null])).toEqual([
      ['S1', null, null],
      ['S2', -10, 10],
    ]);
    expect(diff.kpis[1].before.touchpoints).toBe(3);
    expect(diff.kpis[1].after.touchpoints).toBe(3);
    expect(diff.stagesWithChanges).toEqual(['S1', 'S2']);
  });

  it('tells a pain point fixed in the to-be from one removed with its touchpoint', () => {
    const asIs = produce(asIsJourney(), (d) => {
      d.touchpoints[3].painPoint = true;
    });
    const toBe = produce(createToBe(asIs, 'to-be'), (d) => {
      // t2 stays and is no longer a pain: resolved. t4 is deleted with its pain: not resolved, removed.
      d.touchpoints[1].painPoint = false;
      d.touchpoints.splice(3, 1);
    });
    const diff = diffVersions(asIs, toBe);
    expect(diff.painResolved).toEqual(['t2']);
    expect(diff.painRemoved).toEqual(['t4']);
    expect(diff.painNew).toEqual([]);
  });

  it('lists an as-is stage the to-be dropped after the to-be stages', () => {
    const asIs = asIsJourney();
    const toBe = produce(createToBe(asIs, 'to-be'), (d) => {
      d.stages.splice(0, 1);
      d.touchpoints.splice(0, 1);
    });
    const diff = diffVersions(asIs, toBe);
    expect(diff.kpis.map((k) => [k.stageId, k.name])).toEqual([
      ['S2', 'Reclamo'],
      ['S1', 'Detecto'],
    ]);
    expect(diff.removed.map((r) => r.touchpoint.id)).toEqual(['t1']);
    expect(diff.stagesWithChanges).toEqual(['S1']);
  });

  it('lists the stages the to-be added, renamed and dropped, and names the KPI rows as the to-be does', () => {
    const asIs = asIsJourney();
    const toBe = produce(createToBe(asIs, 'to-be'), (d) => {
      d.stages.splice(0, 1);
      d.touchpoints.splice(0, 1);
      d.stages[0].name = 'Pido ayuda';
      d.stages.push({ id: 'S3', name: 'Me responden', width: 300 });
    });
    const diff = diffVersions(asIs, toBe);
    expect(diff.stages).toEqual([
      { kind: 'renamed', stageId: 'S2', before: 'Reclamo', after: 'Pido ayuda' },
      { kind: 'added', stageId: 'S3', before: '', after: 'Me responden' },
      { kind: 'removed', stageId: 'S1', before: 'Detecto', after: '' },
    ]);
    expect(diff.kpis.map((k) => k.name)).toEqual(['Pido ayuda', 'Me responden', 'Detecto']);
    expect(hasChanges(diff)).toBe(true);
    // Renaming alone is a change too.
    const renamed = produce(createToBe(asIs, 'to-be'), (d) => void (d.stages[1].name = 'Pido ayuda'));
    expect(hasChanges(diffVersions(asIs, renamed))).toBe(true);
  });
});

describe('re-base', () => {
  /** The as-is gains n1 in a new stage S3 (connected from t4) and n2 in S1, after the to-be was made. */
  function grownAsIs(asIs: Journey): Journey {
    return produce(asIs, (d) => {
      d.stages.push({ id: 'S3', name: 'Decido', width: 300 });
      d.touchpoints.push(
        blankTouchpoint({ id: 'n1', stageId: 'S3', title: 'Encuesta', position: { x: 630, y: 100 } }),
        blankTouchpoint({ id: 'n2', stageId: 'S1', title: 'Correo', position: { x: 30, y: 300 } }),
      );
      d.connections.push({ id: 'c4n1', from: 't4', to: 'n1', label: '' });
    });
  }

  it('offers only the as-is touchpoints added since the to-be was made, in journey order', () => {
    const asIs = asIsJourney();
    const toBe = createToBe(asIs, 'to-be');
    expect(newAsIsTouchpoints(toBe, asIs)).toEqual([]);
    expect(newAsIsTouchpoints(toBe, grownAsIs(asIs)).map((t) => t.id)).toEqual(['n2', 'n1']);
  });

  it('takes the chosen ones with their stage and connections, and records every offered one as seen', () => {
    const asIs = asIsJourney();
    const grown = grownAsIs(asIs);
    const toBe = createToBe(asIs, 'to-be');
    const next = produce(toBe, (d) => rebaseToBe.apply(d, { asIs: grown, take: ['n1'], offered: ['n1', 'n2'] }));
    expect(next.touchpoints.map((t) => t.id)).toEqual(['t1', 't2', 't3', 't4', 'n1']);
    expect(next.stages.map((s) => s.id)).toEqual(['S1', 'S2', 'S3']);
    expect(next.connections.map((c) => c.id)).toEqual(['c12', 'c4n1']);
    expect(next.asIsTouchpointIds).toEqual(['t1', 't2', 't3', 't4', 'n1', 'n2']);
    expect(newAsIsTouchpoints(next, grown)).toEqual([]);
    // The taken touchpoint is the as-is one: no difference between the versions there.
    expect(diffVersions(grown, next).changed).toEqual([]);
  });

  it('compares as-is touchpoints not yet taken into account apart, not as removed; dismissed ones are removed', () => {
    const asIs = asIsJourney();
    const grown = produce(grownAsIs(asIs), (d) => {
      d.touchpoints.find((t) => t.id === 'n2')!.painPoint = true;
    });
    const toBe = produce(createToBe(asIs, 'to-be'), (d) => {
      d.touchpoints = d.touchpoints.filter((t) => t.id !== 't4');
    });
    const diff = diffVersions(grown, toBe);
    expect(diff.removed.map((r) => r.touchpoint.id)).toEqual(['t4']);
    expect(diff.pending.map((r) => r.touchpoint.id)).toEqual(['n2', 'n1']);
    expect(diff.painRemoved).toEqual([]);
    // Once offered and dismissed, the to-be has taken them into account: leaving them out removes them.
    const dismissed = produce(toBe, (d) => rebaseToBe.apply(d, { asIs: grown, take: [], offered: ['n1', 'n2'] }));
    const after = diffVersions(grown, dismissed);
    expect(after.pending).toEqual([]);
    expect(after.removed.map((r) => r.touchpoint.id)).toEqual(['n2', 't4', 'n1']);
    expect(after.painRemoved).toEqual(['n2']);
  });

  it('places a taken card in the column of its stage in the to-be, whose columns may be wider', () => {
    const asIs = asIsJourney();
    const grown = grownAsIs(asIs);
    // The redesign widened its first stage: the as-is's S3 starts at 600, the to-be's at 900.
    const toBe = produce(createToBe(asIs, 'to-be'), (d) => void (d.stages[0].width = 600));
    const next = produce(toBe, (d) => rebaseToBe.apply(d, { asIs: grown, take: ['n1'], offered: ['n1', 'n2'] }));
    const taken = next.touchpoints.find((t) => t.id === 'n1')!;
    expect(taken.position).toEqual({ x: 930, y: 100 });
  });

  it('dismissing takes nothing but records the offer as seen', () => {
    const asIs = asIsJourney();
    const grown = grownAsIs(asIs);
    const toBe = createToBe(asIs, 'to-be');
    const next = produce(toBe, (d) => rebaseToBe.apply(d, { asIs: grown, take: [], offered: ['n2', 'n1'] }));
    expect(next.touchpoints).toEqual(toBe.touchpoints);
    expect(newAsIsTouchpoints(next, grown)).toEqual([]);
  });

  it('changes nothing given another journey than its as-is, or on an as-is', () => {
    const asIs = asIsJourney();
    const toBe = createToBe(asIs, 'to-be');
    const stranger = { ...grownAsIs(asIs), id: 'other' };
    expect(produce(toBe, (d) => rebaseToBe.apply(d, { asIs: stranger, take: ['n1'], offered: ['n1'] }))).toBe(toBe);
    expect(produce(asIs, (d) => rebaseToBe.apply(d, { asIs, take: [], offered: ['t1'] }))).toBe(asIs);
  });
});
