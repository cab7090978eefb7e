import { render, screen, within } from '@testing-library/react';
import { produce } from 'immer';
import { afterEach, describe, expect, it } from 'vitest';
import type { Journey } from '../../domain/journey';
import type { Locale } from '../../domain/locale';
import { instantiateTemplate } from '../../domain/templates';
import { meUno } from '../../domain/templates/meUno';
import { createToBe } from '../../domain/versions/toBe';
import { en } from '../../i18n/en';
import { es } from '../../i18n/es';
import { initI18n } from '../../i18n/i18n';
import { ServicesContext } from '../../store/services';
import { closeTestServices, createTestServices } from '../../test/testServices';
import { CompareDialog } from './CompareDialog';

const NOW = new Date('2026-11-29T10:00:00Z');
afterEach(closeTestServices);

/** The user test's repro: "Me uno", and its to-be without stage 4 ("Recibo mi información...") and its cards. */
function meUnoWithoutStage4(locale: Locale) {
  const asIs = instantiateTemplate(meUno, locale, NOW);
  const dropped = asIs.stages[3];
  const toBe = produce(createToBe(asIs, `${asIs.name} (to-be)`, NOW), (d) => {
    d.stages.splice(3, 1);
    d.touchpoints = d.touchpoints.filter((t) => t.stageId !== dropped.id);
  });
  return { asIs, toBe, dropped };
}

/** Both versions stored, the to-be open in the editor, and the comparison open over it, once it has read the as-is. */
async function openCompare(asIs: Journey, toBe: Journey, locale: Locale = 'es') {
  await initI18n(locale);
  const services = createTestServices('recorrido-compare');
  await services.repository.create(asIs);
  await services.repository.create(toBe);
  await services.editor.getState().open(toBe.id);
  const row = (await services.repository.list()).find((r) => r.id === asIs.id)!;
  render(
    <ServicesContext.Provider value={services}>
      <CompareDialog other={row} onClose={() => {}} />
    </ServicesContext.Provider>,
  );
  const dialog = await screen.findByTestId('compare-dialog');
  await within(dialog).findByTestId('compare-summary');
  return dialog;
}

/** The x of each touchpoint's dot on one curve of the chart. */
function dotsOf(chart: HTMLElement, version: 'before' | 'after'): Map<string, number> {
  const dots = chart.querySelectorAll(`circle[data-version="${version}"]`);
  return new Map([...dots].map((dot) => [dot.getAttribute('data-touchpoint-id')!, Number(dot.getAttribute('cx'))]));
}

describe('the comparison dialog’s curves', () => {
  it('put a touchpoint both versions keep at one x, and name the stages and the emotion scale', async () => {
    const { asIs, toBe, dropped } = meUnoWithoutStage4('es');
    const dialog = await openCompare(asIs, toBe);
    const chart = within(dialog).getByRole('img', { name: /Curvas emocionales/ });
    const before = dotsOf(chart, 'before');
    const after = dotsOf(chart, 'after');
    expect(before.size).toBe(asIs.touchpoints.filter((t) => t.emotion !== null).length);
    expect(after.size).toBe(toBe.touchpoints.filter((t) => t.emotion !== null).length);
    expect(after.size).toBeLessThan(before.size);
    for (const [id, x] of after) expect(x).toBe(before.get(id));

    // Every stage of either version is named over its band, the dropped one too, and the scale's words label y.
    for (const stage of asIs.stages) expect(within(chart).getByText(stage.name)).toBeInTheDocument();
    expect(within(chart).getByText(dropped.name)).toBeInTheDocument();
    for (const word of ['Lo odio', 'No me gusta', 'Me da igual', 'Me gusta', '¡Wow!']) {
      expect(within(chart).getByText(word)).toBeInTheDocument();
    }
    expect(chart).toHaveAccessibleName(expect.stringContaining('de «Lo odio» (-2) a «¡Wow!» (+2)'));
  });

  it('labels the emotion scale in English with the English words', async () => {
    const { asIs, toBe } = meUnoWithoutStage4('en');
    const dialog = await openCompare(asIs, toBe, 'en');
    const chart = within(dialog).getByRole('img', { name: /from “I hate it” \(-2\) to “Wow!” \(\+2\)/ });
    expect(within(chart).getByText("I don't like it")).toBeInTheDocument();
  });
});

