import { describe, expect, it } from 'vitest';
import { buttonCode, buttonLocales, buttonTableConflicts } from '@/lib/parsers/locale/buttons';
import { normaliseStatus, statusLocales, statusTableConflicts } from '@/lib/parsers/locale/statuses';

describe('normaliseStatus', () => {
  it.each([
    // en
    ['en', 'To pay', 'unpaid'],
    ['en', 'Awaiting payment', 'unpaid'],
    ['en', 'Processing', 'processing'],
    ['en', 'Awaiting shipment', 'processing'],
    ['en', 'Processed', 'shipped'],
    ['en', 'Awaiting delivery', 'shipped'],
    ['en', 'Shipped', 'shipped'],
    ['en', 'Completed', 'completed'],
    ['en', 'Finished', 'completed'],
    ['en', 'Canceled', 'cancelled'],
    ['en', 'Cancelled', 'cancelled'],
    ['en', 'Closed', 'closed'],
    ['en', 'Expired', 'closed'],
    ['en', 'Payment expired', 'closed'],
    ['en', '  AWAITING   DELIVERY ', 'shipped'],
    ['en', 'Awaiting\u00a0delivery', 'shipped'],
    // pt-BR
    ['pt-BR', 'Aguardando pagamento', 'unpaid'],
    ['pt-BR', 'Processando', 'processing'],
    ['pt-BR', 'Aguardando envio', 'processing'],
    ['pt-BR', 'Aguardando a entrega', 'shipped'],
    ['pt-BR', 'Enviado', 'shipped'],
    ['pt-BR', 'Concluído ', 'completed'],
    ['pt-BR', 'Concluído', 'completed'],
    ['pt-BR', 'Conclu\u0069\u0301do', 'completed'], // decomposed accent
    ['pt-BR', 'Finalizado', 'completed'],
    ['pt-BR', 'Cancelado', 'cancelled'],
    ['pt-BR', 'Fechado', 'closed'],
    // es
    ['es', 'Pendiente de pago', 'unpaid'],
    ['es', 'Procesando', 'processing'],
    ['es', 'Esperando el envío', 'processing'],
    ['es', 'Enviado', 'shipped'],
    ['es', 'Esperando la entrega', 'shipped'],
    ['es', 'Completado', 'completed'],
    ['es', 'Finalizado', 'completed'],
    ['es', 'Cancelado', 'cancelled'],
    ['es', 'Cerrado', 'closed'],
    // fr
    ['fr', 'En attente de paiement', 'unpaid'],
    ['fr', 'En cours de traitement', 'processing'],
    ["fr", "En attente d'expédition", 'processing'],
    ['fr', 'En attente d’expédition', 'processing'],
    ['fr', 'Expédié', 'shipped'],
    ['fr', 'En attente de livraison', 'shipped'],
    ['fr', 'Terminé', 'completed'],
    ['fr', 'Annulé', 'cancelled'],
    ['fr', 'Fermé', 'closed'],
    // de
    ['de', 'Zahlung ausstehend', 'unpaid'],
    ['de', 'In Bearbeitung', 'processing'],
    ['de', 'Warten auf Versand', 'processing'],
    ['de', 'Versandt', 'shipped'],
    ['de', 'Warten auf Lieferung', 'shipped'],
    ['de', 'Abgeschlossen', 'completed'],
    ['de', 'Storniert', 'cancelled'],
    ['de', 'Geschlossen', 'closed'],
    // ru
    ['ru', 'Ожидает оплаты', 'unpaid'],
    ['ru', 'В обработке', 'processing'],
    ['ru', 'Ожидает отправки', 'processing'],
    ['ru', 'Отправлен', 'shipped'],
    ['ru', 'Ожидает доставки', 'shipped'],
    ['ru', 'Завершён', 'completed'],
    ['ru', 'Завершен', 'completed'],
    ['ru', 'С отделкой', 'completed'],
    ['ru', 'Отменён', 'cancelled'],
    ['ru', 'Закрыт', 'closed'],
    // pl
    ['pl', 'Oczekuje na płatność', 'unpaid'],
    ['pl', 'W realizacji', 'processing'],
    ['pl', 'Oczekuje na wysyłkę', 'processing'],
    ['pl', 'Wysłane', 'shipped'],
    ['pl', 'Oczekuje na dostawę', 'shipped'],
    ['pl', 'Zakończone', 'completed'],
    ['pl', 'Anulowane', 'cancelled'],
    ['pl', 'Zamknięte', 'closed'],
  ])('%s %j → %s', (_locale, text, code) => {
    expect(normaliseStatus(text)).toBe(code);
  });

  it.each([
    'Awaiting', 'Complete d', 'Completed!', 'Order completed on Nov 3, 2025', 'Refund in progress', 'Dispute',
    'Shipped?', 'Concluíd', '', '<b>Completed</b>', 'x'.repeat(300),
  ])('%j → unknown (never a guess)', (text) => {
    expect(normaliseStatus(text)).toBe('unknown');
  });

  it('no text means two different codes in two languages', () => {
    expect(statusTableConflicts()).toEqual([]);
  });

  it.each([
    ['Completed', ['en']],
    ['Concluído', ['pt-BR']],
    ['Cancelado', ['pt-BR', 'es']],
    ['С отделкой', ['ru']],
    ['Nope', []],
  ])('statusLocales(%j) = %j', (text, locales) => {
    expect(statusLocales(text)).toEqual(locales);
  });
});

