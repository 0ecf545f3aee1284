import { ClaimEvent, type ClaimEventOf, type ClaimState } from '../../schemas/claim';
import { ClaimTransitionError, type ClaimErrorCode } from './errors';

export type ClaimResult =
  | { ok: true; state: ClaimState }
  | { ok: false; error: ClaimTransitionError; state: ClaimState | undefined };

/**
 * Folds one event into a claim. Pure: the given state is never mutated; a refused event returns
 * a typed error with the very same state, so nothing half-applies. Every accepted event is
 * appended to the timeline. The event is validated here too: it may come from a stored record
 * or another context.
 */
export function applyClaimEvent(state: ClaimState | undefined, input: unknown): ClaimResult {
  const parsed = ClaimEvent.safeParse(input);
  if (!parsed.success) {
    const type = typeof input === 'object' && input !== null ? (input as { type?: unknown }).type : undefined;
    // The union knows its own discriminator values: name the event when its type is one of ours.
    const known = ClaimEvent._zod.propValues.type?.has(type as string) ?? false;
    return refuse(state, 'invalid-event', known ? (type as ClaimEvent['type']) : undefined, parsed.error.issues[0]?.message);
  }
  const event = parsed.data;
  if (event.type === 'claim-started') {
    if (state) return refuse(state, 'already-started', event.type);
    return accept(undefined, event, {
      orderId: event.orderId,
      startedAt: event.at,
      problems: [],
      evidence: [],
      seller: {},
    });
  }
  if (!state) return refuse(state, 'not-started', event.type);
  if (state.outcome) return refuse(state, 'closed', event.type);
  if (Date.parse(event.at) < Date.parse(state.updatedAt)) return refuse(state, 'out-of-order', event.type);
  const next = transition(state, event);
  return typeof next === 'string' ? refuse(state, next, event.type) : accept(state, event, next);
}

/** Rebuilds a claim from its timeline (what storage keeps); fails on the first refused event. */
export function replayClaim(events: readonly unknown[]): ClaimResult {
  let state: ClaimState | undefined;
  for (const event of events) {
    const result = applyClaimEvent(state, event);
    if (!result.ok) return result;
    state = result.state;
  }
  if (!state) return refuse(undefined, 'not-started', undefined, 'no events');
  return { ok: true, state };
}

type Next = Omit<ClaimState, 'timeline' | 'updatedAt'> | ClaimErrorCode;

function transition(state: ClaimState, event: Exclude<ClaimEvent, ClaimEventOf<'claim-started'>>): Next {
  const { dispute } = state;
  const disputeOpen = dispute !== undefined && dispute.cancelledAt === undefined;
  switch (event.type) {
    case 'problem-set':
      // Editable until the case closes (POLICY S3).
      return { ...state, problems: event.problems };
    case 'evidence-added':
      if (state.evidence.some((item) => item.id === event.evidence.id)) return 'duplicate-evidence';
      return { ...state, evidence: [...state.evidence, event.evidence] };
    case 'evidence-removed':
      if (!state.evidence.some((item) => item.id === event.evidenceId)) return 'unknown-evidence';
      return { ...state, evidence: state.evidence.filter((item) => item.id !== event.evidenceId) };
    case 'deadlines-checked':
      return { ...state, deadlinesCheckedAt: event.at };
    case 'message-used':
      // The first message to the seller is the contact; later ones (follow-ups) keep that date.
      return { ...state, seller: { ...state.seller, contactedAt: state.seller.contactedAt ?? event.at } };
    case 'seller-replied':
      if (!state.seller.contactedAt) return 'seller-not-contacted';
      return { ...state, seller: { ...state.seller, repliedAt: event.at } };
    case 'seller-silent':
      if (!state.seller.contactedAt) return 'seller-not-contacted';
      return { ...state, seller: { ...state.seller, silentAt: event.at } };
    case 'dispute-opened':
      if (state.problems.length === 0) return 'no-problem';
      if (dispute) return 'dispute-already-opened';
      return { ...state, dispute: { openedAt: event.at, resolution: event.resolution } };
    case 'seller-proposal-received':
      if (!disputeOpen) return 'no-open-dispute';
      return { ...state, dispute: { ...dispute, proposal: { receivedAt: event.at, resolution: event.proposal, note: event.note } } };
    case 'seller-proposal-accepted': {
      if (!disputeOpen) return 'no-open-dispute';
      if (!dispute.proposal) return 'no-proposal';
      const { proposal, ...rest } = dispute;
      const accepted = { ...state, dispute: { ...rest, acceptedProposal: { acceptedAt: event.at, resolution: proposal.resolution } } };
      // Accepting a return means the 10-day shipping clock starts now (POLICY S5).
      return proposal.resolution.kind === 'return-and-refund' && !state.returnShipment
        ? { ...accepted, returnShipment: { agreedAt: event.at } }
        : accepted;
    }
    case 'dispute-cancelled':
      if (!disputeOpen) return 'no-open-dispute';
      return { ...state, dispute: { ...dispute, cancelledAt: event.at } };
    case 'mediation-requested':
      if (!disputeOpen) return 'no-open-dispute';
      if (dispute.mediationRequestedAt) return 'mediation-already-requested';
      return { ...state, dispute: { ...dispute, mediationRequestedAt: event.at } };
    case 'return-agreed':
      if (!disputeOpen) return 'no-open-dispute';
      if (state.returnShipment) return 'return-already-agreed';
      return { ...state, returnShipment: { agreedAt: event.at } };
    case 'return-shipped':
      if (!state.returnShipment) return 'return-not-agreed';
      if (state.returnShipment.shippedAt) return 'return-already-shipped';
      return { ...state, returnShipment: { ...state.returnShipment, shippedAt: event.at, trackingNumber: event.trackingNumber } };
    case 'outcome-recorded':
      return { ...state, outcome: { at: event.at, outcome: event.outcome, amount: event.amount, note: event.note } };
  }
}

function accept(previous: ClaimState | undefined, event: ClaimEvent, next: Omit<ClaimState, 'timeline' | 'updatedAt'>): ClaimResult {
  const state = { ...next, updatedAt: event.at, timeline: [...(previous?.timeline ?? []), event] } as ClaimState;
  return { ok: true, state: withoutUndefined(state) };
}

function refuse(state: ClaimState | undefined, code: ClaimErrorCode, type: ClaimEvent['type'] | undefined, detail?: string): ClaimResult {
  return { ok: false, error: new ClaimTransitionError(code, type, detail), state };
}

/** Optional fields are absent, not `undefined`: the state stays equal to its stored (JSON) form. */
function withoutUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
