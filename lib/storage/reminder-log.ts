import { deadlineKeyOf, type Reminder } from '../domain/reminders/plan';
import type { ClaimDb } from './db';
import { StorageError } from './errors';
import { DeliveredReminderRecord } from './reminder-records';

export interface ReminderLog {
  /** Ids of every reminder delivered so far. */
  deliveredIds(): Promise<Set<string>>;
  /**
   * Records `reminders` as delivered and returns those that were not already: the caller shows
   * only these. Check and write in one transaction, so two rebuilds can never both claim one.
   */
  claim(reminders: readonly Reminder[], at: Date): Promise<Reminder[]>;
  /**
   * Forgets deliveries whose deadline is no longer open at that date (passed, moved, order gone):
   * keeps the table small. Keyed by deadline, not by reminder, so a threshold switched off and on
   * again does not fire a second time.
   */
  prune(openDeadlines: ReadonlySet<string>): Promise<number>;
}

export function createReminderLog(db: ClaimDb): ReminderLog {
  return {
    async deliveredIds() {
      try {
        return new Set((await db.reminders.toCollection().primaryKeys()).map(String));
      } catch (error) {
        throw new StorageError('read', { cause: error });
      }
    },

    async claim(reminders, at) {
      if (reminders.length === 0) return [];
      const deliveredAt = at.toISOString();
      try {
        return await db.transaction('rw', db.reminders, async () => {
          const existing = await db.reminders.bulkGet(reminders.map((r) => r.id));
          const fresh = reminders.filter((_, i) => existing[i] === undefined);
          const rows = fresh.map(({ id, orderId, kind, thresholdDays, dueAt }) =>
            DeliveredReminderRecord.parse({ id, orderId, kind, thresholdDays, dueAt, deliveredAt }),
          );
          if (rows.length > 0) await db.reminders.bulkPut(rows);
          return fresh;
        });
      } catch (error) {
        throw new StorageError('write', { cause: error });
      }
    },

    async prune(openDeadlines) {
      try {
        const rows = await db.reminders.toArray();
        const stale = rows.filter((row) => !openDeadlines.has(deadlineKeyOf(row))).map((row) => row.id);
        if (stale.length > 0) await db.reminders.bulkDelete(stale);
        return stale.length;
      } catch (error) {
        throw new StorageError('write', { cause: error });
      }
    },
  };
}
