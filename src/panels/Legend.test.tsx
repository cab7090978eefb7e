import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addVocabularyEntry } from '../domain/commands/vocabularyCommands';
import { BUILT_IN_CHANNELS, BUILT_IN_FUNCTIONS, EMOTION_LABELS } from '../domain/vocabulary';
import { Legend } from './Legend';
import { closePanels, renderPanel } from '../test/panelTestKit';

afterEach(closePanels);

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
});
