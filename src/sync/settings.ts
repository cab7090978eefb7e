import { randomToken } from './keys';

const SERVER_KEY = 'recorrido.sync';
const ME_KEY = 'recorrido.me';

type KeyValue = Pick<Storage, 'getItem' | 'setItem'>;

/** Colours people are shown in, distinct on the canvas in every theme (outline and badge). */
export const PERSON_COLORS = ['#2563eb', '#db2777', '#16a34a', '#ea580c', '#7c3aed', '#0891b2', '#ca8a04', '#dc2626'];

/** Who this browser is to the others on a shared journey: a name and a colour, set once, remembered. */
export interface Person {
  id: string;
  name: string;
  color: string;
}

/** Whether a string is a WebSocket URL a sync server could listen on. */
export function isServerUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'ws:' || url.protocol === 'wss:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * The sync server's WebSocket URL for what a person typed, or null when it cannot be one: a ws:// or wss://
 * URL as typed (trimmed); the address the app is opened at (`http://host:8080/...` -> `ws://host:8080`,
 * https -> wss), since that is the address people know; a bare `host:port` as ws://.
 */
export function serverUrlOf(typed: string): string | null {
  const value = typed.trim();
  if (isServerUrl(value)) return value;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '' || url.username) return null;
  return `${url.protocol === 'https:' ? 'wss' : 'ws'}://${url.host}`;
}

/**
 * The sync server this browser shares through: `?sync=ws://host:port` in the URL (remembered), then the
 * remembered one, else null (the share dialog then offers the page's own origin when the app was loaded
 * from a sync server, see ownSyncServer). Without one everything stays local.
 */
export function syncServer(
  search: string = location.search,
  storage: KeyValue | undefined = globalThis.localStorage,
): string | null {
  const fromUrl = new URLSearchParams(search).get('sync');
  if (fromUrl && isServerUrl(fromUrl)) {
    storage?.setItem(SERVER_KEY, fromUrl);
    return fromUrl;
  }
  const remembered = storage?.getItem(SERVER_KEY);
  return remembered && isServerUrl(remembered) ? remembered : null;
}

/** Remembers the sync server to share through (from the share dialog). */
export function rememberSyncServer(server: string, storage: KeyValue | undefined = globalThis.localStorage): void {
  storage?.setItem(SERVER_KEY, server);
}

/** This browser's person, made on first use with an empty name and a random colour. */
export function me(storage: KeyValue | undefined = globalThis.localStorage): Person {
  try {
    const stored = JSON.parse(storage?.getItem(ME_KEY) ?? 'null') as Partial<Person> | null;
    if (stored && typeof stored.id === 'string' && typeof stored.name === 'string' && typeof stored.color === 'string')
      return { id: stored.id, name: stored.name.slice(0, 60), color: stored.color };
  } catch {
    // A damaged entry is replaced below.
  }
  const person = {
    id: randomToken(9),
    name: '',
    color: PERSON_COLORS[crypto.getRandomValues(new Uint8Array(1))[0] % PERSON_COLORS.length],
  };
  storage?.setItem(ME_KEY, JSON.stringify(person));
  return person;
}

/** Changes this browser's name (what the others see), cut to 60 characters. */
export function renameMe(name: string, storage: KeyValue | undefined = globalThis.localStorage): Person {
  const person = { ...me(storage), name: name.trim().slice(0, 60) };
  storage?.setItem(ME_KEY, JSON.stringify(person));
  return person;
}

/**
 * The page's own origin as a sync server URL when the app was loaded from one (it answers /health with
 * {"status":"ok"}), else null. Never throws.
 */
export async function ownSyncServer(origin: string = location.origin): Promise<string | null> {
  try {
    const response = await fetch(`${origin}/health`, { cache: 'no-store' });
    const body = (await response.json()) as { status?: string };
    return response.ok && body.status === 'ok' ? origin.replace(/^http/, 'ws') : null;
  } catch {
    return null;
  }
}
