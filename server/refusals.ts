import { inspect } from 'node:util';

/**
 * Every reason the server gives a client for refusing or closing its connection to a document. The
 * client receives it as the `reason` of the provider's `authenticationFailed` event (refused on connect)
 * or of its `close` event (closed later); server/README.md says what the app should do for each.
 */
export const REFUSALS = {
  'missing-token': 4401,
  'malformed-token': 4400,
  'unknown-document': 4404,
  'unknown-room': 4404,
  'invalid-key': 4401,
  forbidden: 4403,
  'key-rotated': 4401,
  'sharing-stopped': 4404,
  'document-too-large': 4413,
  'message-too-large': 4413,
  'read-only': 4403,
  'too-many-refusals': 4429,
  'too-many-messages': 4429,
  'server-error': 4500,
} as const;

export type RefusalReason = keyof typeof REFUSALS;

/** What a hook throws to refuse: Hocuspocus sends `reason` to the client and closes with `code`. */
export class Refusal {
  readonly code: number;

  constructor(readonly reason: RefusalReason) {
    this.code = REFUSALS[reason];
  }

  /** Hocuspocus prints what a hook threw; this keeps that one short line. */
  [inspect.custom](): string {
    return `refused: ${this.reason}`;
  }
}

/** The refusal for `reason`, ready to throw from a Hocuspocus hook. */
export function refusal(reason: RefusalReason): Refusal {
  return new Refusal(reason);
}

/** Whether something thrown is one of our refusals. */
export function isRefusal(value: unknown): value is Refusal {
  return value instanceof Refusal;
}
