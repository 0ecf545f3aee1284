import * as z from 'zod/mini';
import { Instant, PageText } from './common';

/**
 * What a piece of evidence can prove: one id per line of POLICY "Evidence AliExpress asks for,
 * by problem", plus the two every claim needs ("always").
 */
export const EvidenceRequirement = z.enum([
  // not as described
  'difference-list',
  'photos-and-video',
  'listing-as-ordered',
  // wrong size
  'beside-ruler-photo',
  'size-label-photo',
  // defective
  'not-working-video',
  // damaged
  'damage-photos',
  'post-office-damage-report',
  // missing parts / short shipment (and empty package)
  'everything-received-photo',
  'parcel-weight-label',
  // wrong item
  'beside-listing-photo',
  // counterfeit
  'labels-serials-packaging-photos',
  'listing-brand-claims',
  // not received
  'tracking-history',
  'post-office-letter',
  // held by customs
  'customs-documents',
  // always
  'seller-chat',
  'payment-proof',
]);
export type EvidenceRequirement = z.infer<typeof EvidenceRequirement>;

export const EvidenceKind = z.enum(['photo', 'video', 'screenshot', 'pdf', 'reference']);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

export const EvidenceId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'an evidence id is 1–64 letters, digits, _ or -'));

/** A lowercase hex SHA-256 of the file's bytes, for the claim file's evidence index. */
export const Sha256 = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'a SHA-256 is 64 lowercase hex digits'));

/** Where a reference-only item lives: a web address (https only) or a file name on the buyer's disk. */
export const EvidenceReference = z.union([
  z.strictObject({ url: z.url({ protocol: /^https$/ }).check(z.maxLength(2000)) }),
  z.strictObject({ fileName: PageText(255).check(z.minLength(1)) }),
]);
export type EvidenceReference = z.infer<typeof EvidenceReference>;

/** 2 GiB: well beyond any phone video; a bigger number is a bug, not a file. */
const MAX_SIZE = 2 * 1024 ** 3;

export const EvidenceItem = z
  .strictObject({
    id: EvidenceId,
    kind: EvidenceKind,
    name: PageText(255).check(z.minLength(1)),
    /** MIME type as the browser reports it; empty for a reference. */
    type: z.string().check(z.maxLength(100), z.regex(/^([\w.+-]+\/[\w.+-]+)?$/, 'a MIME type like image/jpeg')),
    /** Bytes; 0 for a reference. */
    size: z.number().check(z.int(), z.nonnegative(), z.maximum(MAX_SIZE)),
    sha256: z.optional(Sha256),
    note: z.optional(PageText(1000)),
    addedAt: Instant,
    /** Only (and always) on kind `reference`. */
    reference: z.optional(EvidenceReference),
    /** The requirements this item covers, as the buyer tagged it. */
    covers: z.array(EvidenceRequirement).check(z.maxLength(EvidenceRequirement.options.length)),
  })
  .check(
    z.refine((item) => (item.kind === 'reference') === (item.reference !== undefined), {
      message: 'a reference item has a url or a file name, and only a reference item has one',
      path: ['reference'],
    }),
  );
export type EvidenceItem = z.infer<typeof EvidenceItem>;
