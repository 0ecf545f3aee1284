import * as z from 'zod/mini';
import { Instant, OrderId } from '../schemas/common';
import { DeadlineKind } from '../schemas/deadline';

/** A reminder that was delivered (shown, or covered by a nearer one shown with it): it never fires again. */
export const DeliveredReminderRecord = z.strictObject({
  id: z.string().check(z.maxLength(200)),
  orderId: OrderId,
  kind: DeadlineKind,
  thresholdDays: z.int().check(z.nonnegative()),
  dueAt: Instant,
  deliveredAt: Instant,
});
export type DeliveredReminderRecord = z.infer<typeof DeliveredReminderRecord>;
