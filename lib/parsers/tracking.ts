import * as z from 'zod/mini';
import type { CalendarDate } from '../schemas/common';
import { ParsedTracking, type TrackingEvent } from '../schemas/order-detail';
import { isDeliveredWord, promiseIn, type PromiseKind } from './locale/detail-words';
import { calendarDate, monthOf, parseDate } from './locale/dates';
import { TRACKING as S } from './detail-selectors';
import { lenient, shortText } from './json/mtop';
import { recognised, unrecognised, type ParseResult } from './result';
import { bounded, cleanText, foldKey, textOf, tokenize } from './text';


/**
 * Tracking page → `ParsedTracking` (PAGES.md section 3), from the DOM (hashed CSS-module classes,
 * matched by prefix) or from the page's `mtop.ae.ld.querydetail` answer. The order id comes from
 * the page's URL (the caller's), the clock from the caller: event times carry no year
 * ("Tue | Jul. 28 18:39"), so a day is dated to its latest occurrence not after `observedAt`.
 * Delivered: the locale-independent `AE_GTMS_SIGNED` code, or the words of the latest event.
 */

export const TRACKING_API = 'mtop.ae.ld.querydetail';
export const DELIVERED_CODE = 'AE_GTMS_SIGNED';

const MAX_ELEMENTS = 50_000;
const TRACKING_NUMBER = /^[A-Za-z0-9-]{6,40}$/;

export function parseTrackingPage(root: ParentNode, orderId: string, observedAt: Date): ParseResult<ParsedTracking> {
  try {
    if (root.querySelectorAll('*').length > MAX_ELEMENTS) return unrecognised('markup-changed', ['page']);
    const numberText = textOf(root.querySelector(S.trackingNumber));
    const trackingNumber = numberText?.split(' ').find((word) => TRACKING_NUMBER.test(word) && /\d/.test(word));
    const carrier = bounded(textOf(root.querySelector(S.carrier)), 200);
    const promises = readPromises(root);
    const name = textOf(root.querySelector(S.eventName));
    const time = textOf(root.querySelector(S.eventTime));
    const latestEvent = name === undefined ? undefined : event(name, time, name !== undefined && isDeliveredWord(name), observedAt);
    if (trackingNumber === undefined && promises.refund === undefined && latestEvent === undefined) {
      return unrecognised('markup-changed', ['tracking']);
    }
    return validated({
      orderId,
      trackingNumber,
      carrier,
      latestEvent,
      delivered: latestEvent?.delivered ?? false,
      refundIfNoDeliveryBefore: promises.refund,
      couponIfDelayedBy: promises.coupon,
    });
  } catch {
    return unrecognised('markup-changed', ['page']);
  }
}

/** Promise lines anywhere on the page, found by their words; two different dates for one promise → none. */
function readPromises(root: ParentNode): { refund?: CalendarDate; coupon?: CalendarDate } {
  const found: Record<PromiseKind, Set<CalendarDate>> = { 'refund-if-late': new Set(), 'coupon-if-delayed': new Set() };
  for (const el of root.querySelectorAll('body *')) {
    // One line: an element with at most a couple of inline children (not the list around them).
    if (el.childElementCount > 2 || el.closest('script, style, template')) continue;
    const text = textOf(el);
    if (text === undefined || text.length > 300) continue;
    const promise = promiseIn(text);
    // The date must follow the phrase at once: "before Sep 3, 2026", "até 30 dez, 2025".
    const date = promise === undefined ? undefined : parseDate(promise.rest.trim().split(' ').slice(0, 5).join(' '));
    if (promise && date) found[promise.kind].add(date);
  }
  const only = (set: Set<CalendarDate>) => (set.size === 1 ? [...set][0] : undefined);
  return compact({ refund: only(found['refund-if-late']), coupon: only(found['coupon-if-delayed']) });
}

const Detail = z.looseObject({
  timeText: lenient(shortText(100)),
  trackingName: lenient(shortText(300)),
  trackingDetailDesc: lenient(shortText(1000)),
  trackingPrimaryCode: lenient(shortText(60)),
});
const Line = z.looseObject({
  mailNo: lenient(shortText(60)),
  logisticsCarrierName: lenient(shortText(200)),
  detailList: lenient(z.array(z.unknown()).check(z.maxLength(500))),
});
const Body = z.looseObject({
  data: z.looseObject({
    module: z.looseObject({ trackingDetailLineList: z.array(z.unknown()).check(z.minLength(1), z.maxLength(50)) }),
  }),
});

