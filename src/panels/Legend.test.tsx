import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setPersonaEmotion } from '../domain/commands/personaCommands';
import { addVocabularyEntry } from '../domain/commands/vocabularyCommands';
import { BUILT_IN_CHANNELS, BUILT_IN_FUNCTIONS, EMOTION_LABELS } from '../domain/vocabulary';
import { Legend } from './Legend';
import { closePanels, renderPanel, seedJourney } from '../test/panelTestKit';
import type { Journey } from '../domain/journey';

afterEach(closePanels);

/** The seed journey with its main persona named Marta, and `others` besides. */
function withPersonas(...others: string[]): Journey {
  const journey = seedJourney();
  const main = { ...journey.personas[0], name: 'Marta' };
  const more = others.map((name) => ({ id: crypto.randomUUID(), name, description: '' }));
  // Each rated the first touchpoint, so each has a line on the curve.
  const [first, ...rest] = journey.touchpoints;
  const rated = {
    ...first,
    emotion: 1 as const,
    personaEmotions: Object.fromEntries(more.map((p) => [p.id, 1 as const])),
  };
  return { ...journey, personas: [main, ...more], touchpoints: [rated, ...rest] };
}

/** The names the legend's list of curve lines gives, in order; null when it has no such list. */
function curveLineNames(): string[] | null {
  const region = within(screen.getByTestId('legend')).queryByRole('region', {
    name: /curve lines|líneas de la curva/i,
  });
  return (
    region &&
    within(region)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '')
  );
}

