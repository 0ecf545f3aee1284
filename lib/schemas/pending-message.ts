import * as z from 'zod/mini';
import { Instant, OrderId } from './common';

/**
 * Message text the buyer chose to send: plain text, lines allowed, no other control characters.
 * 2,000 characters: twice the template budget, room for the buyer's own edits.
 */
export const MessageText = z.string().check(
  z.minLength(1),
  z.maxLength(2000),
  z.refine((text) => !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(text), 'plain text: no control characters'),
  z.refine((text) => text.trim().length > 0, 'not blank'),
);

/** A message waiting to be inserted into the seller chat of its order (never sent by us). */
export const PendingMessage = z.strictObject({
  orderId: OrderId,
  text: MessageText,
  setAt: Instant,
  expiresAt: Instant,
});
export type PendingMessage = z.infer<typeof PendingMessage>;
