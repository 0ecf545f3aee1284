import type { Transaction } from 'dexie';

/**
 * Every schema version the `aca` database ever had, oldest first. Versions only move forward:
 * never edit a released version, add a new constant below it with its dated banner, its stores
 * spec (only the tables that change, as Dexie expects) and, when rows must change shape, an
 * upgrade function. tests/storage/schema-history.test.ts seeds every version listed here and
 * opens the current ClaimDb over it, so a new version needs a seed there too (the test says so).
 */
export interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => PromiseLike<void> | void;
}

// v1 — 2026-11-23: orders, stores, deadlines
// orders by id (status and lastSeenAt indexed for listing and clean-up); stores by id;
// first-hand deadlines (aliexpress, manual) keyed by order, kind and source, dueAt indexed for
// reminders. Estimated deadlines are never stored: they are derived from the orders on read.
export const SCHEMA_V1: SchemaVersion = {
  version: 1,
  stores: {
    orders: 'orderId, status, lastSeenAt',
    stores: 'storeId, lastSeenAt',
    deadlines: '[orderId+kind+source], orderId, dueAt',
  },
};

// v2 — 2026-12-01: storeStats, listingSnapshots (product pages, issue 4)
// storeStats: one point per store per local day ([storeId+observedOn]; a later visit that day
// replaces it), storeId indexed for the store's series. listingSnapshots: one row per distinct
// listing content ([productId+contentHash], SHA-256 of the content), productId indexed to link
// orders by product id, storeId for a store's listings. New tables only: nothing to migrate.
export const SCHEMA_V2: SchemaVersion = {
  version: 2,
  stores: {
    storeStats: '[storeId+observedOn], storeId',
    listingSnapshots: '[productId+contentHash], productId, storeId, lastSeenAt',
  },
};

// v3 — 2026-12-01: reminders delivered
// One row per reminder shown (or recorded as covered by a nearer one), keyed by the reminder's
// stable id (order, kind, threshold, dueAt), so each fires once across restarts. orderId indexed
// for clean-up.
export const SCHEMA_V3: SchemaVersion = {
  version: 3,
  stores: {
    reminders: 'id, orderId',
  },
};

// v4 — 2026-12-01: claims, evidence (issue 5)
// claims: one row per claim, keyed by its order (one dispute per order, POLICY D4); the row keeps
// the reducer's events (the timeline) and the state is replayed from them; updatedAt indexed for
// the popup's list. evidence: one row per item, keyed [orderId+id], orderId indexed for a claim's
// locker; the metadata row carries the file as a Blob (absent for a reference only). New tables
// only: nothing to migrate.
export const SCHEMA_V4: SchemaVersion = {
  version: 4,
  stores: {
    claims: 'orderId, updatedAt',
    evidence: '[orderId+id], orderId',
  },
};

export const SCHEMA_HISTORY: readonly SchemaVersion[] = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4];
