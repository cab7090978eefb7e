import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { preloadPagesFor } from '../app/pages';
import type { Services } from '../store/services';
import { emotionCurvePoints } from '../domain/emotionCurve';
import { meQuejo } from '../domain/templates/meQuejo';
import { meUno } from '../domain/templates/meUno';
import { meVoy } from '../domain/templates/meVoy';
import { en } from '../i18n/en';
import { closeTestServices } from '../test/testServices';
import { cardName, cardNames, cards, findCard, renderLibrary as render, seed } from '../test/libraryTestKit';

afterEach(closeTestServices);
// The journey pages' code is transformed once here, not inside the first test that opens one (a busy
// machine can take longer than a test's 5 s for that alone).
beforeAll(() => preloadPagesFor('/journey/any'), 60_000);

async function storedName(app: Services, id: string): Promise<string | undefined> {
  const loaded = await app.repository.load(id);
  return loaded?.ok ? loaded.journey.name : undefined;
}

const count = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

describe('LibraryPage', () => {
  it('shows the empty message when there are no journeys', async () => {
    await render();
    expect(await screen.findByText(en.library.empty)).toBeInTheDocument();
    expect(cards()).toHaveLength(0);
    expect(screen.getByRole('heading', { level: 2, name: '0 journeys' })).toBeInTheDocument();
  });

  it('creates a journey from a template, opens it, and lists it with its figures', async () => {
    const { user, app } = await render();
    await screen.findByText(en.library.empty);

    await user.click(screen.getByRole('button', { name: /^I join/ }));
    expect(await screen.findByRole('textbox', { name: en.editor.name })).toHaveValue('I join');

    await user.click(screen.getByRole('link', { name: en.editor.backToLibrary }));
    const card = await findCard('I join');
    expect(cards()).toHaveLength(1);

    const touchpoints = meUno.touchpoints.length;
    const painPoints = meUno.touchpoints.filter((t) => t.painPoint).length;
    const momentsOfTruth = meUno.touchpoints.filter((t) => t.momentOfTruth).length;
    expect(within(card).getByText(count(touchpoints, 'touchpoint', 'touchpoints'))).toBeInTheDocument();
    expect(within(card).getByText(count(painPoints, 'pain point', 'pain points'))).toBeInTheDocument();
    expect(within(card).getByText(count(momentsOfTruth, 'moment of truth', 'moments of truth'))).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '1 journey' })).toBeInTheDocument();

    const rows = await app.repository.list();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: card.getAttribute('data-journey-id'), name: 'I join', deletedAt: null });
    const loaded = await app.repository.load(rows[0].id);
    if (!loaded?.ok) throw new Error('Expected the journey to load');
    expect(rows[0].summary).toEqual({
      touchpointCount: touchpoints,
      painPointCount: painPoints,
      momentOfTruthCount: momentsOfTruth,
      stageCount: meUno.stages.length,
      curve: emotionCurvePoints(loaded.journey).map((p) => p.emotion),
      openOpportunityCount: 0,
      state: 'as-is',
      asIsId: null,
    });
  });

  it('"New journey" creates an untitled journey and opens it', async () => {
    const { user, app } = await render();
    await screen.findByText(en.library.empty);

    await user.click(screen.getByRole('button', { name: en.library.newJourney }));
    expect(await screen.findByRole('textbox', { name: en.editor.name })).toHaveValue(en.library.untitled);

    const [row] = await app.repository.list();
    const loaded = await app.repository.load(row.id);
    expect(loaded?.ok && loaded.journey).toMatchObject({
      name: en.library.untitled,
      touchpoints: [],
      stages: en.editor.defaultStages.split('|').map((name) => expect.objectContaining({ name })),
    });
  });

  describe('renaming from the card', () => {
    it('saves a new name on Enter', async () => {
      const { user, app } = await render();
      const [id] = await seed(app, 'Onboarding');
      const card = await findCard('Onboarding');

      await user.click(within(card).getByRole('button', { name: en.card.rename }));
      const input = within(card).getByRole('textbox', { name: 'New name for Onboarding' });
      expect(input).toHaveFocus();
      expect(input).toHaveValue('Onboarding');
      await user.clear(input);
      await user.type(input, '  Welcome   aboard {Enter}');

      await findCard('Welcome aboard');
      expect(within(card).queryByRole('textbox')).not.toBeInTheDocument();
      expect(cardNames()).toEqual(['Welcome aboard']);
      await waitFor(async () => expect(await storedName(app, id)).toBe('Welcome aboard'));
    });

    it('refuses a blank name with an alert and changes nothing', async () => {
      const { user, app } = await render();
      const [id] = await seed(app, 'Onboarding');
      const card = await findCard('Onboarding');
      const before = (await app.repository.list())[0];

      await user.click(within(card).getByRole('button', { name: en.card.rename }));
      const input = within(card).getByRole('textbox', { name: 'New name for Onboarding' });
      await user.clear(input);
      await user.type(input, '   {Enter}');

      expect(await within(card).findByRole('alert')).toHaveTextContent(en.names.empty);
      expect(input).toBeInTheDocument();
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(input).toHaveAccessibleDescription(en.names.empty);
      expect(await storedName(app, id)).toBe('Onboarding');
      expect((await app.repository.list())[0]).toEqual(before);

      await user.keyboard('{Escape}');
      expect(within(card).queryByRole('textbox')).not.toBeInTheDocument();
      expect(within(card).queryByRole('alert')).not.toBeInTheDocument();
      expect(cardName(card)).toBe('Onboarding');
    });

    it('cancels with Escape', async () => {
      const { user, app } = await render();
      const [id] = await seed(app, 'Onboarding');
      const card = await findCard('Onboarding');

      await user.click(within(card).getByRole('button', { name: en.card.rename }));
      const input = within(card).getByRole('textbox', { name: 'New name for Onboarding' });
      await user.clear(input);
      await user.type(input, 'Something else');
      await user.keyboard('{Escape}');

      expect(within(card).queryByRole('textbox')).not.toBeInTheDocument();
      expect(cardNames()).toEqual(['Onboarding']);
      expect(await storedName(app, id)).toBe('Onboarding');
    });
  });

  it('duplicates a journey as "<name> (copy)"', async () => {
    const { user, app } = await render();
    const [id] = await seed(app, 'Onboarding');
    const card = await findCard('Onboarding');

    await user.click(within(card).getByRole('button', { name: en.card.duplicate }));

    const copy = await findCard('Onboarding (copy)');
    expect(cards()).toHaveLength(2);
    const copyId = copy.getAttribute('data-journey-id');
    expect(copyId).not.toBe(id);
    expect(await storedName(app, copyId!)).toBe('Onboarding (copy)');
    expect(await storedName(app, id)).toBe('Onboarding');
  });

  describe('trash', () => {
    it('moves a journey to the trash, and Undo in the toast brings it back', async () => {
      const { user, app } = await render();
      const [id] = await seed(app, 'Onboarding');

      await user.click(within(await findCard('Onboarding')).getByRole('button', { name: en.card.delete }));
      await waitFor(() => expect(cards()).toHaveLength(0));
      expect(screen.getByText(en.library.empty)).toBeInTheDocument();
      expect(screen.getByTestId('trash')).toHaveTextContent('Trash (1)');
      expect((await app.repository.list())[0].deletedAt).not.toBeNull();

      const toast = await screen.findByText('“Onboarding” moved to trash.');
      await user.click(within(toast).getByRole('button', { name: en.trash.undo }));

      await findCard('Onboarding');
      expect(screen.queryByText('“Onboarding” moved to trash.')).not.toBeInTheDocument();
      expect(screen.getByTestId('trash')).toHaveTextContent(en.library.trash);
      await waitFor(async () => expect((await app.repository.list())[0]).toMatchObject({ id, deletedAt: null }));
    });

    it('lists trashed journeys in the Trash page, where Restore brings them back', async () => {
      const { user, app } = await render();
      const [id] = await seed(app, 'Onboarding', 'Billing');

      await user.click(within(await findCard('Onboarding')).getByRole('button', { name: en.card.delete }));
      await waitFor(() => expect(cardNames()).toEqual(['Billing']));

      await user.click(screen.getByTestId('trash'));
      expect(await screen.findByRole('heading', { level: 1, name: en.trash.title })).toBeInTheDocument();
      const trashed = await screen.findAllByTestId('trashed-journey');
      expect(trashed).toHaveLength(1);
      expect(trashed[0]).toHaveAttribute('data-journey-id', id);
      expect(trashed[0]).toHaveTextContent('Onboarding');

      await user.click(within(trashed[0]).getByRole('button', { name: 'Restore Onboarding' }));
      expect(await screen.findByText(en.trash.empty)).toBeInTheDocument();
      expect(screen.queryAllByTestId('trashed-journey')).toHaveLength(0);

      await user.click(screen.getByRole('link', { name: en.trash.back }));
      await findCard('Onboarding');
      expect(cardNames()).toHaveLength(2);
      expect((await app.repository.list()).every((r) => r.deletedAt === null)).toBe(true);
    });

    it('empties the trash only after confirmation', async () => {
      const { user, app } = await render();
      const [trashedId, keptId] = await seed(app, 'Onboarding', 'Billing');

      await user.click(within(await findCard('Onboarding')).getByRole('button', { name: en.card.delete }));
      await waitFor(() => expect(cardNames()).toEqual(['Billing']));
      await user.click(screen.getByTestId('trash'));
      await screen.findByTestId('trashed-journey');

      // Cancelling keeps everything.
      await user.click(screen.getByRole('button', { name: en.trash.emptyTrash }));
      let dialog = await screen.findByRole('dialog', { name: en.trash.confirmTitle });
      expect(dialog).toHaveAccessibleDescription('1 journey will be deleted for good. This cannot be undone.');
      await user.click(within(dialog).getByRole('button', { name: en.card.cancel }));
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(screen.getAllByTestId('trashed-journey')).toHaveLength(1);
      expect((await app.repository.list()).map((r) => r.id)).toContain(trashedId);

      // Confirming deletes the trashed journey for good, and only it.
      await user.click(screen.getByRole('button', { name: en.trash.emptyTrash }));
      dialog = await screen.findByRole('dialog', { name: en.trash.confirmTitle });
      await user.click(within(dialog).getByRole('button', { name: en.trash.confirm }));

      expect(await screen.findByText(en.trash.empty)).toBeInTheDocument();
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: en.trash.emptyTrash })).toBeDisabled();
      const rows = await app.repository.list();
      expect(rows.map((r) => r.id)).toEqual([keptId]);
      expect(await app.repository.load(trashedId)).toBeUndefined();
    });
  });

  it('filters cards by name, ignoring case and accents, and says when nothing matches', async () => {
    const { user, app } = await render();
    await seed(app, 'Onboarding', 'Billing complaint', 'Quick ONBOARD check', 'Reclamo de facturación');
    await findCard('Onboarding');
    expect(cards()).toHaveLength(4);

    const search = screen.getByRole('searchbox', { name: en.library.search });
    await user.type(search, 'FACTURACION');
    await waitFor(() => expect(cardNames()).toEqual(['Reclamo de facturación']));
    await user.clear(search);

    await user.type(search, 'onBoard');
    await waitFor(() => expect(cardNames().sort()).toEqual(['Onboarding', 'Quick ONBOARD check']));

    await user.clear(search);
    await user.type(search, 'zzz');
    expect(await screen.findByText('No journey matches “zzz”.')).toBeInTheDocument();
    expect(cards()).toHaveLength(0);
    expect(screen.queryByText(en.library.empty)).not.toBeInTheDocument();

    await user.clear(search);
    await waitFor(() => expect(cards()).toHaveLength(4));
    expect(screen.queryByText(/No journey matches/)).not.toBeInTheDocument();
  });

  it('speaks Spanish: template names, and a journey from "Me uno" gets Spanish stages', async () => {
    const { user, app } = await render('/', 'es');

    for (const template of [meUno, meQuejo, meVoy]) {
      const button = screen.getByTestId(`template-${template.id}`);
      expect(button).toHaveTextContent(template.name.es);
      expect(screen.getByRole('button', { name: new RegExp(`^${template.name.es}`) })).toBe(button);
    }
    expect(meUno.name.es).toBe('Me uno');
    expect(meQuejo.name.es).toBe('Me quejo');
    expect(meVoy.name.es).toBe('Me voy');

    await user.click(screen.getByRole('button', { name: /^Me uno/ }));
    expect(await screen.findByRole('textbox', { name: 'Nombre del recorrido' })).toHaveValue('Me uno');

    const [row] = await app.repository.list();
    const loaded = await app.repository.load(row.id);
    expect(loaded?.ok).toBe(true);
    if (!loaded?.ok) return;
    expect(loaded.journey.stages.map((s) => s.name)).toEqual(meUno.stages.map((s) => s.es));
    expect(loaded.journey.touchpoints.map((t) => t.title)).toEqual(meUno.touchpoints.map((t) => t.title.es));

    const firstHeader = (await screen.findAllByTestId('stage-header'))[0];
    expect(firstHeader).toHaveTextContent(meUno.stages[0].es);
  });
  it('names each journey a restored backup could not read and what it repaired in the others', async () => {
    const { user, app } = await render();
    await screen.findByText(en.library.empty);
    await seed(app, 'Me quejo');
    const backup = JSON.parse(await (await app.library.getState().backup()).text());
    backup.journeys[0].file.journey.id = 'another';
    backup.journeys[0].file.journey.touchpoints = [
      { id: 't', stageId: backup.journeys[0].file.journey.stages[0].id, title: 'Llamo', emotion: 9 },
    ];
    backup.journeys.push({
      file: { format: 'recorrido.journey', version: 1, journey: { name: 'Me voy', touchpoints: 'x' } },
      trashedAt: null,
    });
    const file = new File([JSON.stringify(backup)], 'backup.json', { type: 'application/json' });
    await user.upload(screen.getByTestId('restore-backup-input'), file);

    expect(await screen.findByTestId('backup-done')).toHaveTextContent('1 journey back');
    const list = within(screen.getByTestId('import-warnings'));
    expect(list.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Journey 2 of the backup, “Me voy”, could not be read: The journey is damaged at “journey.touchpoints”.',
      '“Me quejo” — Touchpoint 1, “Emotion”: the value 9 was not valid and was replaced by the default.',
    ]);
  });

  it('says so when a backup cannot be made, rather than doing nothing', async () => {
    const { user, app } = await render();
    await screen.findByText(en.library.empty);
    await seed(app, 'Me quejo');
    // As offline before the app was cached: the code that writes a backup cannot be fetched.
    app.library.setState({
      backup: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/restore.js')),
    });
    await user.click(await screen.findByTestId('backup-all'));
    expect(await screen.findByTestId('backup-error')).toHaveTextContent(
      'This part of the app could not be loaded (Failed to fetch dynamically imported module: /assets/restore.js). Check the connection and try again.',
    );
  });
});
