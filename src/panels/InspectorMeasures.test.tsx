import { act, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { addPersona } from '../domain/commands/personaCommands';
import { Inspector } from './Inspector';
import { closePanels, renderPanel, seedJourney } from '../test/panelTestKit';

afterEach(closePanels);

describe('Inspector: measuring the experience', () => {
  it('keeps a KPI in range, refuses one out of range with a message and changes nothing; undo takes it back', async () => {
    const journey = seedJourney();
    const [first] = journey.touchpoints;
    const { user, services, current } = await renderPanel(<Inspector />, { journey, select: [first.id] });
    const tp = () => current().touchpoints.find((t) => t.id === first.id)!;

    const nps = screen.getByRole('textbox', { name: 'NPS (-100 to 100)' });
    await user.type(nps, '-35');
    // Written when the field is left, not on the way ("-3" is never written).
    expect(tp().kpiNps).toBeNull();
    await user.tab();
    expect(tp().kpiNps).toBe(-35);
    await user.type(screen.getByRole('textbox', { name: 'CSAT (% satisfied)' }), '71,5{Enter}');
    expect(tp().kpiCsat).toBe(71.5);

    const before = structuredClone(current());
    const depth = services.editor.getState().undoDepth;
    const ces = screen.getByTestId('field-kpi-ces');
    await user.type(ces, '9');
    expect(screen.getByRole('alert')).toHaveTextContent('It goes from 1 to 7: “9” was not kept.');
    expect(ces).toHaveAttribute('aria-invalid', 'true');
    expect(current()).toEqual(before);
    await user.click(screen.getByTestId('field-kpi-volume'));
    await user.paste('12.5');
    expect(screen.getAllByRole('alert').at(-1)).toHaveTextContent('counts whole contacts');
    expect(current()).toEqual(before);
    expect(services.editor.getState().undoDepth).toBe(depth);

    act(() => services.editor.getState().undo());
    expect(tp().kpiCsat).toBeNull();
    expect(tp().kpiNps).toBe(-35);
  });

  it('keeps the value it held when what is typed over it ends refused, though a prefix was in range', async () => {
    const journey = seedJourney();
    const [first] = journey.touchpoints;
    const { user, services, current } = await renderPanel(<Inspector />, { journey, select: [first.id] });
    const tp = () => current().touchpoints.find((t) => t.id === first.id)!;
    const nps = screen.getByTestId('field-kpi-nps');
    await user.type(nps, '50');
    await user.tab();
    expect(tp().kpiNps).toBe(50);
    const depth = services.editor.getState().undoDepth;

    // "1" and "15" are valid NPS values on the way to "150".
    await user.tripleClick(nps);
    await user.keyboard('150');
    expect(tp().kpiNps).toBe(50);
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('“150” was not kept');
    expect(nps).toHaveValue('50');
    expect(tp().kpiNps).toBe(50);
    expect(services.editor.getState().undoDepth).toBe(depth);
  });

  it('takes a percentage with its sign and a cost with its currency, as a table import does', async () => {
    const journey = seedJourney();
    const [first] = journey.touchpoints;
    const { user, current } = await renderPanel(<Inspector />, { journey, select: [first.id], locale: 'es' });
    const tp = () => current().touchpoints.find((t) => t.id === first.id)!;
    await user.type(screen.getByTestId('field-kpi-csat'), '85 %');
    await user.type(screen.getByTestId('field-kpi-fcr'), '70%');
    await user.type(screen.getByTestId('field-kpi-cost'), '12,50 €{Enter}');
    expect(tp()).toMatchObject({ kpiCsat: 85, kpiFcr: 70, kpiCost: 12.5 });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the value as read once written, in the language’s digits, so a locale reading is seen', async () => {
    const journey = seedJourney();
    const [first] = journey.touchpoints;
    const { user, current } = await renderPanel(<Inspector />, { journey, select: [first.id] });
    const tp = () => current().touchpoints.find((t) => t.id === first.id)!;
    const volume = screen.getByTestId('field-kpi-volume');
    const cost = screen.getByTestId('field-kpi-cost');
    // "12.000" in English is twelve: the field says so once left, as it would on selecting the card again.
    await user.type(volume, '12.000');
    await user.tab();
    expect(tp().kpiVolume).toBe(12);
    expect(volume).toHaveValue('12');
    await user.type(cost, '3.400{Enter}');
    expect(tp().kpiCost).toBe(3.4);
    expect(cost).toHaveValue('3.4');
    // Typed over the same value: nothing to write, and still shown as read.
    await user.tripleClick(volume);
    await user.keyboard('12.0');
    await user.tab();
    expect(volume).toHaveValue('12');
    await user.tripleClick(volume);
    await user.keyboard('12,000');
    await user.tab();
    expect(tp().kpiVolume).toBe(12000);
    expect(volume).toHaveValue('12000');
  });

  it('in Spanish, shows "3.400" as the 3400 it reads and "12,000" as 12', async () => {
    const journey = seedJourney();
    const [first] = journey.touchpoints;
    const { user, current } = await renderPanel(<Inspector />, { journey, select: [first.id], locale: 'es' });
    const tp = () => current().touchpoints.find((t) => t.id === first.id)!;
    const volume = screen.getByTestId('field-kpi-volume');
    const cost = screen.getByTestId('field-kpi-cost');
    await user.type(cost, '3.400');
    await user.tab();
    expect(cost).toHaveValue('3400');
    await user.type(volume, '12,000{Enter}');
    expect(volume).toHaveValue('12');
    expect(tp()).toMatchObject({ kpiCost: 3400, kpiVolume: 12 });
  });

  it('refuses a cost in dollars in a euro journey, saying what its costs are in, and keeps the cost it had', async () => {
    const journey = seedJourney();
    const [first] = journey.touchpoints;
    const { user, current } = await renderPanel(<Inspector />, { journey, select: [first.id] });
    const tp = () => current().touchpoints.find((t) => t.id === first.id)!;
    const cost = screen.getByTestId('field-kpi-cost');
    await user.type(cost, '4{Enter}');
    await user.clear(cost);
    await user.type(cost, '$12{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This journey’s costs are in EUR: “$12” is in another currency and was not kept.',
    );
    expect(cost).toHaveAttribute('aria-invalid', 'true');
    expect(tp().kpiCost).toBe(4);
  });

  it('hints, without refusing it, that a CSAT or FCR below 1 may be a fraction, as the import warns', async () => {
    const journey = seedJourney();
    const [first] = journey.touchpoints;
    const { user, current } = await renderPanel(<Inspector />, { journey, select: [first.id] });
    const csat = screen.getByTestId('field-kpi-csat');
    await user.type(csat, '0.85');
    expect(screen.queryByTestId('kpi-fraction-hint')).not.toBeInTheDocument();
    await user.tab();
    expect(current().touchpoints.find((t) => t.id === first.id)!.kpiCsat).toBe(0.85);
    expect(csat).toHaveAccessibleDescription(
      'Read as 0.85 %. Did you mean 85 %? Then write it as a percentage (85, not 0.85).',
    );
    expect(csat).toHaveAttribute('aria-invalid', 'false');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.tripleClick(csat);
    await user.keyboard('85');
    await user.tab();
    expect(screen.queryByTestId('kpi-fraction-hint')).not.toBeInTheDocument();
    // 1 % and 0 % are percentages as they stand; NPS takes no hint.
    await user.tripleClick(csat);
    await user.keyboard('1');
    await user.tab();
    expect(screen.queryByTestId('kpi-fraction-hint')).not.toBeInTheDocument();
  });

  it('drops the message about a refused value once the field is left holding a kept one', async () => {
    const journey = seedJourney();
    const [first] = journey.touchpoints;
    const { user } = await renderPanel(<Inspector />, { journey, select: [first.id] });
    const nps = screen.getByTestId('field-kpi-nps');
    await user.type(nps, '10');
    await user.tab();
    await user.tripleClick(nps);
    await user.keyboard('abc');
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('“abc” was not kept');
    expect(nps).toHaveValue('10');

    // Back in the field, which shows the kept 10 again (typing 10 over it changes nothing), and out: the
    // message no longer describes what the field holds.
    await user.click(nps);
    await user.tab();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(nps).toHaveValue('10');
  });

  it('shows a value in the new language’s digits and leaves it as it is when the language changes', async () => {
    const journey = seedJourney();
    const [first, second] = journey.touchpoints;
    first.kpiCost = 0.125;
    const { user, services, current } = await renderPanel(<Inspector />, {
      journey,
      select: [first.id],
      locale: 'es',
    });
    const cost = screen.getByTestId('field-kpi-cost');
    expect(cost).toHaveValue('0,125');
    await act(() => i18next.changeLanguage('en'));
    expect(cost).toHaveValue('0.125');
    await user.click(cost);
    await user.tab();
    act(() => services.editor.getState().select({ touchpoints: [second.id], connections: [] }));
    expect(current().touchpoints.find((t) => t.id === first.id)!.kpiCost).toBe(0.125);
  });

  it('keeps a value being typed through a language switch, in the new language’s digits, and writes it when left', async () => {
    const journey = seedJourney();
    const [first] = journey.touchpoints;
    const { user, current } = await renderPanel(<Inspector />, { journey, select: [first.id], locale: 'es' });
    const ces = screen.getByTestId('field-kpi-ces');
    await user.type(ces, '2,5');
    await act(() => i18next.changeLanguage('en'));
    expect(ces).toHaveValue('2.5');
    expect(current().touchpoints.find((t) => t.id === first.id)!.kpiCes).toBeNull();
    await user.tab();
    expect(current().touchpoints.find((t) => t.id === first.id)!.kpiCes).toBe(2.5);
  });

  it('an undo while a value is typed takes it back, in the journey and in the field', async () => {
    const journey = seedJourney();
    const [first] = journey.touchpoints;
    const { user, services, current } = await renderPanel(<Inspector />, { journey, select: [first.id] });
    const csat = screen.getByTestId('field-kpi-csat');
    await user.type(csat, '81');
    act(() => services.editor.getState().undo());
    expect(current().touchpoints.find((t) => t.id === first.id)!.kpiCsat).toBeNull();
    expect(csat).toHaveValue('');
    act(() => services.editor.getState().redo());
    expect(current().touchpoints.find((t) => t.id === first.id)!.kpiCsat).toBe(81);
    expect(csat).toHaveValue('81');
  });

  it('writes a valid value still in its field when another touchpoint is selected or none is', async () => {
    const journey = seedJourney();
    const [first, second] = journey.touchpoints;
    const { user, services, current } = await renderPanel(<Inspector />, { journey, select: [first.id] });
    const find = (id: string) => current().touchpoints.find((t) => t.id === id)!;
    await user.type(screen.getByTestId('field-kpi-fcr'), '64');
    act(() => services.editor.getState().select({ touchpoints: [second.id], connections: [] }));
    expect(find(first.id).kpiFcr).toBe(64);
    await user.type(screen.getByTestId('field-kpi-volume'), '120');
    act(() => services.editor.getState().select({ touchpoints: [], connections: [] }));
    expect(find(second.id).kpiVolume).toBe(120);
  });

  it('sets delivered experience, evidence, backstage and support', async () => {
    const journey = seedJourney();
    const [first] = journey.touchpoints;
    const { user, current } = await renderPanel(<Inspector />, { journey, select: [first.id] });
    const tp = () => current().touchpoints.find((t) => t.id === first.id)!;

    await user.selectOptions(screen.getByRole('combobox', { name: 'Delivered experience' }), '+1 · Good');
    expect(tp().delivered).toBe(1);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Evidence' }), 'measured');
    expect(tp().evidence).toBe('measured');
    await user.type(screen.getByRole('textbox', { name: 'Backstage actions' }), 'Revisión en el CRM');
    await user.type(screen.getByRole('textbox', { name: 'Support processes' }), 'Facturación');
    expect([tp().backstage, tp().support]).toEqual(['Revisión en el CRM', 'Facturación']);
  });

  it('adds an opportunity to a pain point, owned by its function; edits and removes it', async () => {
    const journey = seedJourney();
    const second = { ...journey.touchpoints[1], painPoint: true };
    journey.touchpoints[1] = second;
    const { user, services, current } = await renderPanel(<Inspector />, { journey, select: [second.id] });

    const section = screen.getByRole('region', { name: 'Opportunities' });
    await user.click(within(section).getByRole('button', { name: 'Add an opportunity' }));
    await user.type(within(section).getByRole('textbox', { name: 'Opportunity 1' }), 'Devolver la llamada');
    await user.selectOptions(within(section).getByTestId('field-opportunity-priority'), 'high');
    await user.selectOptions(within(section).getByTestId('field-opportunity-status'), 'planned');
    expect(current().opportunities).toEqual([
      expect.objectContaining({
        touchpointId: second.id,
        title: 'Devolver la llamada',
        functionId: 'sales',
        priority: 'high',
        status: 'planned',
      }),
    ]);
    await user.selectOptions(within(section).getByTestId('field-opportunity-owner'), 'customer-care');
    expect(current().opportunities[0].functionId).toBe('customer-care');

    await user.click(within(section).getByRole('button', { name: 'Remove opportunity 1' }));
    expect(current().opportunities).toEqual([]);
    act(() => services.editor.getState().undo());
    expect(current().opportunities).toHaveLength(1);
  });

  it("edits the chosen persona's emotion without touching the main persona's", async () => {
    const journey = seedJourney();
    const [first] = journey.touchpoints;
    const { user, services, current } = await renderPanel(<Inspector />, { journey, select: [first.id] });
    act(() => services.editor.getState().run(addPersona, { name: 'Mayor', id: 'p2' }));

    const main = screen.getByRole('radiogroup', { name: 'Emotion of Persona 1' });
    await user.click(within(main).getByRole('radio', { name: 'I like it' }));
    act(() => services.editor.getState().choosePersona('p2'));
    const other = screen.getByRole('radiogroup', { name: 'Emotion of Mayor' });
    expect(within(other).queryByRole('radio', { checked: true })).toBeNull();
    await user.click(within(other).getByRole('radio', { name: 'I hate it' }));

    const tp = current().touchpoints.find((t) => t.id === first.id)!;
    expect(tp.emotion).toBe(1);
    expect(tp.personaEmotions).toEqual({ p2: -2 });
  });
});
