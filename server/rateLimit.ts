/**
 * A token bucket: holds at most `capacity` tokens and refills `capacity` of them every `windowMs`,
 * continuously. Checking it is a few arithmetic operations, so a flood is refused before any work on
 * the document.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly capacity: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  /** Refills for the time passed; `capacity` may grow (a budget that scales with a room's size). */
  private refill(capacity: number): void {
    const now = this.now();
    const elapsed = Math.max(0, now - this.last);
    this.last = now;
    this.tokens = Math.min(capacity, this.tokens + (elapsed * capacity) / this.windowMs);
  }

  /** Whether `count` tokens are there now, without taking them. */
  has(count = 1, capacity = this.capacity): boolean {
    this.refill(capacity);
    return this.tokens >= count;
  }

  /** Takes `count` tokens if they are all there; otherwise takes none and returns false. */
  take(count = 1, capacity = this.capacity): boolean {
    this.refill(capacity);
    if (this.tokens < count) return false;
    this.tokens -= count;
    return true;
  }
}

/** Presence changes a participant connection may make per window; an honest phone makes about one. */
export const PRESENCE_CHANGES = 10;

/**
 * Messages a participant connection may send per window for each other connection of its document:
 * Hocuspocus' provider answers every presence change it hears with its own presence and a sync round
 * (three messages), and each connection renews its presence every 15 s.
 */
export const MESSAGES_PER_PEER = 3;

/** What one participant connection may send, from the command line (server/options.ts). */
export interface ParticipantLimits {
  /** Contributions a participant connection may append per window (and at once). */
  contributions: number;
  /**
   * Messages of any kind a participant connection may send per window, plus MESSAGES_PER_PEER for each
   * other connection of its document; more closes it.
   */
  messages: number;
  /** The window of both, ms. */
  windowMs: number;
  /** Refused writes a connection may make before it is closed with `too-many-refusals`. */
  maxRefusals: number;
}

/** One participant connection's allowances, kept in its session. */
export interface Throttle {
  contributions: TokenBucket;
  messages: TokenBucket;
  presence: TokenBucket;
  refusals: number;
}

/** Fresh allowances for a participant connection. */
export function createThrottle(limits: ParticipantLimits, now: () => number = Date.now): Throttle {
  return {
    contributions: new TokenBucket(limits.contributions, limits.windowMs, now),
    messages: new TokenBucket(limits.messages, limits.windowMs, now),
    presence: new TokenBucket(PRESENCE_CHANGES, limits.windowMs, now),
    refusals: 0,
  };
}
