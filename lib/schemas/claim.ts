import * as z from 'zod/mini';
import { Instant, Money, OrderId, PageText } from './common';
import { EvidenceId, EvidenceItem } from './evidence';
import { MessageText } from './pending-message';

/** POLICY "Dispute reasons" (categories; AliExpress's wording changes, these ids do not). */
export const ProblemReason = z.enum([
  'not-received',
  'not-as-described',
  'wrong-size',
  'defective',
  'damaged',
  'missing-parts',
  'wrong-item',
  'counterfeit',
  'empty-package',
  'seller-broke-promise',
]);
export type ProblemReason = z.infer<typeof ProblemReason>;

/** The sub-cases of "not received" (POLICY "Dispute reasons"). */
export const NotReceivedCase = z.enum([
  'invalid-tracking',
  'wrong-address',
  'in-transit-past-deadline',
  'held-by-customs',
  'returned-to-sender',
  'delivered-not-received',
]);
export type NotReceivedCase = z.infer<typeof NotReceivedCase>;

/** What differs from the listing, for "not as described" (POLICY "Dispute reasons"; `other`: the buyer's details say what). */
export const DescriptionAspect = z.enum(['size', 'colour', 'model', 'material', 'other']);
export type DescriptionAspect = z.infer<typeof DescriptionAspect>;

/**
 * The problem with one product of the order. An order holds one dispute only (POLICY D4), so a
 * multi-product order lists one problem per product that went wrong, all in that one dispute.
 */
export const ProductProblem = z
  .strictObject({
    /** Identifies the product line within the order (product id, or its position when unknown). */
    itemKey: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,40}$/)),
    title: z.optional(PageText(300)),
    variant: z.optional(PageText(200)),
    reason: ProblemReason,
    notReceivedCase: z.optional(NotReceivedCase),
    aspects: z.optional(z.array(DescriptionAspect).check(z.minLength(1), z.maxLength(5))),
    /** The buyer's own words: what exactly is wrong. */
    details: z.optional(PageText(1000)),
  })
  .check(
    z.refine((p) => p.notReceivedCase === undefined || p.reason === 'not-received', {
      message: 'a not-received case only goes with the not-received reason',
      path: ['notReceivedCase'],
    }),
    z.refine((p) => p.aspects === undefined || p.reason === 'not-as-described', {
      message: 'aspects only go with the not-as-described reason',
      path: ['aspects'],
    }),
  );
export type ProductProblem = z.infer<typeof ProductProblem>;

/** What the buyer asks for (POLICY "The claim path" step 5). */
export const Resolution = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('refund-only') }),
  z.strictObject({ kind: z.literal('return-and-refund') }),
  z.strictObject({ kind: z.literal('partial-refund'), amount: Money }),
]);
export type Resolution = z.infer<typeof Resolution>;

export const ClaimOutcome = z.enum(['refunded-full', 'refunded-partial', 'replaced', 'rejected', 'withdrawn', 'other']);
export type ClaimOutcome = z.infer<typeof ClaimOutcome>;

export const ClaimStep = z.enum([
  'identify-problem',
  'collect-evidence',
  'check-deadlines',
  'contact-seller',
  'open-dispute',
  'mediation',
  'follow-up',
]);
export type ClaimStep = z.infer<typeof ClaimStep>;

export const StepStatus = z.enum(['todo', 'current', 'done', 'skipped', 'blocked']);
export type StepStatus = z.infer<typeof StepStatus>;

/** Steps the buyer must confirm they read a warning for (POLICY S4). */
const Acknowledged = z.literal(true);
const Note = z.optional(PageText(1000));

const event = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), at: Instant, ...shape });

/** Everything that happens in a claim; the reducer folds these into the claim state. */
export const ClaimEvent = z.discriminatedUnion('type', [
  event('claim-started', { orderId: OrderId }),
  event('problem-set', { problems: z.array(ProductProblem).check(z.minLength(1), z.maxLength(50)) }),
  event('evidence-added', { evidence: EvidenceItem }),
  event('evidence-removed', { evidenceId: EvidenceId }),
  event('deadlines-checked', {}),
  event('message-used', {
    templateId: z.string().check(z.regex(/^[a-z0-9-]{1,60}$/)),
    language: z.string().check(z.regex(/^[a-z]{2}(-[A-Z]{2})?$/)),
    text: MessageText,
  }),
  event('seller-replied', { note: Note }),
  event('seller-silent', {}),
  event('dispute-opened', { resolution: Resolution }),
  event('seller-proposal-received', { proposal: Resolution, note: Note }),
  event('seller-proposal-accepted', { warningAcknowledged: Acknowledged }),
  event('dispute-cancelled', { warningAcknowledged: Acknowledged }),
  event('mediation-requested', {}),
  event('return-agreed', {}),
  event('return-shipped', { trackingNumber: z.optional(z.string().check(z.regex(/^[A-Za-z0-9-]{4,40}$/))) }),
  event('outcome-recorded', { outcome: ClaimOutcome, amount: z.optional(Money), note: Note }),
]);
export type ClaimEvent = z.infer<typeof ClaimEvent>;
export type ClaimEventType = ClaimEvent['type'];
export type ClaimEventOf<T extends ClaimEventType> = Extract<ClaimEvent, { type: T }>;

/** The claim as the reducer leaves it: facts only; step statuses are derived (claimProgress). */
export const ClaimState = z.strictObject({
  orderId: OrderId,
  startedAt: Instant,
  updatedAt: Instant,
  problems: z.array(ProductProblem),
  evidence: z.array(EvidenceItem),
  deadlinesCheckedAt: z.optional(Instant),
  seller: z.strictObject({
    contactedAt: z.optional(Instant),
    repliedAt: z.optional(Instant),
    silentAt: z.optional(Instant),
  }),
  dispute: z.optional(
    z.strictObject({
      openedAt: Instant,
      resolution: Resolution,
      cancelledAt: z.optional(Instant),
      mediationRequestedAt: z.optional(Instant),
      /** The seller's open proposal, until accepted or superseded. */
      proposal: z.optional(z.strictObject({ receivedAt: Instant, resolution: Resolution, note: Note })),
      acceptedProposal: z.optional(z.strictObject({ acceptedAt: Instant, resolution: Resolution })),
    }),
  ),
  returnShipment: z.optional(
    z.strictObject({ agreedAt: Instant, shippedAt: z.optional(Instant), trackingNumber: z.optional(z.string()) }),
  ),
  outcome: z.optional(z.strictObject({ at: Instant, outcome: ClaimOutcome, amount: z.optional(Money), note: Note })),
  /** Every accepted event, in order: the claim file's timeline. */
  timeline: z.array(ClaimEvent),
});
export type ClaimState = z.infer<typeof ClaimState>;
