import type { MessageKey } from '@/lib/i18n';
import type { ClaimWarning } from '@/lib/domain/claim/warnings';
import type { NowAction } from '@/lib/domain/claim/progress';
import type { ClaimStep, DescriptionAspect, NotReceivedCase, ProblemReason, StepStatus } from '@/lib/schemas/claim';
import type { EvidenceRequirement } from '@/lib/schemas/evidence';

/** The i18n key family of each kind of claim id. */
interface LabelIds {
  claim_reason: ProblemReason;
  claim_case: NotReceivedCase;
  claim_aspect: DescriptionAspect;
  claim_evidence: EvidenceRequirement;
  claim_step: ClaimStep;
  claim_status: StepStatus;
  claim_now: NowAction['code'];
  claim_warning: ClaimWarning;
}

/**
 * The message key of a claim id: `claim_reason` + `wrong-size` → `claim_reason_wrong_size`.
 * tests/components/claim-labels.test.ts checks every id of every family has its English text.
 */
export function labelKey<F extends keyof LabelIds>(family: F, id: LabelIds[F]): MessageKey {
  return `${family}_${id.replaceAll('-', '_')}` as MessageKey;
}