/** The `mtop.ae.ld.querydetail` answer. Several packages: delivered only when every one is. */
export function parseTrackingJson(body: unknown, orderId: string, observedAt: Date): ParseResult<ParsedTracking> {
  try {
    const parsed = Body.safeParse(body);
    if (!parsed.success) return unrecognised('markup-changed', ['trackingDetailLineList']);
    const lines = parsed.data.data.module.trackingDetailLineList.flatMap((raw) => {
      const line = Line.safeParse(raw);
      return line.success ? [line.data] : [];
    });
    if (lines.length === 0) return unrecognised('markup-changed', ['trackingDetailLineList']);
    const latest = lines.map((line) => {
      const first = Detail.safeParse((line.detailList ?? [])[0]);
      if (!first.success) return undefined;
      const text = first.data.trackingName ?? first.data.trackingDetailDesc;
      if (text === undefined) return undefined;
      const delivered = first.data.trackingPrimaryCode === DELIVERED_CODE || isDeliveredWord(text);
      return event(text, first.data.timeText, delivered, observedAt);
    });
    const single = lines.length === 1 ? lines[0]! : undefined;
    const mail = single?.mailNo?.trim();
    return validated({
      orderId,
      trackingNumber: mail !== undefined && TRACKING_NUMBER.test(mail) ? mail : undefined,
      carrier: bounded(single?.logisticsCarrierName === undefined ? undefined : cleanText(single.logisticsCarrierName), 200),
      latestEvent: single ? latest[0] : undefined,
      delivered: latest.every((e) => e?.delivered === true),
    });
  } catch {
    return unrecognised('markup-changed', ['json']);
  }
}

function event(text: string, time: string | undefined, delivered: boolean, observedAt: Date): TrackingEvent | undefined {
  const name = bounded(cleanText(text), 500);
  if (name === undefined) return undefined;
  const date = time === undefined ? undefined : yearlessDate(time, observedAt);
  return compact({ text: name, date, delivered });
}

/**
 * `Tue | Jul. 28 18:39`, `28 jul 18:39` → the latest such day not after the observation (one
 * day of slack for time zones). A text with its own year is read as it is.
 */
export function yearlessDate(text: string, observedAt: Date): CalendarDate | undefined {
  if (text.length > 100 || Number.isNaN(observedAt.getTime())) return undefined;
  const full = parseDate(text);
  if (full !== undefined) return full;
  const tokens = tokenize(foldKey(text));
  for (let i = 0; i < tokens.length; i++) {
    const month = tokens[i]!.kind === 'word' ? monthOf(tokens[i]!.text) : undefined;
    if (month === undefined) continue;
    const afterAt = tokens[i + 1]?.text === '.' ? i + 2 : i + 1;
    const after = tokens[afterAt];
    const before = tokens[i - 1];
    // `Jul. 28 18:39` (day after the month) or `12 dez 14:20` (day before it; `14` is the hour).
    const isHour = tokens[afterAt + 1]?.text === ':' && tokens[afterAt + 1]!.start === after?.end;
    const dayAfter = after?.kind === 'num' && after.text.length <= 2 && !isHour ? after : undefined;
    const dayBefore = before?.kind === 'num' && before.text.length <= 2 ? before : undefined;
    const day = dayAfter ?? dayBefore;
    if (!day) return undefined;
    const limit = new Date(observedAt.getTime() + 86_400_000);
    for (const year of [limit.getUTCFullYear(), limit.getUTCFullYear() - 1]) {
      const date = calendarDate(year, month, Number(day.text));
      if (date !== undefined && Date.UTC(year, month - 1, Number(day.text)) <= limit.getTime()) return date;
    }
    return undefined;
  }
  return undefined;
}

function validated(value: Record<string, unknown>): ParseResult<ParsedTracking> {
  const parsed = ParsedTracking.safeParse(compact(value));
  return parsed.success ? recognised(parsed.data) : unrecognised('markup-changed', parsed.error.issues.map((i) => i.path.join('.')));
}

function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (field !== undefined) out[key] = field;
  return out as T;
}