describe('the comparison dialog’s pain points', () => {
  it('lists a pain point deleted with its stage as removed with its touchpoint, not as resolved', async () => {
    const { asIs, toBe } = meUnoWithoutStage4('es');
    const dialog = await openCompare(asIs, toBe);
    const letter = 'Me llega la carta de domiciliación';
    expect(within(dialog).getByTestId('diff-painResolved')).toHaveTextContent(
      'Puntos de dolor resueltos (0): Ninguno.',
    );
    expect(within(dialog).getByTestId('diff-painRemoved')).toHaveTextContent(
      `Puntos de dolor eliminados junto con su punto de contacto (1): ${letter}`,
    );
  });

  it('still lists a pain point the to-be keeps and no longer marks as resolved, in English', async () => {
    const asIs = instantiateTemplate(meUno, 'en', NOW);
    const fixed = asIs.touchpoints.find((t) => t.painPoint)!;
    const toBe = produce(createToBe(asIs, 'Me uno (to-be)', NOW), (d) => {
      d.touchpoints.find((t) => t.id === fixed.id)!.painPoint = false;
    });
    const dialog = await openCompare(asIs, toBe, 'en');
    expect(within(dialog).getByTestId('diff-painResolved')).toHaveTextContent(
      `Pain points resolved (1): ${fixed.title}`,
    );
    expect(within(dialog).getByTestId('diff-painRemoved')).toHaveTextContent(
      'Pain points removed with their touchpoint (0): None.',
    );
  });
});

/**
 * The repro with measures in stage 1: its first touchpoint has CSAT (50 as-is, 80 to-be) over 100 contacts a
 * month at 2 € each, its second a cost per contact only (with `volume` false, no touchpoint knows its volume).
 */
function withMeasures(volume = true) {
  const { asIs, toBe } = meUnoWithoutStage4('es');
  const [first, second] = asIs.touchpoints.filter((t) => t.stageId === asIs.stages[0].id);
  const measure = (csat: number) => (d: Journey) => {
    Object.assign(
      d.touchpoints.find((t) => t.id === first.id)!,
      {
        kpiCsat: csat,
        kpiVolume: volume ? 100 : null,
        kpiCost: 2,
      },
    );
    d.touchpoints.find((t) => t.id === second.id)!.kpiCost = 3;
  };
  return { asIs: produce(asIs, measure(50)), toBe: produce(toBe, measure(80)) };
}

describe('the comparison dialog’s KPI table', () => {
  it('explains "*" and "†" under the table with the Measures dialog’s words when a value carries them', async () => {
    const { asIs, toBe } = withMeasures();
    const dialog = await openCompare(asIs, toBe);
    const table = within(dialog).getByRole('table', { name: es.versions.diff.kpis });
    expect(within(table).getByRole('cell', { name: '50 %*' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: '80 %*' })).toBeInTheDocument();
    expect(within(table).getAllByRole('cell', { name: /†$/ }).length).toBeGreaterThan(0);
    expect(
      within(dialog)
        .getAllByTestId('compare-kpi-note')
        .map((note) => note.textContent),
    ).toEqual([es.panels.summary.weighted, es.panels.summary.partialCost]);
  });

  it('says why a plain mean is plain, as the Measures dialog does, when no value carries a mark', async () => {
    const { asIs, toBe } = withMeasures(false);
    const dialog = await openCompare(asIs, toBe, 'en');
    const table = within(dialog).getByRole('table', { name: en.versions.diff.kpis });
    expect(within(table).getByRole('cell', { name: '50 %' })).toBeInTheDocument();
    expect(
      within(dialog)
        .getAllByTestId('compare-kpi-note')
        .map((note) => note.textContent),
    ).toEqual([en.panels.summary.plain['volume-unknown']]);
  });
});
