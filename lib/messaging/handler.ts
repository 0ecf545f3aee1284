import type * as z from 'zod/mini';
import { fromBase64, toBase64 } from './base64';
import { ClaimTransitionError } from '../domain/claim/errors';
import { ClaimNotFoundError, EvidenceFileMismatchError, type ClaimService } from '../storage/claim-service';
import { OrderNotFoundError, StorageError } from '../storage/errors';
import type { OrderService } from '../storage/order-service';
import type { ProductService } from '../storage/product-service';
import type { PendingMessageStore } from '../storage/pending-messages';
import { Request, type ErrorCode, type ErrorResponse, type Response } from './protocol';

export type MessageHandler = (raw: unknown) => Promise<Response>;

const MAX_MESSAGE = 200;

/**
 * Answers one message from another context of the extension. Validates it with the protocol's
 * strict schemas first, so a malformed request writes nothing; then dispatches to the service.
 * Never throws, never rejects: every failure is a typed `{ ok: false, error }`.
 */
export function createMessageHandler(service: OrderService, services: Services = {}): MessageHandler {
  return async (raw) => {
    let request: Request;
    try {
      const parsed = Request.safeParse(raw);
      if (!parsed.success) return failure('invalid-request', describeIssues(parsed.error.issues));
      request = parsed.data;
    } catch {
      // A getter that throws, a revoked proxy…: not something a sendMessage payload can carry.
      return failure('invalid-request', 'request: not a readable object');
    }
    try {
      return await dispatch(service, services, request);
    } catch (error) {
      return toFailure(error, request);
    }
  };
}

/** The services besides orders; a handler built without one answers its requests with an error. */
export interface Services {
  products?: ProductService;
  pendingMessages?: PendingMessageStore;
  claims?: ClaimService;
  /** Opens the popup's claim screen for an order (the background wires browser.tabs). */
  openClaimPage?: (orderId: string) => Promise<void>;
}

async function dispatch(service: OrderService, services: Services, request: Request): Promise<Response> {
  switch (request.type) {
    case 'orders/seen':
      return ok({ orders: await service.recordOrdersSeen(request) });
    case 'orders/get':
      return ok({ orders: await service.getOrders(request.orderIds) });
    case 'deadline/set-manual':
      return ok(await service.setManualDeadline(request));
    case 'deadline/remove-manual':
      return ok(await service.removeManualDeadline(request));
    // Product pages (issue 4).
    case 'product/seen':
      return ok(await wired(services.products, 'product').recordProductSeen(request));
    case 'product/snapshots':
      return ok({ snapshots: await wired(services.products, 'product').getListingSnapshots(request.productId) });
    case 'order-detail/seen':
      return ok(await service.recordDetailSeen(request));
    case 'tracking/seen':
      return ok(await service.recordTrackingSeen(request));
    case 'deadlines/upcoming':
      return ok(await service.listUpcoming(request.limit));
    case 'message/set-pending':
      return ok({ pending: await wired(services.pendingMessages, 'pending-message').set(request) });
    case 'message/get-pending':
      return ok({ pending: await wired(services.pendingMessages, 'pending-message').get(request.orderId) });
    case 'message/mark-used':
      return ok({ used: await wired(services.pendingMessages, 'pending-message').markUsed(request.orderId) });
    // Claims (issue 5).
    case 'claim/start':
      return ok(await wired(services.claims, 'claim').start(request.orderId));
    case 'claim/get':
      return ok({ details: await wired(services.claims, 'claim').get(request.orderId) });
    case 'claim/list':
      return ok(await wired(services.claims, 'claim').list(request.limit));
    case 'claim/event':
      return ok(await wired(services.claims, 'claim').record(request.orderId, request.event));
    case 'evidence/add':
      return ok(await wired(services.claims, 'claim').addEvidence(request.orderId, request.item, request.file && { bytes: fromBase64(request.file.base64) }));
    case 'evidence/remove':
      return ok(await wired(services.claims, 'claim').removeEvidence(request.orderId, request.evidenceId));
    case 'evidence/list':
      return ok({ evidence: await wired(services.claims, 'claim').listEvidence(request.orderId) });
    case 'evidence/file': {
      const { type, bytes } = await wired(services.claims, 'claim').evidenceFile(request.orderId, request.evidenceId);
      return ok({ type, base64: toBase64(bytes) });
    }
    case 'claim/export':
      return ok(await wired(services.claims, 'claim').exportClaim(request.orderId));
    case 'claim/open':
      await wired(services.openClaimPage, 'claim page')(request.orderId);
      return ok({ opened: true });
    case 'claim/guard':
      return ok(await wired(services.claims, 'claim').guardFacts(request.orderId));
  }
}

