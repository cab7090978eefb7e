import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyJourney } from '../domain/factory';
import { initI18n } from '../i18n/i18n';
import { ServicesContext } from '../store/services';
import { closeTestServices, createTestServices } from '../test/testServices';
import { aTouchpoint } from '../test/touchpoint';
import { StageDeleteDialog } from './StageDeleteDialog';

afterEach(closeTestServices);

/** The dialog for the stage at `index` of a journey whose stages hold `counts` touchpoints each. */
async function renderDialog(locale: 'en' | 'es', counts: number[], index: number) {
  await initI18n(locale);
  const services = createTestServices('stage-delete-dialog-test');
  const journey = createEmptyJourney('Me quejo', ['Detecto', 'Reclamo', 'Espero'].slice(0, counts.length));
  journey.touchpoints = counts.flatMap((count, s) =>
    Array.from({ length: count }, (_, i) => aTouchpoint({ id: `t${s}-${i}`, stageId: journey.stages[s].id })),
  );
  await services.library.getState().add(journey);
  await services.editor.getState().open(journey.id);
  render(
    <ServicesContext.Provider value={services}>
      <StageDeleteDialog stageId={journey.stages[index].id} onClose={() => {}} onDelete={() => {}} />
    </ServicesContext.Provider>,
  );
  return screen.getByTestId('stage-delete-dialog');
}

describe('the dialog before deleting a stage', () => {
  it('names the stage that receives the touchpoints: the one before', async () => {
    const dialog = await renderDialog('en', [1, 1, 2], 2);
    expect(dialog).toHaveTextContent('It holds 2 touchpoints. Move them to “Reclamo”, or delete them too?');
    expect(screen.getByTestId('stage-delete-move')).toHaveTextContent('Move to “Reclamo”');
    expect(screen.getByTestId('stage-delete-all')).toHaveTextContent('Delete with its touchpoints');
  });

  it('names the one after for the first stage, in Spanish too', async () => {
    const dialog = await renderDialog('es', [1, 0], 0);
    expect(dialog).toHaveTextContent('Tiene 1 punto de contacto. ¿Lo mueves a «Reclamo» o lo borras también?');
    expect(screen.getByTestId('stage-delete-all')).toHaveTextContent('Borrar con su punto de contacto');
  });

  it('calls an unnamed or blank-named stage “Unnamed stage”, in its title and as the one that takes the cards', async () => {
    await initI18n('en');
    const services = createTestServices('stage-delete-dialog-test');
    const journey = createEmptyJourney('Me quejo', ['Detecto', 'Reclamo']);
    journey.stages[0].name = '   ';
    journey.stages[1].name = '';
    journey.touchpoints = [aTouchpoint({ id: 't', stageId: journey.stages[1].id })];
    await services.library.getState().add(journey);
    await services.editor.getState().open(journey.id);
    render(
      <ServicesContext.Provider value={services}>
        <StageDeleteDialog stageId={journey.stages[1].id} onClose={() => {}} onDelete={() => {}} />
      </ServicesContext.Provider>,
    );
    const dialog = screen.getByTestId('stage-delete-dialog');
    expect(dialog).toHaveTextContent('Delete the stage “Unnamed stage”?');
    expect(screen.getByTestId('stage-delete-move')).toHaveTextContent('Move to “Unnamed stage”');
  });

  it('offers no move and no delete for the only stage, and says why', async () => {
    const dialog = await renderDialog('en', [3], 0);
    expect(dialog).toHaveTextContent('It is the only stage and holds 3 touchpoints.');
    expect(screen.queryByTestId('stage-delete-move')).not.toBeInTheDocument();
    expect(screen.queryByTestId('stage-delete-all')).not.toBeInTheDocument();
  });
});
