import { describe, expect, it } from 'vitest';
import { labelKey } from '../../components/claim/labels';
import messages from '../../public/_locales/en/messages.json';
import type { NowAction } from '../../lib/domain/claim/progress';
import type { ClaimWarning } from '../../lib/domain/claim/warnings';
import { ClaimStep, DescriptionAspect, NotReceivedCase, ProblemReason, StepStatus } from '../../lib/schemas/claim';
import { EvidenceRequirement } from '../../lib/schemas/evidence';

// NowAction and ClaimWarning are type unions: a Record over them makes the type check fail
// when a code is added without being listed here.
const NOW_CODES = Object.keys({
  'describe-problem': 1, 'collect-evidence': 1, 'check-deadlines': 1, 'find-deadline': 1, 'contact-seller': 1,
  'wait-for-seller': 1, 'open-dispute': 1, 'open-dispute-now': 1, 'dispute-window-closed': 1, 'wait-for-dispute-answer': 1,
  'answer-seller-proposal': 1, 'request-mediation': 1, 'ship-return': 1, 'wait-for-decision': 1, 'wait-for-refund': 1,
  'record-outcome': 1, none: 1,
} satisfies Record<NowAction['code'], 1>) as NowAction['code'][];
const WARNINGS = Object.keys({
  'accepting-closes-case': 1, 'proposal-below-request': 1, 'cancel-is-final': 1, 'seller-may-run-out-the-clock': 1,
} satisfies Record<ClaimWarning, 1>) as ClaimWarning[];

const catalogue = messages as Record<string, { message: string }>;

describe('claim labels: every id has its English words', () => {
  it.each([
    ...ProblemReason.options.map((id) => labelKey('claim_reason', id)),
    ...NotReceivedCase.options.map((id) => labelKey('claim_case', id)),
    ...DescriptionAspect.options.map((id) => labelKey('claim_aspect', id)),
    ...EvidenceRequirement.options.map((id) => labelKey('claim_evidence', id)),
    ...ClaimStep.options.map((id) => labelKey('claim_step', id)),
    ...StepStatus.options.map((id) => labelKey('claim_status', id)),
    ...NOW_CODES.map((id) => labelKey('claim_now', id)),
    ...WARNINGS.map((id) => labelKey('claim_warning', id)),
  ])('%s', (key) => {
    expect(catalogue[key]?.message.trim().length).toBeGreaterThan(0);
  });
});