function wired<T>(service: T | undefined, name: string): T {
  if (!service) throw new Error(`no ${name} service wired into this handler`);
  return service;
}

function toFailure(error: unknown, request: Request): ErrorResponse {
  if (error instanceof OrderNotFoundError) {
    return failure('not-found', `order ${error.orderId}: not known to the extension yet; open it in My Orders first`);
  }
  if (error instanceof ClaimTransitionError) return failure('claim-refused', `${error.code}: ${error.message}`);
  if (error instanceof ClaimNotFoundError) return failure('not-found', error.message);
  if (error instanceof EvidenceFileMismatchError) return failure('invalid-request', `${error.message}; nothing was saved`);
  if (error instanceof StorageError) {
    console.warn('[AliExpress Claim Assistant] storage failed for', request.type, error.cause);
    if (isQuotaError(error.cause)) return failure('storage-failed', 'The browser has no room left for the extension; nothing was saved. Keep big files as a reference.');
    return failure(
      'storage-failed',
      error.operation === 'write'
        ? 'The extension could not save this; the data was not saved.'
        : 'The extension could not read its saved data.',
    );
  }
  console.error('[AliExpress Claim Assistant] request failed:', request.type, error);
  return failure('internal', 'The extension hit an unexpected error.');
}

/** Dexie wraps IndexedDB's QuotaExceededError; look through the wrappers. */
function isQuotaError(cause: unknown): boolean {
  for (let e = cause, depth = 0; e && depth < 5; depth++) {
    const { name, inner } = e as { name?: unknown; inner?: unknown };
    if (name === 'QuotaExceededError') return true;
    e = inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

const ok = <D>(data: D) => ({ ok: true as const, data }) as Response;

function failure(code: ErrorCode, message: string): ErrorResponse {
  return { ok: false, error: { code, message: clean(message) } };
}

/**
 * A short human message naming the first bad path ("orders[3].orderId: …"). Never echoes input
 * values, and key names only cut short: the sender may be hostile and the message gets logged.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const [first] = issues;
  if (!first) return 'request: invalid';
  const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : '';
  return `${formatPath(first.path)}: ${issueText(first)}${more}`;
}

function issueText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.slice(0, 3).map((k) => JSON.stringify(cut(k, 40))).join(', ')}`;
    case 'invalid_union':
      // A discriminated union with no matching `type` (missing or not one of ours).
      return issue.path.at(-1) === 'type' ? 'unknown or missing request type' : 'matches no allowed shape';
    case 'too_big':
      return issue.origin === 'array' ? `too many items (max ${issue.maximum})` : issue.origin === 'string' ? `too long (max ${issue.maximum} characters)` : `too big (max ${issue.maximum})`;
    default:
      return issue.message;
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'request';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${cut(String(part), 40)}`))
    .join('');
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** No control characters, bounded length: the message may end up in a log line or a toast. */
function clean(message: string): string {
  return cut(message.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' '), MAX_MESSAGE);
}

interface Sender {
  id?: string;
}

/**
 * The `runtime.onMessage` listener: answers only this extension's own contexts (content scripts,
 * popup, options), ignores the rest. Responds through `sendResponse` + `return true`, the form
 * every browser supports (returning a promise needs Firefox or the polyfill WXT no longer ships).
 */
export function createMessageListener(getHandler: () => MessageHandler, extensionId: string) {
  return (message: unknown, sender: Sender, sendResponse: (response: Response) => void): boolean => {
    if (sender.id !== extensionId) return false;
    let answer: Promise<Response>;
    try {
      answer = getHandler()(message);
    } catch (error) {
      console.error('[AliExpress Claim Assistant] background not ready:', error);
      answer = Promise.resolve(failure('internal', 'The extension background is not ready.'));
    }
    void answer.then((response) => {
      try {
        sendResponse(response);
      } catch {
        // The asking tab or popup is gone: nobody is left to tell.
      }
    });
    return true;
  };
}
