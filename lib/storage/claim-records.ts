import * as z from 'zod/mini';
import { ClaimEvent } from '../schemas/claim';
import { Instant, OrderId } from '../schemas/common';
import { EvidenceId, EvidenceItem } from '../schemas/evidence';

/** A claim's whole history; the state is replayed from it on read (lib/domain/claim/reducer.ts). */
export const CLAIM_EVENTS_MAX = 10_000;

/** One claim per order: its events, oldest first, as the reducer accepted them. */
export const ClaimRecord = z.strictObject({
  orderId: OrderId,
  events: z.array(ClaimEvent).check(z.minLength(1), z.maxLength(CLAIM_EVENTS_MAX)),
  updatedAt: Instant,
});
export type ClaimRecord = z.infer<typeof ClaimRecord>;

/** The stored file: a Blob (IndexedDB keeps it out of line, so listing metadata stays cheap). */
const StoredFile = z.custom<Blob>((value) => typeof Blob !== 'undefined' && value instanceof Blob, 'a Blob');

/**
 * One evidence item of a claim: its metadata (the same item the claim's timeline carries) and,
 * unless it is a reference only, the file's bytes.
 */
export const EvidenceRecord = z
  .strictObject({
    orderId: OrderId,
    id: EvidenceId,
    item: EvidenceItem,
    file: z.optional(StoredFile),
  })
  .check(
    z.refine((r) => r.id === r.item.id, { message: 'the row id is the item id', path: ['id'] }),
    z.refine((r) => (r.item.kind === 'reference') === (r.file === undefined), { message: 'a file for every item but a reference', path: ['file'] }),
  );
export type EvidenceRecord = z.infer<typeof EvidenceRecord>;

/** The compound primary key of `evidence`: `[orderId+id]`. */
export type EvidenceKey = [orderId: string, id: string];
