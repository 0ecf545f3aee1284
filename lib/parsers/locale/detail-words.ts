import { foldKey, localeTableConflicts, mergeLocaleTables } from '../text';
import type { PartialLocaleTable } from './locales';

/**
 * Words of the order detail and tracking pages, per page language. English is the site's own;
 * the other languages follow the site's translations where saved pages showed them and are our
 * rendering otherwise (marked in the tests' fixtures as such).
 */

/** What an `.info-row` label names. Rows we do not read (payment method, address) are absent. */
export type InfoField = 'order-id' | 'placed' | 'paid' | 'shipped' | 'completed';

export const INFO_LABELS: PartialLocaleTable<InfoField> = {
  en: {
    'ref. number': 'order-id', 'order id': 'order-id', 'order number': 'order-id', 'order no.': 'order-id',
    'order placed on': 'placed', 'order date': 'placed', 'placed on': 'placed',
    'paid on': 'paid', 'payment date': 'paid',
    'shipment completed on': 'shipped', 'shipped on': 'shipped',
    'order completed on': 'completed', 'completed on': 'completed',
  },
  'pt-BR': {
    'número de referência': 'order-id', 'número do pedido': 'order-id', 'id do pedido': 'order-id',
    'pedido feito em': 'placed', 'pedido realizado em': 'placed', 'data do pedido': 'placed',
    'pago em': 'paid', 'pagamento em': 'paid',
    'envio concluído em': 'shipped', 'enviado em': 'shipped',
    'pedido concluído em': 'completed', 'concluído em': 'completed',
  },
  es: {
    'número de referencia': 'order-id', 'número de pedido': 'order-id', 'id del pedido': 'order-id',
    'pedido realizado el': 'placed', 'fecha del pedido': 'placed',
    'pagado el': 'paid', 'fecha de pago': 'paid',
    'envío completado el': 'shipped', 'enviado el': 'shipped',
    'pedido completado el': 'completed', 'completado el': 'completed',
  },
  fr: {
    'numéro de référence': 'order-id', 'numéro de commande': 'order-id', 'id de commande': 'order-id',
    'commande passée le': 'placed', 'date de commande': 'placed',
    'payée le': 'paid', 'payé le': 'paid', 'date de paiement': 'paid',
    'expédition terminée le': 'shipped', 'expédiée le': 'shipped',
    'commande terminée le': 'completed', 'terminée le': 'completed',
  },
};

/** Lines (folded, whole or as a start) saying a refund or dispute is already under way. */
export const REFUND_UNDER_WAY: PartialLocaleTable<true> = {
  en: {
    'refund in progress': true, 'return/refund in progress': true, 'dispute in progress': true,
    'waiting for aliexpress feedback': true, 'waiting for seller response': true, 'refund requested': true,
  },
  'pt-BR': {
    'reembolso em andamento': true, 'devolução/reembolso em andamento': true, 'disputa em andamento': true,
    'aguardando resposta do vendedor': true, 'aguardando o feedback do aliexpress': true,
  },
  es: {
    'reembolso en curso': true, 'devolución/reembolso en curso': true, 'disputa en curso': true,
    'esperando la respuesta del vendedor': true, 'esperando la respuesta de aliexpress': true,
  },
  fr: {
    'remboursement en cours': true, 'retour/remboursement en cours': true, 'litige en cours': true,
    'en attente de la réponse du vendeur': true,
  },
};

/** Labels before a product's estimated delivery date. */
export const ETA_LABELS: PartialLocaleTable<true> = {
  en: { 'estimated delivery date': true, 'estimated delivery': true, 'expected delivery': true },
  'pt-BR': { 'data estimada de entrega': true, 'entrega estimada': true, 'previsão de entrega': true },
  es: { 'fecha estimada de entrega': true, 'entrega estimada': true },
  fr: { 'date de livraison estimée': true, 'livraison estimée': true },
};

