import type { RecorridoDatabase, ShareRow } from './database';

/** Which journeys are shared, and how this browser reaches their rooms. */
export class ShareRepository {
  constructor(readonly db: RecorridoDatabase) {}

  /** How the journey is shared from this browser, or undefined when it is local only. */
  get(journeyId: string): Promise<ShareRow | undefined> {
    return this.db.shares.get(journeyId);
  }

  /** The journey this browser keeps for a room, if it joined or shared it before. */
  async byRoom(room: string): Promise<ShareRow | undefined> {
    return this.db.shares.where('room').equals(room).first();
  }

  /** Stores (or replaces) how a journey is shared. */
  async put(row: ShareRow): Promise<void> {
    await this.db.shares.put(row);
  }

  /** Forgets that a journey is shared; the journey itself stays. */
  async remove(journeyId: string): Promise<void> {
    await this.db.shares.delete(journeyId);
  }
}
