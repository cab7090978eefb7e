import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { VocabularySection } from './VocabularySection';
import { blankOpportunity } from '../domain/blank';
import { closePanels, renderPanel, seedJourney } from '../test/panelTestKit';

afterEach(closePanels);

/** The seed journey with an own channel, "WhatsApp", on its first two touchpoints. */
function journeyUsingWhatsApp() {
  const journey = seedJourney();
  journey.customChannels = [{ id: 'ch-wa', label: 'WhatsApp', icon: 'messages', color: '#128c7e', backstage: false }];
  journey.touchpoints[0].channelId = 'ch-wa';
  journey.touchpoints[1].channelId = 'ch-wa';
  return journey;
}

describe('VocabularySection', () => {
  it('asks before removing a channel touchpoints use, and keeps it when told to', async () => {
    const { user, current } = await renderPanel(<VocabularySection kind="channel" />, {
      journey: journeyUsingWhatsApp(),
    });
    await user.click(screen.getByRole('button', { name: 'Remove WhatsApp' }));

    const question = screen.getByRole('group', {
      name: 'Remove “WhatsApp”? 2 touchpoints use it and will show “No channel”. Undo brings it all back.',
    });
    expect(current().customChannels).toHaveLength(1);
    expect(within(question).getByRole('button', { name: 'Keep it' })).toHaveFocus();

    await user.click(within(question).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByTestId('vocabulary-remove-confirm')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove WhatsApp' })).toHaveFocus();
    expect(current().touchpoints.filter((tp) => tp.channelId === 'ch-wa')).toHaveLength(2);
  });

  it('removes it when confirmed, and one undo brings the channel back to its touchpoints', async () => {
    const { user, current, services } = await renderPanel(<VocabularySection kind="channel" />, {
      journey: journeyUsingWhatsApp(),
      locale: 'es',
    });
    await user.click(screen.getByRole('button', { name: 'Quitar WhatsApp' }));
    expect(screen.getByTestId('vocabulary-remove-confirm')).toHaveTextContent(
      '¿Quitar «WhatsApp»? Está en 2 puntos de contacto, que pasarán a «Sin canal». Deshacer lo recupera todo.',
    );
    await user.click(screen.getByRole('button', { name: 'Quitar igualmente' }));
    expect(current().customChannels).toEqual([]);
    expect(current().touchpoints.map((tp) => tp.channelId)).not.toContain('ch-wa');

    act(() => services.editor.getState().undo());
    expect(current().customChannels).toHaveLength(1);
    expect(current().touchpoints.filter((tp) => tp.channelId === 'ch-wa')).toHaveLength(2);
  });

  it('asks before removing a function that only owns an opportunity, which would lose its owner', async () => {
    const journey = seedJourney();
    journey.customFunctions = [{ id: 'fn-it', label: 'IT', icon: 'wrench', color: '#555555', backstage: true }];
    journey.opportunities = [blankOpportunity({ touchpointId: journey.touchpoints[0].id, functionId: 'fn-it' })];
    const { user, current } = await renderPanel(<VocabularySection kind="function" />, { journey });
    expect(screen.getByText('Owns 1 opportunity')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove IT' }));
    expect(screen.getByTestId('vocabulary-remove-confirm')).toHaveTextContent(
      'Remove “IT”? 1 opportunity it owns will have no owner. Undo brings it all back.',
    );
    expect(current().opportunities[0].functionId).toBe('fn-it');
    await user.click(screen.getByRole('button', { name: 'Remove anyway' }));
    expect(current().opportunities[0].functionId).toBeNull();
  });

  it('removes a function no touchpoint uses without asking', async () => {
    const journey = seedJourney();
    journey.customFunctions = [{ id: 'fn-it', label: 'IT', icon: 'wrench', color: '#555555', backstage: true }];
    const { user, current } = await renderPanel(<VocabularySection kind="function" />, { journey });
    await user.click(screen.getByRole('button', { name: 'Remove IT' }));
    expect(screen.queryByTestId('vocabulary-remove-confirm')).not.toBeInTheDocument();
    expect(current().customFunctions).toEqual([]);
  });

  it('leaves the focus in the dialog after a removal: on the next entry’s name, or the title when none is left', async () => {
    const journey = seedJourney();
    journey.customChannels = [
      { id: 'ch-wa', label: 'WhatsApp', icon: 'messages', color: '#128c7e', backstage: false },
      { id: 'ch-tg', label: 'Telegram', icon: 'messages', color: '#0088cc', backstage: false },
    ];
    const { user, current } = await renderPanel(<VocabularySection kind="channel" />, { journey });
    await user.click(screen.getByRole('button', { name: 'Remove WhatsApp' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus());
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Telegram');

    await user.click(screen.getByRole('button', { name: 'Remove Telegram' }));
    expect(current().customChannels).toEqual([]);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Your own channels' })).toHaveFocus());
  });

  it('takes Escape in the question as “Keep it”, back on the remove button', async () => {
    const { user, current } = await renderPanel(<VocabularySection kind="channel" />, {
      journey: journeyUsingWhatsApp(),
    });
    await user.click(screen.getByRole('button', { name: 'Remove WhatsApp' }));
    expect(screen.getByTestId('vocabulary-remove-confirm')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('vocabulary-remove-confirm')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove WhatsApp' })).toHaveFocus();
    expect(current().customChannels).toHaveLength(1);
  });
});
