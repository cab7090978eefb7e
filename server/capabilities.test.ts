import { describe, expect, it } from 'vitest';
import {
  ACCESS,
  CAPABILITIES,
  engineApplies,
  hashKey,
  parseDocumentName,
  parseToken,
  sameHash,
} from './capabilities.ts';

const KEY = 'k'.repeat(43);
const ROOM = 'r'.repeat(22);

describe('tokens, document names and key hashes', () => {
  it('reads a v1 token and refuses anything else without echoing it', () => {
    expect(parseToken(`v1.edit.${KEY}`)).toEqual({ capability: 'edit', key: KEY });
    expect(parseToken(`v1.view.${KEY}`)).toEqual({ capability: 'view', key: KEY });
    expect(parseToken(`v1.contribute.${KEY}`)).toEqual({ capability: 'contribute', key: KEY });
    expect(parseToken('')).toEqual({ error: 'missing-token' });
    expect(parseToken(undefined)).toEqual({ error: 'missing-token' });
    for (const bad of [`v1.edit.${KEY}.x`, `v1.owner.${KEY}`, `v1.edit.${KEY}x`, `v1.edit.${KEY.slice(1)}!`, KEY]) {
      expect(parseToken(bad)).toEqual({ error: 'malformed-token' });
    }
  });

  it('names the journey by the room id alone and refuses other names', () => {
    expect(parseDocumentName(ROOM)).toEqual({ roomId: ROOM, part: 'journey' });
    expect(parseDocumentName(`${ROOM}/contributions`)).toEqual({ roomId: ROOM, part: 'contributions' });
    for (const bad of ['', `${ROOM}/journey`, `${ROOM}/`, `${ROOM}/contributions/x`, `${ROOM}x`, `a/${ROOM}`]) {
      expect(parseDocumentName(bad)).toBeNull();
    }
  });

  it('hashes keys with SHA-256 and compares hashes', () => {
    expect(hashKey('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sameHash(hashKey(KEY), hashKey(KEY))).toBe(true);
    expect(sameHash(hashKey(KEY), hashKey(`${KEY}x`))).toBe(false);
    expect(sameHash('not a hash', 'not a hash')).toBe(false);
  });

  it('gives every capability a row of access; participants never reach the journey', () => {
    expect(Object.keys(ACCESS).sort()).toEqual([...CAPABILITIES].sort());
    expect(ACCESS.edit).toEqual({ journey: 'write', contributions: 'facilitate' });
    expect(ACCESS.view).toEqual({ journey: 'read', contributions: 'read' });
    expect(ACCESS.contribute).toEqual({ contributions: 'append' });
    // Only a journey editor's writes are applied by Hocuspocus unchecked.
    expect(CAPABILITIES.flatMap((c) => Object.values(ACCESS[c])).filter(engineApplies)).toEqual(['write']);
  });
});