describe('Legend', () => {
  it('lists every built-in channel and function, the five emotions and the markers', async () => {
    await renderPanel(<Legend />);
    const legend = screen.getByTestId('legend');
    expect(legend.tagName).toBe('DETAILS');

    const functions = within(legend).getByRole('region', { name: 'Owning functions' });
    for (const f of BUILT_IN_FUNCTIONS) expect(within(functions).getByText(f.label.en)).toBeInTheDocument();
    const channels = within(legend).getByRole('region', { name: 'Channels' });
    for (const c of BUILT_IN_CHANNELS) expect(within(channels).getByText(c.label.en)).toBeInTheDocument();
    expect(within(channels).getByRole('heading', { name: 'Assisted digital' })).toBeInTheDocument();

    const emotions = within(legend).getByRole('region', { name: 'Emotions' });
    expect(
      within(emotions)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(([-2, -1, 0, 1, 2] as const).map((e) => EMOTION_LABELS[e].en));

    const markers = within(legend).getByRole('region', { name: 'Markers' });
    expect(markers).toHaveTextContent('Moment of truth');
    expect(markers).toHaveTextContent('Pain point');
    expect(markers).toHaveTextContent('Hand-off between functions');
  });

  it('shows the journey’s own functions and channels as they are added', async () => {
    const { services } = await renderPanel(<Legend />);
    act(() => {
      services.editor.getState().run(addVocabularyEntry, {
        kind: 'function',
        entry: { label: 'Facturación', icon: 'folder', color: '#0369a1' },
      });
      services.editor.getState().run(addVocabularyEntry, {
        kind: 'channel',
        entry: { label: 'WhatsApp', icon: 'messages', color: '#15803d' },
      });
    });
    const legend = screen.getByTestId('legend');
    expect(
      within(within(legend).getByRole('region', { name: 'Owning functions' })).getByText('Facturación'),
    ).toBeInTheDocument();
    const channels = within(legend).getByRole('region', { name: 'Channels' });
    expect(within(channels).getByRole('heading', { name: 'Your own' })).toBeInTheDocument();
    expect(within(channels).getByText('WhatsApp')).toBeInTheDocument();
  });

  it('speaks Spanish', async () => {
    await renderPanel(<Legend />, { locale: 'es' });
    const legend = screen.getByTestId('legend');
    expect(legend).toHaveTextContent('Leyenda');
    expect(legend).toHaveTextContent('Lo odio');
    expect(legend).toHaveTextContent('¡Wow!');
    expect(legend).toHaveTextContent('Atención al cliente');
  });

  it('names each persona’s line on the curve, the chosen one first and marked, when there are several', async () => {
    const journey = withPersonas('Ana');
    const { services } = await renderPanel(<Legend />, { journey });
    expect(curveLineNames()).toEqual(['Marta (chosen)', 'Ana']);
    act(() => services.editor.getState().choosePersona(journey.personas[1].id));
    expect(curveLineNames()).toEqual(['Ana (chosen)', 'Marta']);
  });

  it('leaves out a persona that has rated nothing, since the curve draws no line for it', async () => {
    const journey = withPersonas('Ana', 'Luis');
    const luis = journey.personas[2].id;
    journey.touchpoints[0] = { ...journey.touchpoints[0], personaEmotions: { [journey.personas[1].id]: 1 } };
    const { services } = await renderPanel(<Legend />, { journey });
    expect(curveLineNames()).toEqual(['Marta (chosen)', 'Ana']);
    // Chosen, it is named: its line is the one being rated.
    act(() => services.editor.getState().choosePersona(luis));
    expect(curveLineNames()).toEqual(['Luis (chosen)', 'Marta', 'Ana']);
    // Once it has rated a touchpoint, it keeps its place when another persona is chosen.
    act(() => {
      const state = services.editor.getState();
      state.run(setPersonaEmotion, { ids: [journey.touchpoints[1].id], personaId: luis, emotion: -1 });
      state.choosePersona(journey.personas[0].id);
    });
    expect(curveLineNames()).toEqual(['Marta (chosen)', 'Ana', 'Luis']);
  });

  it('lists no curve lines for a journey with one persona', async () => {
    await renderPanel(<Legend />, { journey: withPersonas() });
    expect(curveLineNames()).toBeNull();
    expect(screen.queryByText('Marta')).not.toBeInTheDocument();
  });

  it('names the lines in Spanish, an unnamed persona by its number, and the delivered experience', async () => {
    const journey = withPersonas('');
    journey.touchpoints[0] = { ...journey.touchpoints[0], delivered: 1 };
    await renderPanel(<Legend />, { journey, locale: 'es' });
    expect(curveLineNames()).toEqual(['Marta (curva elegida)', 'Persona 2', 'Experiencia entregada']);
  });

  it('names the curve and the delivered experience for one persona with an audited touchpoint', async () => {
    const journey = withPersonas();
    journey.touchpoints[0] = { ...journey.touchpoints[0], delivered: -1 };
    await renderPanel(<Legend />, { journey });
    expect(curveLineNames()).toEqual(['Marta', 'Delivered experience']);
  });

  it('draws the delivered line’s sample in the theme’s colour for it, a persona’s in its own', async () => {
    const journey = withPersonas('Ana');
    journey.touchpoints[0] = { ...journey.touchpoints[0], delivered: -1 };
    await renderPanel(<Legend />, { journey });
    const sample = (kind: string) =>
      screen.getByTestId('legend').querySelector(`li[data-kind="${kind}"] .legend__line line`) as SVGElement;
    // The theme's token: a light slate on the dark themes, where the exports' dark slate would be faint.
    expect(sample('delivered').style.stroke).toBe('var(--delivered)');
    // A persona's in its own colour, lightened on the dark themes as the canvas draws it.
    expect(sample('persona').getAttribute('style')).toContain('color-mix(in srgb, #');
  });

  it('lists the dashed ring only while the chosen persona has a moment of truth or pain point left unrated', async () => {
    const journey = withPersonas('Ana');
    const ana = journey.personas[1].id;
    // Marta rated the pain point, Ana did not.
    journey.touchpoints[1] = { ...journey.touchpoints[1], painPoint: true, emotion: -1 };
    const { services } = await renderPanel(<Legend />, { journey });
    const ring = () => screen.queryByTestId('legend-unrated');
    expect(ring()).not.toBeInTheDocument();

    act(() => services.editor.getState().choosePersona(ana));
    expect(ring()).toHaveTextContent(
      "Dashed ring on the “I don't mind” line: a moment of truth or pain point with no emotion",
    );
    // Rated, the ring leaves the curve and the legend.
    act(() =>
      services.editor
        .getState()
        .run(setPersonaEmotion, { ids: [journey.touchpoints[1].id], personaId: ana, emotion: -2 }),
    );
    expect(ring()).not.toBeInTheDocument();
  });
});
