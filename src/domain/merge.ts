import { repairIntegrity } from './integrity';
import type { Journey } from './journey';

type Collection = 'stages' | 'touchpoints' | 'connections' | 'customChannels' | 'customFunctions';
const COLLECTIONS: readonly Collection[] = [
  'stages',
  'touchpoints',
  'connections',
  'customChannels',
  'customFunctions',
];
const FIELDS = ['name', 'description', 'persona'] as const;

function mergeList<T extends { id: string }>(base: readonly T[], local: readonly T[], remote: readonly T[]): T[] {
  const baseById = new Map(base.map((item) => [item.id, item]));
  const localById = new Map(local.map((item) => [item.id, item]));
  const result = new Map(remote.map((item) => [item.id, item]));
  for (const [id, item] of localById) {
    // Unchanged objects keep their identity in the editor (immer), so !== means "edited here".
    if (baseById.get(id) !== item) result.set(id, item);
  }
  for (const id of baseById.keys()) if (!localById.has(id)) result.delete(id);
  // Keep the remote order, with items added here at the end; a reorder made here wins.
  const reordered = local.map((i) => i.id).join() !== base.map((i) => i.id).join();
  const order = reordered ? [...local.map((i) => i.id), ...remote.map((i) => i.id)] : [...result.keys()];
  return [...new Set(order)].filter((id) => result.has(id)).map((id) => result.get(id)!);
}

/**
 * Three-way merge of a journey edited here (`local`, from `base`) with the version another tab saved
 * (`remote`): element by element (by id), what this tab changed wins, everything else comes from the
 * other tab, so neither side's edits are lost. References are repaired afterwards.
 */
export function mergeJourneys(base: Journey, local: Journey, remote: Journey): Journey {
  const merged: Journey = { ...remote };
  for (const field of FIELDS) if (local[field] !== base[field]) merged[field] = local[field];
  for (const collection of COLLECTIONS) {
    const list = (j: Journey) => j[collection] as readonly { id: string }[];
    (merged[collection] as { id: string }[]) = mergeList(list(base), list(local), list(remote));
  }
  merged.updatedAt = local.updatedAt > remote.updatedAt ? local.updatedAt : remote.updatedAt;
  return repairIntegrity(merged).journey;
}
