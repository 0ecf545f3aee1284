import type { Reminder } from '../domain/reminders/plan';
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
  /** Forgets these deliveries (see staleDeliveries): keeps the table small. */
  forget(ids: readonly string[]): Promise<void>;
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

    async forget(ids) {
      if (ids.length === 0) return;
      try {
        await db.reminders.bulkDelete([...ids]);
      } catch (error) {
        throw new StorageError('write', { cause: error });
      }
    },
  };
}
