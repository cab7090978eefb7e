import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { writeJourney, Y } from '../doc';
import { ServicesContext, type Services } from '../store/services';
import { newTouchpoint } from '../domain/commands/touchpointCommands';
import { createEmptyJourney } from '../domain/factory';
import type { Journey } from '../domain/journey';
import type { Locale } from '../domain/locale';
import { closeTestServices, createTestServices } from './testServices';
import { initI18n } from '../i18n/i18n';

/** A journey with two stages and three blank touchpoints: two in the first stage, one in the second. */
export function seedJourney(): Journey {
  const journey = createEmptyJourney('Me uno', ['Me informo', 'Solicito información']);
  const [first, second] = journey.stages;
  journey.touchpoints = [
    newTouchpoint(journey, { x: 20, y: 100 }, { title: 'Ve un anuncio', stageId: first.id }),
    newTouchpoint(journey, { x: 20, y: 260 }, { title: 'Busca en la web', stageId: first.id, functionId: 'sales' }),
    newTouchpoint(journey, { x: 400, y: 100 }, { title: 'Llama', stageId: second.id }),
  ];
  return journey;
}

/**
 * Renders a panel on its own over fresh services, with `journey` stored and open in the editor store and
 * `select` selected. Call `closePanels()` after each test.
 */
export async function renderPanel(
  ui: ReactNode,
  {
    journey = seedJourney(),
    locale = 'en',
    select = [],
  }: { journey?: Journey; locale?: Locale; select?: string[] } = {},
) {
  await initI18n(locale);
  const services = createTestServices('recorrido-panels');
  await services.repository.create(journey);
  await services.editor.getState().open(journey.id);
  services.editor.getState().select({ touchpoints: select });
  const user = userEvent.setup();
  const view = render(<ServicesContext.Provider value={services}>{ui}</ServicesContext.Provider>);
  /** The open journey as the store holds it now. */
  const current = () => services.editor.getState().journey!;
  return { ...view, services, user, journey, current };
}

/** Unmounts panels and deletes the databases they used. */
export const closePanels = closeTestServices;

/** Stands for the sync server's provider as the origin of a change someone else made (not a string ORIGIN). */
export const FROM_SOMEONE_ELSE = { provider: 'test' };

/**
 * A change made elsewhere to the open journey: `change` applied to a copy of its document, and what the copy
 * gained received as another tab's (the tab relay), or applied with `origin` (FROM_SOMEONE_ELSE: another
 * person's, through the sync server).
 */
export function arrivesFromElsewhere(services: Services, change: (journey: Journey) => Journey, origin?: object): void {
  const { doc, journey } = services.editor.getState();
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc!));
  writeJourney(other, journey!, change(journey!));
  const update = Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc!));
  act(() => (origin ? Y.applyUpdate(doc!, update, origin) : services.editor.getState().receive(journey!.id, update)));
}
