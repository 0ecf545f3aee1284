import { applyClaimEvent } from '../../../lib/domain/claim/reducer';
import type { ClaimEvent, ClaimState, ProductProblem } from '../../../lib/schemas/claim';
import type { Deadline } from '../../../lib/schemas/deadline';
import type { EvidenceItem, EvidenceRequirement } from '../../../lib/schemas/evidence';
import { DAY, HOUR, ORDER_ID } from '../helpers';

export { DAY, HOUR, ORDER_ID };

/** The claim's clock: every event of a scenario is `t0 + n hours`. */
export const T0 = Date.parse('2026-03-02T09:00:00.000Z');
export const at = (hours: number) => new Date(T0 + hours * HOUR).toISOString();

export const WRONG_ITEM: ProductProblem = { itemKey: '1005001234567890', title: 'Phone case', reason: 'wrong-item' };
export const NOT_RECEIVED: ProductProblem = { itemKey: '1', reason: 'not-received', notReceivedCase: 'in-transit-past-deadline' };

export function evidence(id: string, covers: EvidenceRequirement[], hours = 1): EvidenceItem {
  return { id, kind: 'photo', name: `${id}.jpg`, type: 'image/jpeg', size: 1234, addedAt: at(hours), covers };
}

/** Applies events in order and fails loudly on a refused one (scenario set-up, not the subject). */
export function claimAfter(events: ClaimEvent[]): ClaimState {
  let state: ClaimState | undefined;
  for (const event of events) {
    const result = applyClaimEvent(state, event);
    if (!result.ok) throw new Error(`set-up event refused: ${result.error.message}`);
    state = result.state;
  }
  return state!;
}

export const started: ClaimEvent = { type: 'claim-started', at: at(0), orderId: ORDER_ID };
export const problemSet: ClaimEvent = { type: 'problem-set', at: at(1), problems: [WRONG_ITEM] };
export const messageUsed = (hours: number): ClaimEvent => ({
  type: 'message-used',
  at: at(hours),
  templateId: 'wrong-item',
  language: 'en',
  text: 'Hello, I received the wrong item.',
});
export const disputeOpened = (hours: number): ClaimEvent => ({ type: 'dispute-opened', at: at(hours), resolution: { kind: 'refund-only' } });

export function deadline(kind: Deadline['kind'], dueInHours: number, source: Deadline['source'] = 'aliexpress'): Deadline {
  return {
    orderId: ORDER_ID,
    kind,
    dueAt: at(dueInHours),
    source,
    rule: source === 'estimated' ? 'completion-window-bounded' : source === 'manual' ? 'entered-by-user' : 'card-countdown',
    confidence: source === 'estimated' ? 'low' : 'high',
    observedAt: at(0),
  };
}
