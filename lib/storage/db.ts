import Dexie, { type Table } from 'dexie';
import type { ClaimRecord, EvidenceKey, EvidenceRecord } from './claim-records';
import type { ListingSnapshotRecord, SnapshotKey, StoreStatKey, StoreStatRecord } from './product-records';
import type { DeadlineKey, DeadlineRecord, OrderRecord, StoreRecord } from './records';
import type { DeliveredReminderRecord } from './reminder-records';
import { SCHEMA_HISTORY, type SchemaVersion } from './schema-history';

export const DB_NAME = 'aca';

/** Declares `history` on `db`, oldest first; Dexie runs the upgrades a database still needs. */
export function applySchemaHistory(db: Dexie, history: readonly SchemaVersion[]): void {
  for (const { version, stores, upgrade } of history) {
    const declared = db.version(version).stores({ ...stores });
    if (upgrade) declared.upgrade(upgrade);
  }
}

/**
 * The extension's database, owned by the background alone. Rows are typed here, but the types
 * are a promise, not a proof: read rows through the record schemas (records.ts).
 */
export class ClaimDb extends Dexie {
  // `declare`: Dexie creates these tables in version().stores(); a class field would reset them.
  declare orders: Table<OrderRecord, string>;
  declare stores: Table<StoreRecord, string>;
  declare deadlines: Table<DeadlineRecord, DeadlineKey>;
  declare storeStats: Table<StoreStatRecord, StoreStatKey>;
  declare listingSnapshots: Table<ListingSnapshotRecord, SnapshotKey>;
  declare reminders: Table<DeliveredReminderRecord, string>;
  declare claims: Table<ClaimRecord, string>;
  declare evidence: Table<EvidenceRecord, EvidenceKey>;

  constructor(name: string = DB_NAME) {
    super(name);
    applySchemaHistory(this, SCHEMA_HISTORY);
  }
}

/** Nothing touches IndexedDB until the first query (Dexie opens on demand). Tests pass a fresh name. */
export function openDb(name: string = DB_NAME): ClaimDb {
  return new ClaimDb(name);
}
