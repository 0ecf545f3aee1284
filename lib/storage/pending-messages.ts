import * as z from 'zod/mini';
import { PendingMessage } from '../schemas/pending-message';
import { StorageError } from './errors';

/**
 * How long a message waits for its chat page. It is meant for the chat the buyer opens right
 * after choosing it; 30 minutes covers a slow page or a log-in on the way, while an older text
 * would be offered in some later conversation where it no longer fits.
 */
export const PENDING_MESSAGE_TTL_MS = 30 * 60_000;
/** One per order; a handful is all a buyer juggles at once. */
export const MAX_PENDING_MESSAGES = 20;

const KEY = 'pendingMessages';
const Stored = z.array(PendingMessage);

/** The part of `browser.storage.session` the store uses (injected: tests pass a fake). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface PendingMessageStore {
  set(input: { orderId: string; text: string }): Promise<PendingMessage>;
  /** For that order, or without an order the newest one; `null` when none is waiting. */
  get(orderId?: string): Promise<PendingMessage | null>;
  /** Removes it once inserted; `false` when none was waiting. */
  markUsed(orderId: string): Promise<boolean>;
}

/**
 * Pending chat messages in `storage.session`: in memory only, gone when the browser closes, and
 * not readable by content scripts (trusted contexts only), so a page can never list them. The
 * background owns it; pages ask through the protocol. A stored value that does not validate is
 * treated as empty rather than trusted.
 */
export function createPendingMessageStore(area: SessionArea, clock: () => Date): PendingMessageStore {
  async function readLive(): Promise<PendingMessage[]> {
    let raw: unknown;
    try {
      raw = (await area.get(KEY))[KEY];
    } catch (cause) {
      throw new StorageError('read', { cause });
    }
    const parsed = Stored.safeParse(raw ?? []);
    const now = clock().getTime();
    return parsed.success ? parsed.data.filter((m) => Date.parse(m.expiresAt) > now) : [];
  }
  async function write(messages: PendingMessage[]): Promise<void> {
    try {
      await area.set({ [KEY]: messages });
    } catch (cause) {
      throw new StorageError('write', { cause });
    }
  }
  return {
    async set({ orderId, text }) {
      const now = clock();
      const message: PendingMessage = {
        orderId,
        text,
        setAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + PENDING_MESSAGE_TTL_MS).toISOString(),
      };
      const others = (await readLive()).filter((m) => m.orderId !== orderId);
      await write([...others, message].slice(-MAX_PENDING_MESSAGES));
      return message;
    },
    async get(orderId) {
      const live = await readLive();
      const match = orderId === undefined ? live.at(-1) : live.find((m) => m.orderId === orderId);
      return match ?? null;
    },
    async markUsed(orderId) {
      const live = await readLive();
      const rest = live.filter((m) => m.orderId !== orderId);
      if (rest.length === live.length) return false;
      await write(rest);
      return true;
    },
  };
}
