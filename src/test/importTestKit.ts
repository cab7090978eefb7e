import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { journeyOrder } from '../domain/emotionCurve';
import type { Journey } from '../domain/journey';
import { en } from '../i18n/en';
import type { Services } from '../store/services';

/** A file as a user would choose it; `bytes` for binary content. */
export function fileOf(name: string, content: string | Uint8Array, type = ''): File {
  return new File([content as BlobPart], name, { type });
}

/** Chooses a file in the library's import control (found by its label, as a user finds it). */
export async function chooseFile(user: UserEvent, file: File): Promise<void> {
  await user.upload(screen.getByLabelText(en.import.button), file);
}

/** Everything the library stores (rows and documents): what a refused import must leave as it was. */
export async function storedState(app: Services) {
  return {
    rows: await app.repository.db.journeys.toArray(),
    docs: await app.repository.db.documents.toArray(),
  };
}

/** The journeys stored, loaded, in the order the library lists them. */
export async function storedJourneys(app: Services): Promise<Journey[]> {
  const journeys: Journey[] = [];
  for (const row of await app.repository.list()) {
    const loaded = await app.repository.load(row.id);
    if (loaded?.ok) journeys.push(loaded.journey);
  }
  return journeys;
}

/** The one stored journey, once there is one. */
export async function onlyStoredJourney(app: Services): Promise<Journey> {
  return waitFor(async () => {
    const journeys = await storedJourneys(app);
    if (journeys.length !== 1) throw new Error(`Expected one stored journey, found ${journeys.length}`);
    return journeys[0];
  });
}

/** A journey's content in journey order, in the terms an import is checked by. */
export function journeyOutline(journey: Journey) {
  const stageName = new Map(journey.stages.map((s) => [s.id, s.name]));
  return {
    stages: journey.stages.map((s) => s.name),
    touchpoints: journeyOrder(journey).map((t) => ({
      stage: stageName.get(t.stageId),
      title: t.title,
      emotion: t.emotion,
    })),
  };
}
