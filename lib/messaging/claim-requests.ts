import * as z from 'zod/mini';
import { ClaimFile } from '../domain/claim/claim-file';
import { ClaimEvent, ClaimState } from '../schemas/claim';
import { Instant, OrderId, PageText, ProductId } from '../schemas/common';
import { Deadline } from '../schemas/deadline';
import { EvidenceId, EvidenceItem } from '../schemas/evidence';
import { OrderStatus } from '../schemas/order';
import { SellerChatUrl } from '../schemas/order-detail';

/**
 * The claim requests (issue 5): the popup drives a claim through these, the background's claim
 * service (lib/storage/claim-service.ts) answers. Strict like the rest of the protocol.
 */

/**
 * Files cross runtime messaging as base64 text: Chrome's sendMessage serialises to JSON, so a Blob
 * would arrive empty, and its limit is 64 MiB per message. 32 MiB of bytes is 43 MiB of text;
 * a bigger file is kept as a reference (its file name) instead.
 */
export const MAX_EVIDENCE_FILE_BYTES = 32 * 1024 * 1024;
const BASE64_MAX = Math.ceil(MAX_EVIDENCE_FILE_BYTES / 3) * 4;
// A function, not a regex check: a 43 MiB string through a regex costs seconds.
const Base64 = z.string().check(
  z.maxLength(BASE64_MAX),
  z.refine((text) => text.length % 4 === 0 && isBase64(text), 'base64 text'),
);

function isBase64(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || (c === 61 && i >= text.length - 2);
    if (!ok) return false;
  }
  return true;
}

export const ClaimStartRequest = z.strictObject({ type: z.literal('claim/start'), orderId: OrderId });
export const ClaimGetRequest = z.strictObject({ type: z.literal('claim/get'), orderId: OrderId });
export const ClaimListRequest = z.strictObject({ type: z.literal('claim/list'), limit: z.int().check(z.minimum(1), z.maximum(1000)) });

/**
 * Events the buyer records through `claim/event`. `claim-started` has its own request, evidence
 * events go with their file (`evidence/add`, `evidence/remove`) so a timeline never names a file
 * that is not stored.
 */
const RECORDED_ELSEWHERE = new Set(['claim-started', 'evidence-added', 'evidence-removed']);
export const ClaimEventRequest = z.strictObject({
  type: z.literal('claim/event'),
  orderId: OrderId,
  event: ClaimEvent.check(z.refine((e) => !RECORDED_ELSEWHERE.has(e.type), 'this event has its own request')),
});

export const EvidenceAddRequest = z
  .strictObject({
    type: z.literal('evidence/add'),
    orderId: OrderId,
    item: EvidenceItem,
    /** The file's bytes; absent for a reference only. */
    file: z.optional(z.strictObject({ base64: Base64 })),
  })
  .check(
    z.refine((r) => (r.item.kind === 'reference') === (r.file === undefined), { message: 'a file for every item but a reference', path: ['file'] }),
    z.refine((r) => r.item.kind === 'reference' || r.item.sha256 !== undefined, { message: 'a file item names its SHA-256', path: ['item', 'sha256'] }),
  );

export const EvidenceRemoveRequest = z.strictObject({ type: z.literal('evidence/remove'), orderId: OrderId, evidenceId: EvidenceId });
export const EvidenceListRequest = z.strictObject({ type: z.literal('evidence/list'), orderId: OrderId });
/** One stored file, e.g. to embed an image in the claim file. */
export const EvidenceFileRequest = z.strictObject({ type: z.literal('evidence/file'), orderId: OrderId, evidenceId: EvidenceId });
export const ClaimExportRequest = z.strictObject({ type: z.literal('claim/export'), orderId: OrderId });
/** For the "Confirm received" guard on AliExpress pages: only yes/no facts, nothing of the claim itself. */
/** From a page's badge: open the popup's claim screen for the order (in a tab: a page cannot open the popup). */
export const ClaimOpenRequest = z.strictObject({ type: z.literal('claim/open'), orderId: OrderId });
export const ClaimGuardRequest = z.strictObject({ type: z.literal('claim/guard'), orderId: OrderId });

export const CLAIM_REQUESTS = [
  ClaimStartRequest,
  ClaimGetRequest,
  ClaimListRequest,
  ClaimEventRequest,
  EvidenceAddRequest,
  EvidenceRemoveRequest,
  EvidenceListRequest,
  EvidenceFileRequest,
  ClaimExportRequest,
  ClaimGuardRequest,
  ClaimOpenRequest,
] as const;

/** A product line of the order, as the claim's problem step asks about it. */
export const ClaimProduct = z.strictObject({
  itemKey: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,40}$/)),
  productId: z.optional(ProductId),
  title: z.optional(PageText(300)),
  variant: z.optional(PageText(200)),
});
export type ClaimProduct = z.infer<typeof ClaimProduct>;

/** A claim with what the popup needs around it: the order's products, deadlines and chat link. */
export const ClaimDetails = z.object({
  claim: ClaimState,
  status: z.optional(OrderStatus),
  storeName: z.optional(PageText(300)),
  products: z.array(ClaimProduct),
  /** Every deadline of the order, first-hand and estimated, each with its source and rule. */
  deadlines: z.array(Deadline),
  sellerChatUrl: z.optional(SellerChatUrl),
});
export type ClaimDetails = z.infer<typeof ClaimDetails>;

export const ClaimSummary = z.object({
  orderId: OrderId,
  startedAt: Instant,
  updatedAt: Instant,
  problems: z.int(),
  evidence: z.int(),
  closed: z.boolean(),
});
export type ClaimSummary = z.infer<typeof ClaimSummary>;

export const CLAIM_RESPONSES = {
  'claim/start': ClaimDetails,
  'claim/get': z.object({ details: z.nullable(ClaimDetails) }),
  'claim/list': z.object({ claims: z.array(ClaimSummary), total: z.int() }),
  'claim/event': ClaimDetails,
  'evidence/add': ClaimDetails,
  'evidence/remove': ClaimDetails,
  'evidence/list': z.object({ evidence: z.array(EvidenceItem) }),
  'evidence/file': z.object({ type: z.string(), base64: z.string() }),
  'claim/export': z.object({ file: ClaimFile, claim: ClaimState }),
  'claim/open': z.object({ opened: z.boolean() }),
  'claim/guard': z.object({
    /** A claim is running for the order (started, no outcome yet). */
    openClaim: z.boolean(),
    /** What the extension last read: the tracking page said not delivered, or the order is not even shipped. */
    notDelivered: z.boolean(),
  }),
} as const;
