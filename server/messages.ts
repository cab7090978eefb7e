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
  /** For Sync and SyncReply messages: the sync step. */
  syncType?: number;
  /** For sync steps 2 and updates: the length of the Yjs update carried. */
  updateLength?: number;
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
    const type = decoding.readVarUint(decoder);
    if (type !== MessageType.Sync && type !== MessageType.SyncReply) return { documentName, type };
    const syncType = decoding.readVarUint(decoder);
    if (syncType !== SyncType.Step2 && syncType !== SyncType.Update) return { documentName, type, syncType };
    const updateLength = decoding.readVarUint(decoder);
    // A length beyond the bytes present is a broken message, not a big one.
    if (updateLength > data.length - decoder.pos) return null;
    return { documentName, type, syncType, updateLength };
  } catch {
    return null;
  }
}

/** Whether a message would change the document if applied. */
export function isWrite(header: MessageHeader): boolean {
  return header.updateLength !== undefined;
}
