/**
 * The request named an order the database does not hold (or holds only as an unreadable row).
 * Not called "NotFoundError": Dexie re-wraps errors that carry an IndexedDB error name.
 */
export class OrderNotFoundError extends Error {
  override readonly name = 'OrderNotFoundError';
  constructor(readonly orderId: string) {
    super(`order ${orderId} is not known`);
  }
}

/** IndexedDB refused or aborted the transaction: nothing of it was written. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly operation: 'read' | 'write',
    options?: { cause?: unknown },
  ) {
    super(`storage ${operation} failed`, options);
  }
}
