import { createEmptyJourney } from '../domain/factory';
import { openDatabase } from '../storage/database';
import { JourneyRepository } from '../storage/journeyRepository';
import { writePendingEdits } from '../storage/pendingEdits';
import { createAppServices } from './services';

let n = 0;

describe('createAppServices: the library before the rest of the services', () => {
  afterEach(() => localStorage.clear());

  it('lists the stored journeys without loading the rest, and loads it for the first change', async () => {
    const name = `app-services-${++n}`;
    const stored = new JourneyRepository(openDatabase(name));
    await stored.create(createEmptyJourney('Me uno', ['Uno']));
    stored.db.close();

    const app = createAppServices(name);
    await app.library.getState().refresh();
    expect(app.library.getState().rows.map((r) => r.name)).toEqual(['Me uno']);
    expect(app.current()).toBeUndefined();

    await app.library.getState().add(createEmptyJourney('Me voy', ['Uno']));
    const services = app.current();
    expect(services?.library).toBe(app.library);
    expect(
      app.library
        .getState()
        .rows.map((r) => r.name)
        .sort(),
    ).toEqual(['Me uno', 'Me voy']);
    services?.autosave.stop();
    services?.autoSnapshots.stop();
    await services?.repository.db.delete();
  });

  it('merges edits a reload cut short before listing, through the repository', async () => {
    const name = `app-services-${++n}`;
    writePendingEdits('some-journey', new Uint8Array([0]));
    const app = createAppServices(name);
    await app.library.getState().refresh();
    expect(app.library.getState().status).toBe('ready');
    const services = app.current();
    expect(services).toBeDefined();
    services?.autosave.stop();
    services?.autoSnapshots.stop();
    await services?.repository.db.delete();
  });
});
