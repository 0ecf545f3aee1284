import type { ProblemReason } from '../../../schemas/claim';
import type { LanguageLibrary, MessageTemplate, TemplateLine } from './schema';

// Español, frases cortas y simples (el vendedor suele leer con traducción automática).

const greeting: TemplateLine = { text: 'Hola:' };
const thanks: TemplateLine = { text: 'Gracias.' };

function problemMessage(reason: ProblemReason, opening: string): MessageTemplate {
  return {
    channel: 'chat',
    stage: 'before-dispute',
    reasons: [reason],
    lines: [
      greeting,
      { text: `${opening} Número de pedido: {orderNumber}.` },
      { text: 'Producto: {product}.' },
      { text: 'Variante: {variant}.', when: 'variant' },
      { text: 'El problema: {problem}.' },
      { text: 'Tengo estas pruebas: {evidenceList}.', when: 'evidenceList' },
      { text: 'Quisiera {resolution}.' },
      { text: 'Por favor, responda antes del {deadline}. Si no lo resolvemos para entonces, abriré una disputa.', when: 'deadline' },
      thanks,
    ],
  };
}

export const es: LanguageLibrary = {
  templates: {
    'ask-extend-protection': {
      channel: 'chat',
      stage: 'before-dispute',
      lines: [
        greeting,
        { text: 'Mi pedido {orderNumber} todavía no ha llegado.' },
        { text: 'Producto: {product}.' },
        { text: 'La protección del comprador termina el {deadline}.', when: 'deadline' },
        { text: 'Por favor, amplíe el plazo de la protección del comprador, para que el paquete tenga tiempo de llegar.' },
        { text: 'Si no puede ampliarlo, tendré que abrir una disputa.' },
        thanks,
      ],
    },
    'not-received': problemMessage('not-received', 'Mi pedido no ha llegado.'),
    'not-as-described': problemMessage('not-as-described', 'El artículo que recibí no es como se describe en el anuncio.'),
    'wrong-size': problemMessage('wrong-size', 'El artículo que recibí no es de la talla que pedí.'),
    defective: problemMessage('defective', 'El artículo que recibí no funciona.'),
    damaged: problemMessage('damaged', 'El artículo llegó dañado.'),
    'missing-parts': problemMessage('missing-parts', 'Faltan partes de mi pedido.'),
    'wrong-item': problemMessage('wrong-item', 'Recibí un artículo distinto del que pedí.'),
    counterfeit: problemMessage('counterfeit', 'El artículo que recibí no es original.'),
    'empty-package': problemMessage('empty-package', 'El paquete llegó vacío.'),
    'seller-broke-promise': problemMessage('seller-broke-promise', 'Usted prometió algo que no se cumplió.'),
    'partial-refund-proposal': {
      channel: 'chat',
      stage: 'negotiation',
      resolutions: ['partial-refund'],
      lines: [
        greeting,
        { text: 'Sobre mi pedido {orderNumber} ({product}): {problem}.' },
        { text: 'Puedo quedarme con el artículo si acepta {resolution}.' },
        { text: 'Si acepta, envíe el reembolso a través de AliExpress.' },
        { text: 'Por favor, responda antes del {deadline}.', when: 'deadline' },
        thanks,
      ],
    },
    'ask-return-address': {
      channel: 'chat',
      stage: 'return',
      resolutions: ['return-and-refund'],
      lines: [
        greeting,
        { text: 'Sobre mi pedido {orderNumber} ({product}): {problem}.' },
        { text: 'Quiero devolver el artículo con reembolso total.' },
        { text: 'Por favor, envíeme la dirección de devolución y dígame cómo enviarlo.' },
        { text: 'Debo enviarlo antes del {deadline}.', when: 'deadline' },
        thanks,
      ],
    },
    'follow-up-silence': {
      channel: 'chat',
      stage: 'follow-up',
      lines: [
        greeting,
        { text: 'Le escribí sobre mi pedido {orderNumber} y todavía no tengo respuesta.' },
        { text: 'El problema: {problem}.' },
        { text: 'Quisiera {resolution}.' },
        { text: 'Si no tengo respuesta antes del {deadline}, abriré una disputa.', when: 'deadline' },
        thanks,
      ],
    },
    'dispute-description': {
      channel: 'dispute',
      stage: 'dispute',
      lines: [
        { text: 'Número de pedido: {orderNumber}.' },
        { text: 'Producto: {product}.' },
        { text: 'Variante: {variant}.', when: 'variant' },
        { text: 'El problema: {problem}.' },
        { text: 'Solicito {resolution}.' },
        { text: 'Pruebas adjuntas: {evidenceList}.', when: 'evidenceList' },
      ],
    },
  },
  phrases: {
    reasons: {
      'not-received': 'el paquete no ha llegado',
      'not-as-described': 'el artículo no es como se describe',
      'wrong-size': 'la talla es incorrecta',
      defective: 'el artículo no funciona',
      damaged: 'el artículo está dañado',
      'missing-parts': 'faltan partes o la cantidad es incorrecta',
      'wrong-item': 'recibí un artículo equivocado',
      counterfeit: 'el artículo es falso',
      'empty-package': 'el paquete llegó vacío',
      'seller-broke-promise': 'el vendedor no cumplió una promesa',
    },
    notReceivedCases: {
      'invalid-tracking': 'el número de seguimiento no funciona',
      'wrong-address': 'el paquete fue a una dirección equivocada',
      'in-transit-past-deadline': 'el paquete sigue en tránsito después del plazo de entrega',
      'held-by-customs': 'el paquete está retenido en aduana',
      'returned-to-sender': 'el paquete fue devuelto al vendedor',
      'delivered-not-received': 'el seguimiento dice entregado, pero no lo recibí',
    },
    aspects: { size: 'talla', colour: 'color', model: 'modelo', material: 'material', other: 'diferente en otros aspectos' },
    aspectsIntro: 'diferencia de',
    resolutions: {
      'refund-only': 'un reembolso total',
      'return-and-refund': 'devolver el artículo con reembolso total',
      'partial-refund': 'un reembolso parcial de {amount}',
    },
    listSeparator: ', ',
    problemSeparator: '; ',
  },
};
