import type { NotReceivedCase, ProblemReason } from '../../schemas/claim';
import { EvidenceRequirement, type EvidenceItem } from '../../schemas/evidence';

/** `required`: AliExpress asks for it; `recommended`: it helps, a claim stands without it. */
export type RequirementNeed = 'required' | 'recommended';

/** Enough of a problem to know what evidence it needs. */
export interface ProblemForEvidence {
  reason: ProblemReason;
  notReceivedCase?: NotReceivedCase;
}

/**
 * POLICY "Evidence AliExpress asks for, by problem". Two reasons are not in that table and use
 * our reading: an empty package is proved like a short shipment (what arrived, and the weight
 * label that shows what was sent); a broken promise by the listing that made it (the chat, where
 * most promises are made, is in "always").
 */
const BY_REASON: Record<ProblemReason, readonly { requirement: EvidenceRequirement; need: RequirementNeed }[]> = {
  'not-as-described': [
    { requirement: 'difference-list', need: 'required' },
    { requirement: 'photos-and-video', need: 'required' },
    { requirement: 'listing-as-ordered', need: 'required' },
  ],
  'wrong-size': [
    { requirement: 'beside-ruler-photo', need: 'required' },
    { requirement: 'size-label-photo', need: 'required' },
  ],
  defective: [{ requirement: 'not-working-video', need: 'required' }],
  damaged: [
    { requirement: 'damage-photos', need: 'required' },
    // "first" in the table, but a post office will not always write one: it helps, it is not a gate.
    { requirement: 'post-office-damage-report', need: 'recommended' },
  ],
  'missing-parts': [
    { requirement: 'everything-received-photo', need: 'required' },
    { requirement: 'parcel-weight-label', need: 'required' },
  ],
  'empty-package': [
    { requirement: 'everything-received-photo', need: 'required' },
    { requirement: 'parcel-weight-label', need: 'required' },
  ],
  'wrong-item': [{ requirement: 'beside-listing-photo', need: 'required' }],
  counterfeit: [
    { requirement: 'labels-serials-packaging-photos', need: 'required' },
    { requirement: 'listing-brand-claims', need: 'required' },
  ],
  'seller-broke-promise': [{ requirement: 'listing-as-ordered', need: 'required' }],
  // POLICY D5: evidence is optional when nothing arrived, so nothing here is a gate.
  'not-received': [{ requirement: 'tracking-history', need: 'recommended' }],
};

const BY_NOT_RECEIVED_CASE: Partial<Record<NotReceivedCase, EvidenceRequirement>> = {
  'delivered-not-received': 'post-office-letter',
  'held-by-customs': 'customs-documents',
};

const ALWAYS: readonly EvidenceRequirement[] = ['seller-chat', 'payment-proof'];

export interface ChecklistLine {
  requirement: EvidenceRequirement;
  need: RequirementNeed;
  /** The reasons that ask for it (empty for the "always" lines). */
  reasons: ProblemReason[];
  /** Evidence ids tagged with this requirement, in the order they were added. */
  coveredBy: string[];
  met: boolean;
}

export interface EvidenceChecklist {
  lines: ChecklistLine[];
  /** Required lines not met yet, in checklist order. */
  missing: EvidenceRequirement[];
  /** Every required line is met (recommended ones may still be open). */
  complete: boolean;
}

/**
 * Which evidence the claim's problems call for, and which of it the buyer has. Pure. One list
 * for the whole order (one dispute per order, POLICY D4): a requirement asked for by several
 * problems is one line, required if any of them requires it.
 */
export function evidenceChecklist(problems: readonly ProblemForEvidence[], evidence: readonly EvidenceItem[]): EvidenceChecklist {
  const wanted = new Map<EvidenceRequirement, { need: RequirementNeed; reasons: Set<ProblemReason> }>();
  const want = (requirement: EvidenceRequirement, need: RequirementNeed, reason?: ProblemReason) => {
    const line = wanted.get(requirement) ?? { need, reasons: new Set<ProblemReason>() };
    if (need === 'required') line.need = 'required';
    if (reason) line.reasons.add(reason);
    wanted.set(requirement, line);
  };
  for (const problem of problems) {
    for (const { requirement, need } of BY_REASON[problem.reason]) want(requirement, need, problem.reason);
    const extra = problem.notReceivedCase && BY_NOT_RECEIVED_CASE[problem.notReceivedCase];
    if (extra) want(extra, 'recommended', problem.reason);
  }
  if (problems.length > 0) {
    // D5 again: when nothing of the order arrived, even the chat and receipt only help.
    const goodsArrived = problems.some((p) => p.reason !== 'not-received');
    for (const requirement of ALWAYS) want(requirement, goodsArrived ? 'required' : 'recommended');
  }

  const lines = EvidenceRequirement.options
    .filter((requirement) => wanted.has(requirement))
    .map((requirement): ChecklistLine => {
      const { need, reasons } = wanted.get(requirement)!;
      const coveredBy = evidence.filter((item) => item.covers.includes(requirement)).map((item) => item.id);
      return { requirement, need, reasons: [...reasons], coveredBy, met: coveredBy.length > 0 };
    });
  const missing = lines.filter((line) => line.need === 'required' && !line.met).map((line) => line.requirement);
  return { lines, missing, complete: missing.length === 0 };
}