/** Tracking page promise lines: the phrase right before the date. */
export type PromiseKind = 'refund-if-late' | 'coupon-if-delayed';
export const PROMISE_PHRASES: PartialLocaleTable<PromiseKind> = {
  en: { 'refund if no delivery before': 'refund-if-late', 'coupon code if delayed by': 'coupon-if-delayed', 'coupon if delayed by': 'coupon-if-delayed' },
  'pt-BR': { 'reembolso se não for entregue até': 'refund-if-late', 'cupom se atrasar até': 'coupon-if-delayed', 'cupom em caso de atraso até': 'coupon-if-delayed' },
  es: { 'reembolso si no se entrega antes del': 'refund-if-late', 'cupón si se retrasa hasta el': 'coupon-if-delayed' },
  fr: { 'remboursement si non livré avant le': 'refund-if-late', 'coupon en cas de retard au-delà du': 'coupon-if-delayed' },
};

/** Tracking event names (whole, folded) that mean the parcel was delivered. */
export const DELIVERED_WORDS: PartialLocaleTable<true> = {
  en: { delivered: true, 'delivered to recipient': true, 'package delivered': true, signed: true },
  'pt-BR': { entregue: true, 'pacote entregue': true, 'entregue ao destinatário': true },
  es: { entregado: true, 'paquete entregado': true, 'entregado al destinatario': true },
  fr: { 'livré': true, 'colis livré': true, 'livré au destinataire': true },
};

const INFO_LOOKUP = mergeLocaleTables(INFO_LABELS);
const REFUND_LOOKUP = [...mergeLocaleTables(REFUND_UNDER_WAY).keys()];
const ETA_LOOKUP = [...mergeLocaleTables(ETA_LABELS).keys()].sort((a, b) => b.length - a.length);
const PROMISE_LOOKUP = [...mergeLocaleTables(PROMISE_PHRASES).entries()].sort((a, b) => b[0].length - a[0].length);
const DELIVERED_LOOKUP = mergeLocaleTables(DELIVERED_WORDS);

/** For tests: keys two locales read differently (there must be none). */
export const detailTableConflicts = (): string[] => [...localeTableConflicts(INFO_LABELS), ...localeTableConflicts(PROMISE_PHRASES)];

/** `Order placed on:` → `placed`; the colon and surrounding space are not part of the label. */
export function infoField(label: string): InfoField | undefined {
  if (label.length > 100) return undefined;
  return INFO_LOOKUP.get(foldKey(label).replace(/\s*:$/, ''))?.value;
}

/** A line that says a refund or dispute is under way (it starts with one of the phrases). */
export function saysRefundUnderWay(line: string): boolean {
  if (line.length > 500) return false;
  const key = foldKey(line);
  return REFUND_LOOKUP.some((phrase) => key === phrase || (key.startsWith(phrase) && /^[\s.:,;!-]/.test(key.slice(phrase.length))));
}

/** The text after an estimated-delivery label at the start of a line, or undefined. */
export function afterEtaLabel(line: string): string | undefined {
  if (line.length > 300) return undefined;
  const key = foldKey(line);
  const label = ETA_LOOKUP.find((phrase) => key.startsWith(phrase));
  return label === undefined ? undefined : key.slice(label.length);
}

/** The promise a line states and the text after its phrase (where the date is), or undefined. */
export function promiseIn(line: string): { kind: PromiseKind; rest: string } | undefined {
  if (line.length > 300) return undefined;
  const key = foldKey(line);
  for (const [phrase, { value }] of PROMISE_LOOKUP) {
    const at = key.indexOf(phrase);
    if (at >= 0 && (at === 0 || /[\s,.]/.test(key[at - 1]!))) return { kind: value, rest: key.slice(at + phrase.length) };
  }
  return undefined;
}

/** A tracking event name that means delivered. */
export function isDeliveredWord(name: string): boolean {
  return name.length <= 100 && DELIVERED_LOOKUP.has(foldKey(name));
}
