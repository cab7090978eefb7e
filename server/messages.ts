import * as decoding from 'lib0/decoding';

/** Hocuspocus' outer message types (the number after the document name). */
export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
  SyncReply: 4,
  Stateless: 5,
  BroadcastStateless: 6,
  Close: 7,
  SyncStatus: 8,
} as const;

/** y-protocols' sync step types inside a Sync message. */
export const SyncType = { Step1: 0, Step2: 1, Update: 2 } as const;

export interface MessageHeader {
  documentName: string;
  type: number;
  /** Where the type sits in the message (one byte: every type is under 128). */
  typeOffset: number;
  /** For Sync and SyncReply messages: the sync step. */
  syncType?: number;
  /** For sync steps 2 and updates: the length of the Yjs update carried. */
  updateLength?: number;
  /** And where in the message it starts. */
  updateStart?: number;
}

/** The document name a Hocuspocus message starts with, or null when it has none (never throws). */
export function readDocumentName(data: Uint8Array): string | null {
  try {
    return decoding.readVarString(decoding.createDecoder(data));
  } catch {
    return null;
  }
}

/** The head of a Hocuspocus message, or null when the bytes are not one (never throws). */
export function readHeader(data: Uint8Array): MessageHeader | null {
  try {
    const decoder = decoding.createDecoder(data);
    const documentName = decoding.readVarString(decoder);
    const typeOffset = decoder.pos;
    const type = decoding.readVarUint(decoder);
    if (type !== MessageType.Sync && type !== MessageType.SyncReply) return { documentName, type, typeOffset };
    const syncType = decoding.readVarUint(decoder);
    if (syncType !== SyncType.Step2 && syncType !== SyncType.Update)
      return { documentName, type, typeOffset, syncType };
    const updateLength = decoding.readVarUint(decoder);
    // A length beyond the bytes present is a broken message, not a big one.
    if (updateLength > data.length - decoder.pos) return null;
    return { documentName, type, typeOffset, syncType, updateLength, updateStart: decoder.pos };
  } catch {
    return null;
  }
}

/** The Yjs update a sync message carries (a view into its bytes), or null when it carries none. */
export function updateOf(data: Uint8Array, header: MessageHeader): Uint8Array | null {
  if (header.updateLength === undefined || header.updateStart === undefined) return null;
  return data.subarray(header.updateStart, header.updateStart + header.updateLength);
}

/** Whether a message would change the document if applied. */
export function isWrite(header: MessageHeader): boolean {
  return header.updateLength !== undefined;
}

/**
 * Turns a sync message that the guard has already handled into an empty stateless message, in place, so
 * that Hocuspocus, which reads the same bytes after the guard, does nothing more with it (no hook of ours
 * handles stateless messages). Hocuspocus 3.4.4 decodes the very buffer its beforeHandleMessage hook is
 * given; if a later version copied it, the connection's read-only flag would still keep the write out.
 */
export function neutralize(data: Uint8Array, header: MessageHeader): void {
  data[header.typeOffset] = MessageType.Stateless;
  // The sync type's byte becomes the stateless text's length: zero, an empty text.
  data[header.typeOffset + 1] = 0;
}

/**
 * Whether an awareness message would change presence: some client's clock in it is newer than the one
 * `known` has. A provider echoing other clients' states back (as Hocuspocus' provider does on every
 * presence change it hears) changes nothing. Undecodable messages count as changes.
 */
export function changesPresence(
  data: Uint8Array,
  header: MessageHeader,
  known: (clientId: number) => number | undefined,
): boolean {
  try {
    const decoder = decoding.createDecoder(data);
    decoder.pos = header.typeOffset + 1;
    const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
    const count = decoding.readVarUint(update);
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(update);
      const clock = decoding.readVarUint(update);
      decoding.readVarString(update);
      if (clock > (known(clientId) ?? -1)) return true;
    }
    return false;
  } catch {
    return true;
  }
}
