import type { OrderStatus } from '../../schemas/order';
import { foldKey, localeTableConflicts, mergeLocaleTables } from '../text';
import type { Locale, PartialLocaleTable } from './locales';

/**
 * Order status texts (folded: trimmed, lower case) → status code, per page language. A text no
 * table knows is `unknown`: never a guess from a word that merely looks similar.
 *
 * `Processed` is the tab AliExpress uses for shipped orders. `Expired` / `Payment expired` are
 * orders closed by the system because nobody paid them: `closed`, like `Closed`.
 */
export const STATUSES: PartialLocaleTable<OrderStatus> = {
  en: {
    'to pay': 'unpaid', 'awaiting payment': 'unpaid', 'pending payment': 'unpaid', unpaid: 'unpaid',
    processing: 'processing', 'awaiting shipment': 'processing', 'awaiting dispatch': 'processing',
    'to ship': 'processing', 'pending shipment': 'processing',
    processed: 'shipped', 'awaiting delivery': 'shipped', shipped: 'shipped', 'in transit': 'shipped',
    'to receive': 'shipped', 'awaiting receipt': 'shipped',
    completed: 'completed', finished: 'completed', complete: 'completed',
    canceled: 'cancelled', cancelled: 'cancelled', 'order canceled': 'cancelled', 'order cancelled': 'cancelled',
    closed: 'closed', 'order closed': 'closed', expired: 'closed', 'payment expired': 'closed',
  },
  'pt-BR': {
    'aguardando pagamento': 'unpaid', 'a pagar': 'unpaid', 'pagamento pendente': 'unpaid',
    processando: 'processing', 'em processamento': 'processing', 'aguardando envio': 'processing',
    'a enviar': 'processing',
    processado: 'shipped', enviado: 'shipped', 'aguardando a entrega': 'shipped', 'aguardando entrega': 'shipped',
    'a receber': 'shipped', 'em trânsito': 'shipped',
    'concluído': 'completed', concluido: 'completed', finalizado: 'completed',
    cancelado: 'cancelled',
    fechado: 'closed', encerrado: 'closed', expirado: 'closed', 'pagamento expirado': 'closed',
  },
  es: {
    'pendiente de pago': 'unpaid', 'esperando el pago': 'unpaid', 'a pagar': 'unpaid', 'por pagar': 'unpaid',
    procesando: 'processing', 'en proceso': 'processing', 'pendiente de envío': 'processing',
    'esperando el envío': 'processing', 'a enviar': 'processing',
    procesado: 'shipped', enviado: 'shipped', 'esperando la entrega': 'shipped', 'pendiente de entrega': 'shipped',
    'en tránsito': 'shipped', 'a recibir': 'shipped',
    completado: 'completed', finalizado: 'completed', terminado: 'completed',
    cancelado: 'cancelled',
    cerrado: 'closed', caducado: 'closed', expirado: 'closed', 'pago caducado': 'closed', 'pago expirado': 'closed',
  },
  fr: {
    'en attente de paiement': 'unpaid', 'à payer': 'unpaid', 'paiement en attente': 'unpaid',
    'en cours de traitement': 'processing', 'en traitement': 'processing', 'traitement en cours': 'processing',
    "en attente d'expédition": 'processing', "en attente d'envoi": 'processing',
    'traité': 'shipped', 'traitée': 'shipped', 'expédié': 'shipped', 'expédiée': 'shipped',
    'en attente de livraison': 'shipped', 'en transit': 'shipped', 'en attente de réception': 'shipped',
    'terminé': 'completed', 'terminée': 'completed', 'complété': 'completed', 'complétée': 'completed',
    'finalisé': 'completed', 'finalisée': 'completed',
    'annulé': 'cancelled', 'annulée': 'cancelled', 'commande annulée': 'cancelled',
    'fermé': 'closed', 'fermée': 'closed', 'clôturé': 'closed', 'clôturée': 'closed',
    'expiré': 'closed', 'expirée': 'closed', 'paiement expiré': 'closed',
  },
  de: {
    'zahlung ausstehend': 'unpaid', 'warten auf zahlung': 'unpaid', 'zu bezahlen': 'unpaid',
    'in bearbeitung': 'processing', 'wird bearbeitet': 'processing', 'warten auf versand': 'processing',
    'versand ausstehend': 'processing', 'wird versandt': 'processing',
    bearbeitet: 'shipped', versandt: 'shipped', verschickt: 'shipped', versendet: 'shipped',
    'warten auf lieferung': 'shipped', 'lieferung ausstehend': 'shipped', unterwegs: 'shipped',
    abgeschlossen: 'completed', fertiggestellt: 'completed', beendet: 'completed',
    storniert: 'cancelled', abgebrochen: 'cancelled',
    geschlossen: 'closed', abgelaufen: 'closed', 'zahlung abgelaufen': 'closed',
  },
  ru: {
    'ожидает оплаты': 'unpaid', 'не оплачен': 'unpaid', 'не оплачено': 'unpaid',
    'в обработке': 'processing', 'обрабатывается': 'processing', 'ожидает отправки': 'processing',
    'обработан': 'shipped', 'обработано': 'shipped', 'отправлен': 'shipped', 'отправлено': 'shipped',
    'ожидает доставки': 'shipped', 'ожидает получения': 'shipped', 'в пути': 'shipped',
    // `С отделкой` is the site's own machine translation of "Finished".
    'завершен': 'completed', 'завершено': 'completed', 'выполнен': 'completed', 'выполнено': 'completed',
    'с отделкой': 'completed',
    'отменен': 'cancelled', 'отменено': 'cancelled', 'заказ отменен': 'cancelled',
    'закрыт': 'closed', 'закрыто': 'closed', 'истек срок оплаты': 'closed', 'просрочен': 'closed',
  },
  pl: {
    'oczekuje na płatność': 'unpaid', 'do zapłaty': 'unpaid', 'nieopłacone': 'unpaid',
    'w realizacji': 'processing', 'w trakcie realizacji': 'processing', 'przetwarzanie': 'processing',
    'oczekuje na wysyłkę': 'processing', 'do wysłania': 'processing',
    'przetworzone': 'shipped', 'wysłane': 'shipped', 'wysłano': 'shipped', 'oczekuje na dostawę': 'shipped',
    'w drodze': 'shipped',
    'zakończone': 'completed', 'ukończone': 'completed', 'zrealizowane': 'completed',
    anulowane: 'cancelled', 'zamówienie anulowane': 'cancelled',
    'zamknięte': 'closed', 'wygasło': 'closed', 'płatność wygasła': 'closed',
  },
};

const STATUS_LOOKUP = mergeLocaleTables(STATUSES);

/** For tests: texts two locales read as different codes (there must be none). */
export const statusTableConflicts = (): string[] => localeTableConflicts(STATUSES);

/** The status code a status text means, or `unknown`. */
export function normaliseStatus(text: string): OrderStatus {
  if (text.length > 200) return 'unknown';
  return STATUS_LOOKUP.get(foldKey(text))?.value ?? 'unknown';
}

/** The languages whose tables contain this status text (empty when none does). */
export function statusLocales(text: string): readonly Locale[] {
  if (text.length > 200) return [];
  return STATUS_LOOKUP.get(foldKey(text))?.locales ?? [];
}
