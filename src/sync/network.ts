import type { HocuspocusProviderWebsocketConfiguration } from '@hocuspocus/provider';

/**
 * Calls `offline` when the browser says the network is gone and `online` when it is back, until the
 * returned function is called. The browser knows at once; an idle WebSocket only when it times out (~30 s
 * with Hocuspocus), during which a connection would still read as live. Every connection to the sync
 * server (the journey's, a workshop's, a participant's) stops and reconnects on these.
 */
export function watchNetwork(offline: () => void, online: () => void): () => void {
  globalThis.addEventListener?.('offline', offline);
  globalThis.addEventListener?.('online', online);
  return () => {
    globalThis.removeEventListener?.('offline', offline);
    globalThis.removeEventListener?.('online', online);
  };
}

/** Longest wait between two attempts to reach the server (ms). */
export const RECONNECT_MAX_DELAY_MS = 5_000;

/**
 * Hocuspocus doubles the wait between attempts up to 30 s, so a server back after a short outage was found
 * up to ~30 s late; at most 5 s, a room on bad Wi-Fi is back in sync within seconds. The provider hands its
 * options to the socket it makes for `url` (its types only name the url's), hence a spread.
 */
export const RECONNECT: Pick<HocuspocusProviderWebsocketConfiguration, 'maxDelay'> = {
  maxDelay: RECONNECT_MAX_DELAY_MS,
};
