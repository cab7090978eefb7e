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
