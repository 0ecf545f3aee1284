import type { ClaimEventType } from '../../schemas/claim';

export type ClaimErrorCode =
  /** The event does not match the schema (unknown type, bad field). */
  | 'invalid-event'
  /** Any event but `claim-started` before the claim exists. */
  | 'not-started'
  | 'already-started'
  /** The outcome is recorded: the claim is finished. */
  | 'closed'
  /** Events arrive in time order; an older one would rewrite history the deadlines relied on. */
  | 'out-of-order'
  | 'no-problem'
  | 'duplicate-evidence'
  | 'unknown-evidence'
  | 'seller-not-contacted'
  /** One dispute per order (POLICY D4), also after a cancelled one. */
  | 'dispute-already-opened'
  | 'no-open-dispute'
  | 'no-proposal'
  | 'mediation-already-requested'
  | 'return-already-agreed'
  | 'return-not-agreed'
  | 'return-already-shipped';

/** Why the reducer refused an event. The state it was given is returned unchanged with it. */
export class ClaimTransitionError extends Error {
  override readonly name = 'ClaimTransitionError';
  constructor(
    readonly code: ClaimErrorCode,
    readonly eventType: ClaimEventType | undefined,
    detail?: string,
  ) {
    super(`${eventType ?? 'event'}: ${code}${detail ? ` (${detail})` : ''}`);
  }
}
