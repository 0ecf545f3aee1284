import type { ParsedOrderDetail, ParsedTracking } from '../schemas/order-detail';

/**
 * One reading of a page from its DOM and its JSON (either may be missing). The JSON's
 * locale-independent fields win where it has them; the DOM fills what the JSON lacks (the
 * tracking page's promise lines exist only in the DOM). Readings of different orders are never
 * mixed: the DOM's stands.
 */
export function combineDetail(dom: ParsedOrderDetail | undefined, json: ParsedOrderDetail | undefined): ParsedOrderDetail | undefined {
  if (!dom || !json) return dom ?? json;
  if (dom.orderId !== json.orderId) return dom;
  const pick = <K extends keyof ParsedOrderDetail>(key: K): Partial<ParsedOrderDetail> => {
    const value = json[key] ?? dom[key];
    return value === undefined ? {} : { [key]: value };
  };
  return {
    ...dom,
    ...pick('statusText'),
    ...pick('placedDate'),
    ...pick('paidDate'),
    ...pick('shippedDate'),
    ...pick('completedDate'),
    ...pick('store'),
    ...pick('sellerChatUrl'),
    ...pick('estimatedDelivery'),
    status: json.status !== 'unknown' ? json.status : dom.status,
    products: json.products.length >= dom.products.length ? json.products : dom.products,
    windows: json.windows.length > 0 ? json.windows : dom.windows,
    extendTimeOffered: json.extendTimeOffered || dom.extendTimeOffered,
    refundInProgress: json.refundInProgress || dom.refundInProgress,
    freeReturn: json.freeReturn || dom.freeReturn,
  };
}

export function combineTracking(dom: ParsedTracking | undefined, json: ParsedTracking | undefined): ParsedTracking | undefined {
  if (!dom || !json) return dom ?? json;
  if (dom.orderId !== json.orderId) return dom;
  const out: ParsedTracking = { ...dom, delivered: json.delivered || dom.delivered };
  if (json.trackingNumber !== undefined) out.trackingNumber = json.trackingNumber;
  if (json.carrier !== undefined) out.carrier = json.carrier;
  if (json.latestEvent !== undefined) out.latestEvent = json.latestEvent;
  return out;
}
