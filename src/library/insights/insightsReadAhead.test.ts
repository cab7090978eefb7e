import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmptyJourney } from '../../domain/factory';
import { openDatabase, type RecorridoDatabase } from '../../storage/database';
import { JourneyRepository } from '../../storage/journeyRepository';
import { readInsightsAhead, takeInsightsRead } from './insightsReadAhead';

let db: RecorridoDatabase;
let repository: JourneyRepository;

beforeEach(() => {
  db = openDatabase('insights-read-ahead-test');
  repository = new JourneyRepository(db);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

const names = async (read: ReturnType<typeof takeInsightsRead>) => (await read).journeys.map((j) => j.name).sort();

describe('reading the insights ahead of their page', () => {
  it('gives the page the read started by the click, once: the next visit reads the library anew', async () => {
    await repository.create(createEmptyJourney('Me uno', ['A']));
    readInsightsAhead(repository);
    await repository.create(createEmptyJourney('Me quejo', ['A']));

    // The read began before the second journey was stored: the page shows what the click read.
    expect(await names(takeInsightsRead(repository))).toEqual(['Me uno']);
    expect(await names(takeInsightsRead(repository))).toEqual(['Me quejo', 'Me uno']);
  });

  it('is not used for another database', async () => {
    const other = new JourneyRepository(openDatabase('insights-read-ahead-other'));
    try {
      await other.create(createEmptyJourney('Otra', ['A']));
      await repository.create(createEmptyJourney('Me voy', ['A']));
      readInsightsAhead(other);
      expect(await names(takeInsightsRead(repository))).toEqual(['Me voy']);
    } finally {
      other.db.close();
      await other.db.delete();
    }
  });
});
