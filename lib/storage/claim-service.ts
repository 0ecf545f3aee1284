import type * as z from 'zod/mini';
import { buildClaimFile, type ClaimFile } from '../domain/claim/claim-file';
import { ClaimTransitionError } from '../domain/claim/errors';
import { sha256Hex } from '../domain/claim/evidence-file';
import { claimTimers } from '../domain/claim/claim-timers';
import { applyClaimEvent, replayClaim } from '../domain/claim/reducer';
import type { ClaimTimerListing } from '../domain/reminders/claim-timer-plan';
import type { ClaimDetails, ClaimProduct, ClaimSummary } from '../messaging/claim-requests';
import type { OrderView } from '../messaging/protocol';
import type { ClaimEvent, ClaimState } from '../schemas/claim';
import type { EvidenceItem } from '../schemas/evidence';
import { ClaimRecord, EvidenceRecord, type EvidenceKey } from './claim-records';
import type { ClaimDb } from './db';
import { OrderNotFoundError, StorageError } from './errors';
import { createLogOnce, type Warn } from './log-once';
import { OrderRecord } from './records';

/** The claim does not exist (claim/event before claim/start), or the evidence item is not stored. */
export class ClaimNotFoundError extends Error {
  override readonly name = 'ClaimNotFoundError';
  constructor(readonly orderId: string, readonly evidenceId?: string) {
    super(evidenceId ? `evidence ${evidenceId} of claim ${orderId} is not stored` : `no claim for order ${orderId}`);
  }
}

/** The file that arrived is not the one the item describes (bytes lost or changed on the way). */
export class EvidenceFileMismatchError extends Error {
  override readonly name = 'EvidenceFileMismatchError';
  constructor(readonly field: 'sha256' | 'size') {
    super(`the file's ${field} does not match its evidence record`);
  }
}

export interface ClaimService {
  start(orderId: string): Promise<ClaimDetails>;
  get(orderId: string): Promise<ClaimDetails | null>;
  list(limit: number): Promise<{ claims: ClaimSummary[]; total: number }>;
  /** Appends one event, stamped with the service's clock; a refused one throws ClaimTransitionError and changes nothing. */
  record(orderId: string, event: ClaimEvent): Promise<ClaimDetails>;
  addEvidence(orderId: string, item: EvidenceItem, file?: { bytes: Uint8Array }): Promise<ClaimDetails>;
  removeEvidence(orderId: string, evidenceId: string): Promise<ClaimDetails>;
  listEvidence(orderId: string): Promise<EvidenceItem[]>;
  evidenceFile(orderId: string, evidenceId: string): Promise<{ type: string; bytes: Uint8Array }>;
  exportClaim(orderId: string): Promise<{ file: ClaimFile; claim: ClaimState }>;
  /** Each open claim's running clocks at `now` (claim-timers.ts), for the reminder scheduler. */
  openTimers(now: Date): Promise<ClaimTimerListing[]>;
  /** What the "Confirm received" guard needs to know; an order never seen is neither. */
  guardFacts(orderId: string): Promise<{ openClaim: boolean; notDelivered: boolean }>;
}

export interface ClaimServiceOptions {
  /** The order's deadlines as the order service derives them (first-hand and estimated). */
  orders: { getOrders(orderIds: readonly string[]): Promise<OrderView[]> };
  clock: () => Date;
  warn?: Warn;
}

/**
 * Claims and their evidence locker, in the background. A claim is stored as its events; every
 * change replays them through the pure reducer first, so a refused event throws before anything
 * is written. A change and its evidence row are written in one transaction: a failing write
 * (quota, a corrupt file) aborts both, nothing half-saved.
 */
