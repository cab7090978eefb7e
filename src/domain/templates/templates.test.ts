import { describe, expect, it } from 'vitest';
import { JOURNEY_FORMAT_VERSION, toJourneyFile } from '../format';
import type { Journey } from '../journey';
import { stageColumns, TOUCHPOINT_WIDTH } from '../layout';
import { LOCALES } from '../locale';
import { restoreJourney } from '../restore';
import { TEMPLATE_CARDS } from './catalog';
import { findTemplate, instantiateTemplate, TEMPLATES } from './index';

const NOW = new Date('2025-05-06T07:08:09.000Z');

const cases = TEMPLATES.flatMap((template) =>
  LOCALES.map((locale) => ({ id: template.id, locale, journey: () => instantiateTemplate(template, locale, NOW) })),
);

function allIds(journey: Journey): string[] {
  return [
    journey.id,
    ...journey.stages.map((s) => s.id),
    ...journey.touchpoints.map((t) => t.id),
    ...journey.connections.map((c) => c.id),
  ];
}

describe.each(cases)('template $id in $locale', ({ journey }) => {
  it('passes restore with zero repairs and comes back unchanged', () => {
    const j = journey();
    const result = restoreJourney(JSON.stringify(toJourneyFile(j)));
    expect(result).toEqual({ ok: true, journey: j, repairs: [], migratedFrom: JOURNEY_FORMAT_VERSION });
  });

  it('has 5-8 stages and 12-25 touchpoints', () => {
    const j = journey();
    expect(j.stages.length).toBeGreaterThanOrEqual(5);
    expect(j.stages.length).toBeLessThanOrEqual(8);
    expect(j.touchpoints.length).toBeGreaterThanOrEqual(12);
    expect(j.touchpoints.length).toBeLessThanOrEqual(25);
  });

  it('gives every stage at least one touchpoint', () => {
    const j = journey();
    const used = new Set(j.touchpoints.map((t) => t.stageId));
    expect(j.stages.filter((s) => !used.has(s.id)).map((s) => s.name)).toEqual([]);
  });

  it("places each touchpoint inside its stage's column", () => {
    const j = journey();
    const columns = new Map(stageColumns(j.stages).map((c) => [c.stage.id, c]));
    for (const t of j.touchpoints) {
      const column = columns.get(t.stageId);
      expect(column, t.title).toBeDefined();
      if (!column) continue;
      expect(t.position.x, t.title).toBeGreaterThanOrEqual(column.x);
      expect(t.position.x + TOUCHPOINT_WIDTH, t.title).toBeLessThanOrEqual(column.x + column.width);
    }
  });

  it('has a moment of truth and a pain point that says what hurts', () => {
    const j = journey();
    expect(j.touchpoints.some((t) => t.momentOfTruth)).toBe(true);
    expect(j.touchpoints.some((t) => t.painPoint && t.painNote.trim() !== '')).toBe(true);
    // A pain note only makes sense on a pain point.
    expect(j.touchpoints.filter((t) => !t.painPoint && t.painNote !== '').map((t) => t.title)).toEqual([]);
  });

  it('gives fresh ids to every instantiation', () => {
    const ids = [...allIds(journey()), ...allIds(journey())];
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.each(TEMPLATES)('template $id copy', (template) => {
  it('follows the language: Spanish and English titles differ', () => {
    const es = instantiateTemplate(template, 'es', NOW);
    const en = instantiateTemplate(template, 'en', NOW);
    expect(en.name).not.toBe(es.name);
    expect(en.stages.map((s) => s.name)).not.toEqual(es.stages.map((s) => s.name));
    const differing = es.touchpoints.filter((t, i) => t.title !== en.touchpoints[i].title).length;
    expect(differing).toBeGreaterThanOrEqual(Math.ceil(es.touchpoints.length * 0.9));
  });
});

describe('Me uno', () => {
  it('starts with the canonical stages 1-5 in Spanish', () => {
    const template = findTemplate('me-uno');
    expect(template).toBeDefined();
    const names = instantiateTemplate(template!, 'es', NOW).stages.map((s) => s.name);
    const canonical = [
      'Me informo',
      'Declaro mi interés',
      'Lleno mi contrato',
      'Recibo mi información',
      'Me conecto al portal',
    ];
    canonical.forEach((start, i) => expect(names[i]?.slice(0, start.length), `stage ${i + 1}`).toBe(start));
  });
});

describe('the template cards the library lists before a template loads', () => {
  it('name every template, in order, with the size of the journey it makes', () => {
    expect(TEMPLATE_CARDS.map((card) => card.id)).toEqual(TEMPLATES.map((template) => template.id));
    for (const template of TEMPLATES) {
      const card = TEMPLATE_CARDS.find((c) => c.id === template.id)!;
      const journey = instantiateTemplate(template, 'es', NOW);
      expect([card.stages, card.touchpoints]).toEqual([journey.stages.length, journey.touchpoints.length]);
      expect([card.name, card.description]).toEqual([template.name, template.description]);
    }
  });
});
