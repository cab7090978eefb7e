import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { connectTouchpoints } from '../domain/commands/connectionCommands';
import { Inspector, INSPECTOR_TITLE_ID } from './Inspector';
import { closePanels, renderPanel, seedJourney } from '../test/panelTestKit';

afterEach(closePanels);

describe('Inspector', () => {
  it('shows a hint when nothing is selected', async () => {
    await renderPanel(<Inspector />);
    const inspector = screen.getByTestId('inspector');
    expect(inspector).toHaveAccessibleName('Inspector');
    expect(inspector).toHaveTextContent('Select a touchpoint');
    expect(screen.queryByTestId('field-title')).not.toBeInTheDocument();
  });

  it('tells a read-only viewer no shortcut for adding, even with no stage', async () => {
    const journey = seedJourney();
    journey.stages = [];
    journey.touchpoints = [];
    const { services } = await renderPanel(<Inspector />, { journey });
    expect(screen.getByTestId('inspector-hint')).toHaveTextContent(/add a stage/i);
    act(() => services.editor.getState().setReadOnly(true));
    expect(screen.queryByTestId('inspector-hint')).not.toBeInTheDocument();
    expect(screen.getByTestId('inspector')).not.toHaveTextContent('Press N');
  });

  it('edits the title of one touchpoint; one undo restores the whole old title', async () => {
    const journey = seedJourney();
    const [first] = journey.touchpoints;
    const { user, services, current } = await renderPanel(<Inspector />, { journey, select: [first.id] });

    const title = screen.getByRole('textbox', { name: 'Title' });
    expect(title).toHaveAttribute('id', INSPECTOR_TITLE_ID);
    expect(title).toHaveValue('Ve un anuncio');
    await user.clear(title);
    await user.type(title, 'Ve un anuncio en TV');
    expect(title).toHaveValue('Ve un anuncio en TV');
    // Leaving the field writes what was typed.
    await user.tab();
    expect(current().touchpoints[0].title).toBe('Ve un anuncio en TV');

    act(() => services.editor.getState().undo());
    expect(current().touchpoints[0].title).toBe('Ve un anuncio');
    expect(title).toHaveValue('Ve un anuncio');
  });

  it('writes what is typed once typing pauses, with the field still focused', async () => {
    const journey = seedJourney();
    const [first] = journey.touchpoints;
    const { user, current } = await renderPanel(<Inspector />, { journey, select: [first.id] });
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.type(title, ' en TV');
    await waitFor(() => expect(current().touchpoints[0].title).toBe('Ve un anuncio en TV'));
    expect(title).toHaveFocus();
    expect(title).toHaveValue('Ve un anuncio en TV');
  });

  it('an undo right after typing, before any pause, takes back the whole burst', async () => {
    const journey = seedJourney();
    const [first] = journey.touchpoints;
    const { user, services, current } = await renderPanel(<Inspector />, { journey, select: [first.id] });
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.type(title, ' en TV');
    act(() => services.editor.getState().undo());
    expect(current().touchpoints[0].title).toBe('Ve un anuncio');
    expect(title).toHaveValue('Ve un anuncio');
    act(() => services.editor.getState().redo());
    expect(current().touchpoints[0].title).toBe('Ve un anuncio en TV');
    expect(title).toHaveValue('Ve un anuncio en TV');
  });

  it('keeps a note typed just before another touchpoint is selected', async () => {
    const journey = seedJourney();
    const [first, second] = journey.touchpoints;
    const { user, services, current } = await renderPanel(<Inspector />, { journey, select: [first.id] });
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Sale en la encuesta');
    act(() => services.editor.getState().select({ touchpoints: [second.id] }));
    expect(current().touchpoints[0].notes).toBe('Sale en la encuesta');
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue(second.title);
  });

  it('lets every text field follow the direction of its text (dir="auto"), so Arabic and Hebrew read right to left', async () => {
    const journey = seedJourney();
    const [first] = journey.touchpoints;
    await renderPanel(<Inspector />, {
      journey: { ...journey, touchpoints: [{ ...first, painPoint: true }] },
      select: [first.id],
    });
    for (const id of ['field-title', 'field-description', 'field-pain-note', 'field-notes']) {
      expect(screen.getByTestId(id)).toHaveAttribute('dir', 'auto');
    }
  });

  it('sets description, stage, channel, function, emotion and markers', async () => {
    const journey = seedJourney();
    const [first] = journey.touchpoints;
    const { user, current } = await renderPanel(<Inspector />, { journey, select: [first.id] });
    const tp = () => current().touchpoints.find((t) => t.id === first.id)!;

    await user.type(screen.getByRole('textbox', { name: 'Description' }), 'Anuncio en horario de máxima audiencia');
    await user.tab();
    expect(tp().description).toBe('Anuncio en horario de máxima audiencia');

    const channel = screen.getByRole('combobox', { name: 'Channel' });
    expect(within(channel).getByRole('group', { name: 'Assisted digital' })).toBeInTheDocument();
    await user.selectOptions(channel, 'Website');
    expect(tp().channelId).toBe('web');
    await user.selectOptions(channel, 'No channel');
    expect(tp().channelId).toBeNull();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Owning function' }), 'Customer care');
    expect(tp().functionId).toBe('customer-care');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Stage' }), 'Solicito información');
    expect(tp().stageId).toBe(journey.stages[1].id);

    const emotions = screen.getByRole('radiogroup', { name: 'Emotion' });
    expect(
      within(emotions)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['-2', '-1', '0', '1', '2']);
    await user.click(within(emotions).getByRole('radio', { name: 'Wow!' }));
    expect(tp().emotion).toBe(2);
    expect(within(emotions).getByRole('radio', { name: 'Wow!' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Clear emotion' }));
    expect(tp().emotion).toBeNull();
    expect(within(emotions).queryByRole('radio', { checked: true })).not.toBeInTheDocument();
    // The disabled button would drop the focus to the page: it is on the scale, without rating anything.
    expect(within(emotions).getByRole('radio', { name: 'I hate it' })).toHaveFocus();

    await user.click(screen.getByRole('checkbox', { name: 'Moment of truth' }));
    expect(tp().momentOfTruth).toBe(true);

    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Sale en la encuesta');
    await user.tab();
    expect(tp().notes).toBe('Sale en la encuesta');
  });

  it('shows "what hurts" only while the touchpoint is a pain point', async () => {
    const journey = seedJourney();
    const [first] = journey.touchpoints;
    const { user, current } = await renderPanel(<Inspector />, { journey, select: [first.id] });

    expect(screen.queryByRole('textbox', { name: 'What hurts' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Pain point' }));
    expect(current().touchpoints[0].painPoint).toBe(true);
    await user.type(screen.getByRole('textbox', { name: 'What hurts' }), 'Letra pequeña');
    await user.tab();
    expect(current().touchpoints[0].painNote).toBe('Letra pequeña');

    await user.click(screen.getByRole('checkbox', { name: 'Pain point' }));
    expect(current().touchpoints[0].painPoint).toBe(false);
    expect(screen.queryByRole('textbox', { name: 'What hurts' })).not.toBeInTheDocument();
  });

  it('edits several touchpoints at once and shows what differs as mixed', async () => {
    const journey = seedJourney();
    const [first, second] = journey.touchpoints;
    journey.touchpoints[0].painPoint = true;
    const { user, current } = await renderPanel(<Inspector />, { journey, select: [first.id, second.id] });

    expect(screen.getByRole('heading', { name: '2 touchpoints selected' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Title' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Description' })).not.toBeInTheDocument();

    const owner = screen.getByRole('combobox', { name: 'Owning function' });
    expect(owner).toHaveDisplayValue('Mixed');
    expect(screen.getByRole('combobox', { name: 'Stage' })).toHaveDisplayValue('Me informo');
    expect(screen.getByRole('checkbox', { name: 'Pain point' })).toBePartiallyChecked();

    await user.selectOptions(owner, 'Marketing');
    await user.click(screen.getByRole('radio', { name: 'I like it' }));
    const [a, b] = current().touchpoints;
    expect([a.functionId, b.functionId]).toEqual(['marketing', 'marketing']);
    expect([a.emotion, b.emotion]).toEqual([1, 1]);
    expect(current().touchpoints[2].functionId).toBeNull();
    expect(owner).toHaveDisplayValue('Marketing');

    await user.click(screen.getByRole('checkbox', { name: 'Pain point' }));
    expect(
      current()
        .touchpoints.slice(0, 2)
        .map((t) => t.painPoint),
    ).toEqual([true, true]);
    expect(screen.getByRole('checkbox', { name: 'Pain point' })).toBeChecked();
  });

  it('shows no radio checked when the selected emotions differ', async () => {
    const journey = seedJourney();
    journey.touchpoints[0].emotion = -2;
    journey.touchpoints[1].emotion = 2;
    await renderPanel(<Inspector />, { journey, select: journey.touchpoints.slice(0, 2).map((t) => t.id) });
    const emotions = screen.getByRole('radiogroup', { name: /Emotion/ });
    expect(within(emotions).queryByRole('radio', { checked: true })).not.toBeInTheDocument();
    expect(emotions).toHaveTextContent('Mixed');
  });

  it('follows the selection without keeping the previous touchpoint’s values', async () => {
    const journey = seedJourney();
    const [first, , third] = journey.touchpoints;
    const { services } = await renderPanel(<Inspector />, { journey, select: [first.id] });
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Ve un anuncio');
    act(() => services.editor.getState().select({ touchpoints: [third.id] }));
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Llama');
    act(() => services.editor.getState().select({ touchpoints: [] }));
    expect(screen.queryByRole('textbox', { name: 'Title' })).not.toBeInTheDocument();
  });

  it('labels and deletes a selected connection', async () => {
    const journey = seedJourney();
    const [first, , third] = journey.touchpoints;
    const { user, services, current } = await renderPanel(<Inspector />, { journey });
    act(() => {
      services.editor.getState().run(connectTouchpoints, { from: first.id, to: third.id, id: 'c1' });
      services.editor.getState().select({ connections: ['c1'] });
    });

    expect(screen.getByTestId('inspector')).toHaveTextContent('From “Ve un anuncio” to “Llama”');
    await user.type(screen.getByRole('textbox', { name: 'Label' }), 'si no resuelve');
    expect(current().connections[0].label).toBe('si no resuelve');

    await user.click(screen.getByRole('button', { name: 'Delete connection' }));
    expect(current().connections).toHaveLength(0);
    expect(screen.getByTestId('inspector')).toHaveTextContent('Select a touchpoint');
  });

  it('speaks Spanish: the emotion scale runs from “Lo odio” to “¡Wow!”', async () => {
    const journey = seedJourney();
    await renderPanel(<Inspector />, { journey, locale: 'es', select: [journey.touchpoints[0].id] });
    expect(screen.getByRole('radio', { name: 'Lo odio' })).toHaveAttribute('value', '-2');
    expect(screen.getByRole('radio', { name: '¡Wow!' })).toHaveAttribute('value', '2');
    expect(screen.getByRole('combobox', { name: 'Función responsable' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Sin canal' })).toBeInTheDocument();
  });
});
