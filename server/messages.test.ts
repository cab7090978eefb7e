import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MessageType, readDocumentName, readHeader } from './messages.ts';
import { DocumentSizes } from './sizes.ts';

function syncUpdate(name: string, update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, name);
  encoding.writeVarUint(encoder, MessageType.Sync);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

describe('message headers', () => {
  it('reads the document, the type and the size of the update carried', () => {
    const update = Y.encodeStateAsUpdate(new Y.Doc());
    expect(readHeader(syncUpdate('room', update))).toEqual({
      documentName: 'room',
      type: MessageType.Sync,
      typeOffset: 'room'.length + 1,
      syncType: 2,
      updateLength: update.length,
      updateStart: 'room'.length + 4,
    });
    expect(readDocumentName(syncUpdate('room', update))).toBe('room');
  });

  it('returns null for bytes that are not a message, or promise more than they hold', () => {
    expect(readHeader(new Uint8Array())).toBeNull();
    expect(readHeader(Uint8Array.of(200, 1))).toBeNull();
    const whole = syncUpdate('room', new Uint8Array(50));
    expect(readHeader(whole.subarray(0, whole.length - 1))).toBeNull();
    expect(readDocumentName(Uint8Array.of(5, 0xff, 0xfe, 0xfd, 0xfc, 0xfb))).toBeNull();
  });
});

describe('document sizes', () => {
  it('estimates from applied updates and measures only near the limit', () => {
    const doc = new Y.Doc();
    const sizes = new DocumentSizes(1000);
    sizes.set('d', 0);
    expect(sizes.fits('d', doc, 900)).toBe(true);
    sizes.add('d', 900);
    // The estimate says no, but the document is really empty: it is measured and fits.
    expect(sizes.fits('d', doc, 500)).toBe(true);
    doc.getText('t').insert(0, 'x'.repeat(800));
    sizes.add('d', 800);
    expect(sizes.fits('d', doc, 500)).toBe(false);
    expect(sizes.fits('d', doc, 1001)).toBe(false);
  });
});
