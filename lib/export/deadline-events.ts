import type { Deadline } from '../schemas/deadline';
import { fireTimeFor } from '../domain/reminders/fire-time';
import { normaliseThresholds } from '../domain/reminders/thresholds';
import { orderDetailUrl } from '../pages/order-urls';
import type { CalendarEvent } from './ics';

export interface DeadlineWords {
  summary(deadline: Deadline): string;
  description(deadline: Deadline): string;
}

interface OrderDeadlines {
  orderId: string;
  deadlines: readonly Deadline[];
}

/** Calendar events for open deadlines, with alarms at the same moments as the extension's reminders. */
export function deadlineEvents(orders: readonly OrderDeadlines[], thresholds: readonly number[], words: DeadlineWords): CalendarEvent[] {
  const days = normaliseThresholds(thresholds);
  return orders.flatMap(({ orderId, deadlines }) =>
    deadlines.map((deadline): CalendarEvent => {
      const start = new Date(deadline.dueAt);
      return {
        // Per order and kind, not per date: a moved deadline updates the same event.
        uid: `${orderId}-${deadline.kind}@aliexpress-claim-assistant`,
        start,
        summary: words.summary(deadline),
        description: words.description(deadline),
        url: orderDetailUrl(orderId),
        alarms: days.map((n) => fireTimeFor(start, n)),
      };
    }),
  );
}
