import { describe, expect, it } from 'vitest';
import { connectionToken, keyHash, newRoom, randomToken } from './keys';
import {
  httpOrigin,
  participantLink,
  PARTICIPANT_PATH,
  readParticipantLink,
  readShareLink,
  shareLink,
  socketUrl,
} from './links';
import { isServerUrl, serverUrlOf } from './settings';

describe('share links', () => {
  const { room, keys } = newRoom();

  it('carry the server, room, capability and key in the fragment, and read back the same', () => {
    const link = shareLink({ server: 'ws://192.168.1.20:8080', room, capability: 'edit', key: keys.edit });
    expect(link.startsWith('http://192.168.1.20:8080/join#')).toBe(true);
    const url = new URL(link);
    // Nothing secret outside the fragment, which browsers never send to a server.
    expect(url.pathname + url.search).toBe('/join');
    expect(readShareLink(url.hash, url.origin)).toEqual({
      server: 'ws://192.168.1.20:8080',
      room,
      capability: 'edit',
      key: keys.edit,
    });
  });

  it('use wss and https together', () => {
    expect(httpOrigin('wss://sync.example.org')).toBe('https://sync.example.org');
    expect(socketUrl('https://sync.example.org')).toBe('wss://sync.example.org');
  });

  it.each([
    ['no room', `#cap=edit&key=${keys.edit}`],
    ['no key', `#room=${room}&cap=edit`],
    ['another capability', `#room=${room}&cap=manage&key=${keys.manage}`],
    ['a key with other characters', `#room=${room}&cap=view&key=${keys.view.slice(0, 20)}%3Cscript%3E`],
  ])('refuse a fragment with %s', (_case, hash) => {
    expect(readShareLink(hash, 'http://127.0.0.1:4300')).toBeUndefined();
  });
});

describe('room keys', () => {
  it('are random base64url of the sizes the server expects, all different (edit, view, contribute, manage)', () => {
    const { room, keys } = newRoom();
    expect(room).toMatch(/^[A-Za-z0-9_-]{22}$/);
    for (const key of Object.values(keys)) expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set([room, ...Object.values(keys)]).size).toBe(5);
    expect(randomToken(16)).not.toBe(randomToken(16));
  });

  it('hash as SHA-256 hex (the server compares hashes, never keys)', () => {
    expect(keyHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(connectionToken('view', 'k')).toBe('v1.view.k');
  });

  it('accept only WebSocket server addresses', () => {
    expect(isServerUrl('ws://127.0.0.1:4300')).toBe(true);
    expect(isServerUrl('wss://sync.example.org')).toBe(true);
    expect(isServerUrl('http://127.0.0.1:4300')).toBe(false);
    expect(isServerUrl('not a url')).toBe(false);
  });

  it('take the address the app is opened at, or a bare host and port, as the server’s WebSocket URL', () => {
    expect(serverUrlOf(' ws://127.0.0.1:4300 ')).toBe('ws://127.0.0.1:4300');
    expect(serverUrlOf('http://127.0.0.1:4431/journey/abc?lang=es')).toBe('ws://127.0.0.1:4431');
    expect(serverUrlOf('https://mapas.example.org/')).toBe('wss://mapas.example.org');
    expect(serverUrlOf('192.168.1.20:8080')).toBe('ws://192.168.1.20:8080');
    for (const bad of ['', 'not a url', 'ftp://host', 'mailto:a@b.c', 'http://']) expect(serverUrlOf(bad)).toBeNull();
  });
});

describe('participant links', () => {
  const { room, keys } = newRoom();

  it('hold the room and the contribute key only, in the fragment of the participant page', () => {
    const link = participantLink('ws://192.168.1.20:8080', { room, key: keys.contribute });
    const url = new URL(link);
    expect(url.origin).toBe('http://192.168.1.20:8080');
    expect(url.pathname + url.search).toBe(PARTICIPANT_PATH);
    expect(link).not.toContain(keys.edit);
    expect(link).not.toContain(keys.view);
    expect(readParticipantLink(url.hash)).toEqual({ room, key: keys.contribute });
  });

  it('are not edit or view links, and those are not participant links', () => {
    const edit = new URL(shareLink({ server: 'ws://h:1', room, capability: 'edit', key: keys.edit }));
    expect(readParticipantLink(edit.hash)).toBeUndefined();
    const participant = new URL(participantLink('ws://h:1', { room, key: keys.contribute }));
    expect(readShareLink(participant.hash, participant.origin)).toBeUndefined();
    expect(readParticipantLink(`#room=${room}&cap=contribute`)).toBeUndefined();
    expect(readParticipantLink(`#room=bad!&cap=contribute&key=${keys.contribute}`)).toBeUndefined();
    // A link cut short (a QR code half read, a message that wrapped) is damaged, not "no longer working".
    expect(readParticipantLink(`#room=${room}&cap=contribute&key=${keys.contribute.slice(0, 33)}`)).toBeUndefined();
  });

  it('give every new room a distinct contribute key', () => {
    const all = Object.values(keys);
    expect(new Set(all).size).toBe(all.length);
    expect(connectionToken('contribute', 'k')).toBe('v1.contribute.k');
  });
});
