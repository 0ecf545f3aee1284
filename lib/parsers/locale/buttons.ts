import type { OrderButton } from '../../schemas/order';
import { foldKey, localeTableConflicts, mergeLocaleTables } from '../text';
import type { Locale, PartialLocaleTable } from './locales';

type KnownButton = Exclude<OrderButton, 'other'>;

/** Order-card button labels (folded) → locale-independent code, per page language. */
export const BUTTONS: PartialLocaleTable<KnownButton> = {
  en: {
    'pay now': 'pay', pay: 'pay', 'pay for order': 'pay',
    'cancel order': 'cancel', cancel: 'cancel',
    'track order': 'track', 'track status': 'track', track: 'track', 'track package': 'track',
    'confirm received': 'confirm-received', 'confirm receipt': 'confirm-received',
    'confirm delivery': 'confirm-received', 'confirm order received': 'confirm-received',
    'add to cart': 'add-to-cart',
    'leave feedback': 'leave-feedback', 'leave a review': 'leave-feedback', 'write a review': 'leave-feedback',
    'additional feedback': 'leave-feedback',
    remove: 'remove', delete: 'remove', 'delete order': 'remove', 'remove order': 'remove',
    'returns/refunds': 'return-refund', 'return/refund': 'return-refund',
    'return or refund': 'return-refund', 'returns & refunds': 'return-refund', 'request a refund': 'return-refund',
    'open dispute': 'return-refund',
    'extend time': 'extend-time', 'extend purchase protection': 'extend-time', 'extend protection': 'extend-time',
    'contact seller': 'contact-seller', 'contact the seller': 'contact-seller', 'message seller': 'contact-seller',
  },
  'pt-BR': {
    'pagar agora': 'pay', pagar: 'pay',
    'cancelar pedido': 'cancel', cancelar: 'cancel',
    'rastrear pedido': 'track', 'rastrear status': 'track', rastrear: 'track', 'acompanhar pedido': 'track',
    'confirmar recebimento': 'confirm-received', 'confirmar o recebimento': 'confirm-received',
    'adicionar ao carrinho': 'add-to-cart',
    'deixar avaliação': 'leave-feedback', 'avaliar': 'leave-feedback', 'deixar feedback': 'leave-feedback',
    remover: 'remove', excluir: 'remove', 'excluir pedido': 'remove', apagar: 'remove',
    'devoluções/reembolsos': 'return-refund', 'devolução/reembolso': 'return-refund',
    'abrir disputa': 'return-refund',
    'estender prazo': 'extend-time', 'prolongar prazo': 'extend-time', 'estender tempo': 'extend-time',
    'contatar vendedor': 'contact-seller', 'falar com o vendedor': 'contact-seller',
    'contatar o vendedor': 'contact-seller',
  },
  es: {
    'pagar ahora': 'pay', pagar: 'pay',
    'cancelar pedido': 'cancel', cancelar: 'cancel',
    'rastrear pedido': 'track', 'seguir pedido': 'track', 'seguimiento del pedido': 'track',
    'rastrear estado': 'track', rastrear: 'track', seguimiento: 'track',
    'confirmar recepción': 'confirm-received', 'confirmar recibo': 'confirm-received',
    'confirmar la recepción': 'confirm-received',
    'añadir al carrito': 'add-to-cart', 'agregar al carrito': 'add-to-cart',
    'dejar valoración': 'leave-feedback', 'dejar comentario': 'leave-feedback', 'valorar': 'leave-feedback',
    'dejar opinión': 'leave-feedback',
    eliminar: 'remove', 'eliminar pedido': 'remove', borrar: 'remove',
    'devoluciones/reembolsos': 'return-refund', 'devolución/reembolso': 'return-refund',
    'abrir disputa': 'return-refund',
    'ampliar plazo': 'extend-time', 'extender plazo': 'extend-time', 'ampliar tiempo': 'extend-time',
    'contactar al vendedor': 'contact-seller', 'contactar con el vendedor': 'contact-seller',
    'contactar vendedor': 'contact-seller',
  },
  fr: {
    'payer maintenant': 'pay', payer: 'pay',
    'annuler la commande': 'cancel', annuler: 'cancel',
    'suivre la commande': 'track', 'suivre le colis': 'track', 'suivi de commande': 'track', suivre: 'track',
    'confirmer la réception': 'confirm-received', 'confirmer réception': 'confirm-received',
    'ajouter au panier': 'add-to-cart',
    'laisser un avis': 'leave-feedback', 'laisser un commentaire': 'leave-feedback', 'évaluer': 'leave-feedback',
    supprimer: 'remove', 'supprimer la commande': 'remove', retirer: 'remove',
    'retours/remboursements': 'return-refund', 'retour/remboursement': 'return-refund',
    'ouvrir un litige': 'return-refund',
    'prolonger le délai': 'extend-time', 'prolonger la protection': 'extend-time', 'prolonger': 'extend-time',
    'contacter le vendeur': 'contact-seller', 'contacter vendeur': 'contact-seller',
  },
  de: {
    'jetzt bezahlen': 'pay', bezahlen: 'pay', zahlen: 'pay',
    'bestellung stornieren': 'cancel', stornieren: 'cancel',
    'bestellung verfolgen': 'track', 'sendung verfolgen': 'track', verfolgen: 'track', 'status verfolgen': 'track',
    'empfang bestätigen': 'confirm-received', 'erhalt bestätigen': 'confirm-received',
    'lieferung bestätigen': 'confirm-received',
    'in den warenkorb': 'add-to-cart', 'zum warenkorb hinzufügen': 'add-to-cart',
    'in den einkaufswagen': 'add-to-cart',
    'feedback hinterlassen': 'leave-feedback', 'bewertung abgeben': 'leave-feedback', bewerten: 'leave-feedback',
    entfernen: 'remove', 'löschen': 'remove', 'bestellung löschen': 'remove',
    'rücksendungen/erstattungen': 'return-refund', 'rückgabe/erstattung': 'return-refund',
    'rücksendung/rückerstattung': 'return-refund', 'streitfall eröffnen': 'return-refund',
    'zeit verlängern': 'extend-time', 'frist verlängern': 'extend-time', 'schutz verlängern': 'extend-time',
    'verkäufer kontaktieren': 'contact-seller', 'den verkäufer kontaktieren': 'contact-seller',
  },
  ru: {
    'оплатить': 'pay', 'оплатить сейчас': 'pay', 'оплатить заказ': 'pay',
    'отменить заказ': 'cancel', 'отменить': 'cancel',
    'отследить заказ': 'track', 'отследить': 'track', 'отслеживать': 'track', 'отследить посылку': 'track',
    'подтвердить получение': 'confirm-received', 'подтвердить доставку': 'confirm-received',
    'добавить в корзину': 'add-to-cart', 'в корзину': 'add-to-cart',
    'оставить отзыв': 'leave-feedback', 'написать отзыв': 'leave-feedback',
    'удалить': 'remove', 'удалить заказ': 'remove',
    'возврат/возмещение': 'return-refund', 'возвраты/возмещения': 'return-refund',
    'возврат средств': 'return-refund', 'открыть спор': 'return-refund',
    'продлить время': 'extend-time', 'продлить защиту': 'extend-time', 'продлить срок': 'extend-time',
    'связаться с продавцом': 'contact-seller', 'написать продавцу': 'contact-seller',
  },
  pl: {
    'zapłać teraz': 'pay', 'zapłać': 'pay',
    'anuluj zamówienie': 'cancel', anuluj: 'cancel',
    'śledź zamówienie': 'track', 'śledź przesyłkę': 'track', 'śledź': 'track', 'śledź status': 'track',
    'potwierdź odbiór': 'confirm-received', 'potwierdź otrzymanie': 'confirm-received',
    'dodaj do koszyka': 'add-to-cart',
    'zostaw opinię': 'leave-feedback', 'wystaw opinię': 'leave-feedback', 'oceń': 'leave-feedback',
    'usuń': 'remove', 'usuń zamówienie': 'remove',
    'zwroty/refundacje': 'return-refund', 'zwrot/refundacja': 'return-refund', 'zwroty/zwrot pieniędzy': 'return-refund',
    'otwórz spór': 'return-refund',
    'przedłuż czas': 'extend-time', 'przedłuż ochronę': 'extend-time', 'przedłuż termin': 'extend-time',
    'skontaktuj się ze sprzedawcą': 'contact-seller', 'napisz do sprzedawcy': 'contact-seller',
  },
};

const BUTTON_LOOKUP = mergeLocaleTables(BUTTONS);

/** Labels are folded, and `Returns / refunds` is read like `Returns/refunds`. */
const labelKey = (label: string): string => foldKey(label).replace(/ ?\/ ?/g, '/');

/** For tests: labels two locales read as different codes (there must be none). */
export const buttonTableConflicts = (): string[] => localeTableConflicts(BUTTONS);

/** The code a button label means; an unknown label is `other`. */
export function buttonCode(label: string): OrderButton {
  if (label.length > 200) return 'other';
  return BUTTON_LOOKUP.get(labelKey(label))?.value ?? 'other';
}

/** The languages whose tables contain this label (empty when none does). */
export function buttonLocales(label: string): readonly Locale[] {
  if (label.length > 200) return [];
  return BUTTON_LOOKUP.get(labelKey(label))?.locales ?? [];
}
