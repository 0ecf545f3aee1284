import { kindLabel, sourceWords } from '@/lib/deadline-words';
import { deadlineEvents } from '@/lib/export/deadline-events';
import { serialiseCalendar } from '@/lib/export/ics';
import { t } from '@/lib/i18n';
import type { UpcomingOrder } from '@/lib/messaging/protocol';
import { orderDetailUrl } from '@/lib/pages/order-urls';
import { ruleWords } from './words';

/** The .ics text for every open deadline of `orders`, alarms at the buyer's thresholds. */
export function calendarFile(orders: readonly UpcomingOrder[], thresholds: readonly number[], now: Date): { text: string; count: number } {
  const events = deadlineEvents(orders, thresholds, {
    summary: (d) => t('reminder_calendarSummary', [kindLabel(d.kind), d.orderId]),
    description: (d) =>
      t('reminder_calendarDescription', [sourceWords(d.source), ruleWords(d.rule), orderDetailUrl(d.orderId)]),
  });
  return { text: serialiseCalendar(events, { now, name: t('reminder_calendarName') }), count: events.length };
}
