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

  private readonly writeListeners = new Set<(table: string) => void>();

  constructor(name: string = DB_NAME) {
    super(name);
    applySchemaHistory(this, SCHEMA_HISTORY);
    // Every write to any table, whichever service makes it, is announced (caches drop what they
    // kept). A DBCore middleware sees them all; it must be in place before the database opens.
    this.use({
      stack: 'dbcore',
      name: 'aca-write-events',
      create: (down) => ({
        ...down,
        table: (tableName) => {
          const table = down.table(tableName);
          return {
            ...table,
            mutate: (request) => {
              this.announceWrite(tableName);
              return table.mutate(request).finally(() => this.announceWrite(tableName));
            },
          };
        },
      }),
    });
  }

  /** Calls `listener` with the table's name before and after each write to it; returns "unsubscribe". */
  onWrite(listener: (table: string) => void): () => void {
    this.writeListeners.add(listener);
    return () => this.writeListeners.delete(listener);
  }

  private announceWrite(table: string): void {
    for (const listener of this.writeListeners) listener(table);
  }
}

/** Nothing touches IndexedDB until the first query (Dexie opens on demand). Tests pass a fresh name. */
export function openDb(name: string = DB_NAME): ClaimDb {
  return new ClaimDb(name);
}