describe('buttonCode', () => {
  it.each([
    // en
    ['en', 'Track order', 'track'],
    ['en', 'Track status', 'track'],
    ['en', 'Confirm received', 'confirm-received'],
    ['en', 'Add to cart', 'add-to-cart'],
    ['en', 'Leave feedback', 'leave-feedback'],
    ['en', 'Remove', 'remove'],
    ['en', 'Delete', 'remove'],
    ['en', 'Pay now', 'pay'],
    ['en', 'Cancel order', 'cancel'],
    ['en', 'Returns/refunds', 'return-refund'],
    ['en', 'Returns / Refunds', 'return-refund'],
    ['en', 'Extend time', 'extend-time'],
    ['en', 'Contact seller', 'contact-seller'],
    ['en', '  TRACK   ORDER ', 'track'],
    // pt-BR
    ['pt-BR', 'Rastrear pedido', 'track'],
    ['pt-BR', 'Confirmar recebimento', 'confirm-received'],
    ['pt-BR', 'Adicionar ao carrinho', 'add-to-cart'],
    ['pt-BR', 'Deixar avaliação', 'leave-feedback'],
    ['pt-BR', 'Excluir', 'remove'],
    ['pt-BR', 'Pagar agora', 'pay'],
    ['pt-BR', 'Cancelar pedido', 'cancel'],
    ['pt-BR', 'Devoluções/reembolsos', 'return-refund'],
    ['pt-BR', 'Contatar vendedor', 'contact-seller'],
    // es
    ['es', 'Rastrear pedido', 'track'],
    ['es', 'Confirmar recepción', 'confirm-received'],
    ['es', 'Añadir al carrito', 'add-to-cart'],
    ['es', 'Dejar valoración', 'leave-feedback'],
    ['es', 'Eliminar', 'remove'],
    ['es', 'Pagar ahora', 'pay'],
    ['es', 'Devoluciones/reembolsos', 'return-refund'],
    ['es', 'Contactar al vendedor', 'contact-seller'],
    // fr
    ['fr', 'Suivre la commande', 'track'],
    ['fr', 'Confirmer la réception', 'confirm-received'],
    ['fr', 'Ajouter au panier', 'add-to-cart'],
    ['fr', 'Laisser un avis', 'leave-feedback'],
    ['fr', 'Supprimer', 'remove'],
    ['fr', 'Payer maintenant', 'pay'],
    ['fr', 'Retours/remboursements', 'return-refund'],
    ['fr', 'Prolonger le délai', 'extend-time'],
    ['fr', 'Contacter le vendeur', 'contact-seller'],
    // de
    ['de', 'Bestellung verfolgen', 'track'],
    ['de', 'Empfang bestätigen', 'confirm-received'],
    ['de', 'In den Warenkorb', 'add-to-cart'],
    ['de', 'Feedback hinterlassen', 'leave-feedback'],
    ['de', 'Löschen', 'remove'],
    ['de', 'Jetzt bezahlen', 'pay'],
    ['de', 'Rücksendungen/Erstattungen', 'return-refund'],
    ['de', 'Verkäufer kontaktieren', 'contact-seller'],
    // ru
    ['ru', 'Отследить заказ', 'track'],
    ['ru', 'Подтвердить получение', 'confirm-received'],
    ['ru', 'Добавить в корзину', 'add-to-cart'],
    ['ru', 'Оставить отзыв', 'leave-feedback'],
    ['ru', 'Удалить', 'remove'],
    ['ru', 'Оплатить', 'pay'],
    ['ru', 'Продлить время', 'extend-time'],
    ['ru', 'Связаться с продавцом', 'contact-seller'],
    // pl
    ['pl', 'Śledź zamówienie', 'track'],
    ['pl', 'Potwierdź odbiór', 'confirm-received'],
    ['pl', 'Dodaj do koszyka', 'add-to-cart'],
    ['pl', 'Zostaw opinię', 'leave-feedback'],
    ['pl', 'Usuń', 'remove'],
    ['pl', 'Zapłać teraz', 'pay'],
    ['pl', 'Anuluj zamówienie', 'cancel'],
    ['pl', 'Skontaktuj się ze sprzedawcą', 'contact-seller'],
  ])('%s %j → %s', (_locale, label, code) => {
    expect(buttonCode(label)).toBe(code);
  });

  it.each(['Buy again', 'Edit address', 'View details', 'Track order now', '', '<b>Remove</b>', 'x'.repeat(300)])(
    '%j → other',
    (label) => {
      expect(buttonCode(label)).toBe('other');
    },
  );

  it('no label means two different codes in two languages', () => {
    expect(buttonTableConflicts()).toEqual([]);
  });

  it.each([
    ['Track order', ['en']],
    ['Pagar', ['pt-BR', 'es']],
    ['Usuń', ['pl']],
    ['Buy again', []],
  ])('buttonLocales(%j) = %j', (label, locales) => {
    expect(buttonLocales(label)).toEqual(locales);
  });
});