export function createClaimService(db: ClaimDb, options: ClaimServiceOptions): ClaimService {
  const { clock } = options;
  const logOnce = createLogOnce(options.warn ?? ((message) => console.warn(`[AliExpress Claim Assistant] storage: ${message}`)));

  function readRow<T>(schema: z.ZodMiniType<T>, table: string, key: string, raw: unknown): T | undefined {
    if (raw === undefined) return undefined;
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    logOnce(`${table}/${key}`, `skipped an unreadable ${table} row`);
    return undefined;
  }

  /** The claim as stored, replayed; `undefined` when there is none (or it cannot be read). */
  async function loadState(orderId: string): Promise<ClaimState | undefined> {
    const record = readRow(ClaimRecord, 'claims', orderId, await db.claims.get(orderId));
    if (!record) return undefined;
    const replayed = replayClaim(record.events);
    if (!replayed.ok) {
      logOnce(`claims/${orderId}/replay`, `a stored claim does not replay (${replayed.error.code})`);
      return undefined;
    }
    return replayed.state;
  }

  function apply(state: ClaimState | undefined, event: ClaimEvent): ClaimState {
    const result = applyClaimEvent(state, event);
    if (!result.ok) throw result.error;
    return result.state;
  }

  const put = (state: ClaimState) => db.claims.put(ClaimRecord.parse({ orderId: state.orderId, events: state.timeline, updatedAt: state.updatedAt }));

  /** Events are stamped here, never before the claim's last one (a clock that stepped back). */
  function stamp(state: ClaimState | undefined): string {
    const now = clock().toISOString();
    return state && state.updatedAt > now ? state.updatedAt : now;
  }

  async function details(state: ClaimState): Promise<ClaimDetails> {
    const [view] = await guard('read', () => options.orders.getOrders([state.orderId]));
    const record = readRow(OrderRecord, 'orders', state.orderId, await guard('read', () => db.orders.get(state.orderId)));
    const products: ClaimProduct[] = (record?.products ?? []).map((p, i) => ({
      itemKey: p.productId ?? `item-${i + 1}`,
      ...(p.productId ? { productId: p.productId } : {}),
      ...(p.title ? { title: p.title } : {}),
      ...(p.variant ? { variant: p.variant } : {}),
    }));
    return {
      claim: state,
      ...(view ? { status: view.status } : {}),
      ...(record?.store?.name ? { storeName: record.store.name } : {}),
      products: uniqueKeys(products),
      deadlines: view?.deadlines ?? [],
      ...(record?.detail?.page?.sellerChatUrl ? { sellerChatUrl: record.detail.page.sellerChatUrl } : {}),
    };
  }

  async function existing(orderId: string): Promise<ClaimState> {
    const state = await guard('read', () => loadState(orderId));
    if (!state) throw new ClaimNotFoundError(orderId);
    return state;
  }

  return {
    async start(orderId) {
      const known = await guard('read', () => db.orders.get(orderId));
      if (!known) throw new OrderNotFoundError(orderId);
      const state = await guard('write', () =>
        db.transaction('rw', db.claims, async () => {
          const before = await loadState(orderId);
          const next = apply(before, { type: 'claim-started', at: stamp(before), orderId });
          await put(next);
          return next;
        }),
      );
      return details(state);
    },

    async get(orderId) {
      const state = await guard('read', () => loadState(orderId));
      return state ? details(state) : null;
    },

    async list(limit) {
      const rows = await guard('read', () => db.claims.orderBy('updatedAt').reverse().toArray());
      const claims = rows.flatMap((raw): ClaimSummary[] => {
        const record = readRow(ClaimRecord, 'claims', String((raw as { orderId?: unknown }).orderId), raw);
        const replayed = record && replayClaim(record.events);
        if (!replayed?.ok) return [];
        const { state } = replayed;
        return [{ orderId: state.orderId, startedAt: state.startedAt, updatedAt: state.updatedAt, problems: state.problems.length, evidence: state.evidence.length, closed: state.outcome !== undefined }];
      });
      return { claims: claims.slice(0, limit), total: claims.length };
    },

    async record(orderId, event) {
      await existing(orderId);
      const state = await guard('write', () =>
        db.transaction('rw', db.claims, async () => {
          const before = await loadState(orderId);
          if (!before) throw new ClaimNotFoundError(orderId);
          const next = apply(before, { ...event, at: stamp(before) });
          await put(next);
          return next;
        }),
      );
      return details(state);
    },

    async addEvidence(orderId, item, file) {
      await existing(orderId);
      let blob: Blob | undefined;
      if (file) {
        // Hashed before the transaction: IndexedDB commits a transaction that waits on anything else.
        if (file.bytes.byteLength !== item.size) throw new EvidenceFileMismatchError('size');
        if ((await sha256Hex(file.bytes)) !== item.sha256) throw new EvidenceFileMismatchError('sha256');
        blob = new Blob([file.bytes as BlobPart], { type: item.type });
      }
      const state = await guard('write', () =>
        db.transaction('rw', db.claims, db.evidence, async () => {
          const before = await loadState(orderId);
          if (!before) throw new ClaimNotFoundError(orderId);
          const next = apply(before, { type: 'evidence-added', at: stamp(before), evidence: item });
          await db.evidence.put(EvidenceRecord.parse({ orderId, id: item.id, item, ...(blob ? { file: blob } : {}) }));
          await put(next);
          return next;
        }),
      );
      return details(state);
    },

    async removeEvidence(orderId, evidenceId) {
      await existing(orderId);
      const state = await guard('write', () =>
        db.transaction('rw', db.claims, db.evidence, async () => {
          const before = await loadState(orderId);
          if (!before) throw new ClaimNotFoundError(orderId);
          const next = apply(before, { type: 'evidence-removed', at: stamp(before), evidenceId });
          await db.evidence.delete([orderId, evidenceId] satisfies EvidenceKey);
          await put(next);
          return next;
        }),
      );
      return details(state);
    },

    async listEvidence(orderId) {
      const state = await existing(orderId);
      return state.evidence;
    },

    async evidenceFile(orderId, evidenceId) {
      const raw = await guard('read', () => db.evidence.get([orderId, evidenceId] satisfies EvidenceKey));
      const record = readRow(EvidenceRecord, 'evidence', `${orderId}/${evidenceId}`, raw);
      if (!record?.file) throw new ClaimNotFoundError(orderId, evidenceId);
      const bytes = new Uint8Array(await guard('read', () => record.file!.arrayBuffer()));
      return { type: record.item.type, bytes };
    },

    async exportClaim(orderId) {
      const state = await existing(orderId);
      const { deadlines } = await details(state);
      return { file: buildClaimFile(state, deadlines, clock()), claim: state };
    },

    async openTimers(now) {
      const rows = await guard('read', () => db.claims.toArray());
      const open = rows.flatMap((raw): ClaimState[] => {
        const record = readRow(ClaimRecord, 'claims', String((raw as { orderId?: unknown }).orderId), raw);
        const replayed = record && replayClaim(record.events);
        return replayed?.ok && replayed.state.outcome === undefined ? [replayed.state] : [];
      });
      if (open.length === 0) return [];
      // One read of the orders' deadlines: the reply wait is capped by the dispute window.
      const views = await guard('read', () => options.orders.getOrders(open.map((s) => s.orderId)));
      const deadlinesOf = new Map(views.map((v) => [v.orderId, v.deadlines]));
      return open
        .map((state) => ({ orderId: state.orderId, timers: claimTimers(state, { deadlines: deadlinesOf.get(state.orderId) ?? [], now }) }))
        .filter((listing) => listing.timers.length > 0);
    },

    async guardFacts(orderId) {
      const state = await guard('read', () => loadState(orderId));
      const record = readRow(OrderRecord, 'orders', orderId, await guard('read', () => db.orders.get(orderId)));
      const tracking = record?.detail?.tracking;
      const notShipped = record?.status === 'unpaid' || record?.status === 'processing';
      return { openClaim: state !== undefined && state.outcome === undefined, notDelivered: notShipped || tracking?.delivered === false };
    },
  };
}

/** Two lines of the same product (two variants) still need keys of their own. */
function uniqueKeys(products: ClaimProduct[]): ClaimProduct[] {
  const seen = new Map<string, number>();
  return products.map((p) => {
    const n = (seen.get(p.itemKey) ?? 0) + 1;
    seen.set(p.itemKey, n);
    return n === 1 ? p : { ...p, itemKey: `${p.itemKey.slice(0, 36)}-${n}` };
  });
}

async function guard<T>(operation: 'read' | 'write', run: () => PromiseLike<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    // Our own refusals pass through: they are answers, not storage failures.
    if (error instanceof ClaimTransitionError || error instanceof ClaimNotFoundError || error instanceof StorageError) throw error;
    throw new StorageError(operation, { cause: error });
  }
}
