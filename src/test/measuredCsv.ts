import type { Journey } from '../domain/journey';
import { readTable } from '../domain/table/readTable';
import { journeyFromTable } from '../domain/table/tableJourney';

/**
 * The measured journey of the KPI user test, as its CSV: four touchpoints over two stages, an unnamed main
 * persona and Ana, who has no emotion for T3 (a moment of truth and a pain point); contacts a month known
 * for T1 and T2 only.
 */
export const MEASURED_CSV = [
  'Stage,Touchpoint,Channel,Owner,Emotion,NPS,CSAT,CES,FCR,Contacts a month,Cost per contact (EUR),Pain point,Moment of truth,Delivered,Emotion of Ana',
  'Discover,T1 Web visit,Web,Marketing,2,50,80,2,90,1000,1.00,no,no,,1',
  'Discover,T2 Call,Call centre,Customer care,-2,-20,40,6,50,3000,5.00,yes,no,,-1',
  'Buy,T3 App order,App,Sales,0,10,60,4,70,,2.50,yes,yes,,',
  'Buy,T4 Web confirm,Web,Marketing,1,,,,,,,no,yes,-1,2',
].join('\n');

/** A journey imported from a CSV as the library's import reads it (guessed columns, English numbers). */
export function importCsv(text: string, name = 'Measured'): Journey {
  const table = readTable({ text });
  if (!table.ok) throw new Error(`refused: ${table.refusal.code}`);
  const result = journeyFromTable(table.rows, table.guess.mapping, { name, numberLocale: 'en' });
  if (!result.ok) throw new Error(`refused: ${result.refusal.code}`);
  return result.journey;
}
