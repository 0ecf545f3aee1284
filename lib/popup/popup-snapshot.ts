import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { UpcomingResult } from '../messaging/protocol';
import { Instant } from '../schemas/common';

/**
 * The popup's last list, kept in browser.storage.local so the next opening can draw at once while
 * the background (often asleep, with thousands of orders to read) prepares the fresh one. The same
 * data the database holds, on the same device; replaced on every opening.
 */
const Snapshot = z.strictObject({ savedAt: Instant, data: UpcomingResult });

// v1 — 2026-12-01.
const snapshotItem = storage.defineItem<unknown>('local:popupSnapshot', { fallback: null, version: 1 });

export async function readPopupSnapshot(): Promise<z.infer<typeof UpcomingResult> | undefined> {
  try {
    const parsed = Snapshot.safeParse(await snapshotItem.getValue());
    return parsed.success ? parsed.data.data : undefined;
  } catch {
    return undefined;
  }
}

export async function savePopupSnapshot(data: z.infer<typeof UpcomingResult>, now: Date): Promise<void> {
  try {
    await snapshotItem.setValue(Snapshot.parse({ savedAt: now.toISOString(), data }));
  } catch {
    // Only a head start for the next opening: losing it costs nothing.
  }
}
