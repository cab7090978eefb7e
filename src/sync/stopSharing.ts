import type { ShareRepository } from '../storage/shareRepository';
import { deleteRoom, RoomApiError } from './roomApi';

/**
 * Stops sharing, on their servers, the journeys among `journeyIds` that this browser shared (it holds their
 * room's manage key), before they are deleted for good: a room left behind would keep the journey on the
 * server, with its links working, and nobody could stop it once the key went with the journey. A room the
 * server no longer knows counts as stopped; journeys joined by a link (no manage key) are left alone, the
 * room is their sharer's. Resolves with the ids whose room could not be stopped (server unreachable or
 * refusing), which must not be deleted yet.
 */
export async function stopSharingBeforeDelete(
  shares: ShareRepository,
  journeyIds: readonly string[],
): Promise<string[]> {
  const failed: string[] = [];
  for (const id of journeyIds) {
    const share = await shares.get(id);
    if (!share?.keys.manage) continue;
    try {
      await deleteRoom(share.server, share.room, share.keys.manage);
    } catch (error) {
      if (!(error instanceof RoomApiError && error.code === 'unknown-room')) failed.push(id);
    }
  }
  return failed;
}

/** The ids among `journeyIds` whose room this browser shared (it could stop it). */
export async function sharedByThisBrowser(shares: ShareRepository, journeyIds: readonly string[]): Promise<string[]> {
  const rows = await Promise.all(journeyIds.map((id) => shares.get(id)));
  return journeyIds.filter((_, index) => !!rows[index]?.keys.manage);
}
