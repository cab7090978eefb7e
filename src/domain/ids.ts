/** A new random id, unique enough for documents that never meet a server. */
export function createId(): string {
  return crypto.randomUUID();
}
