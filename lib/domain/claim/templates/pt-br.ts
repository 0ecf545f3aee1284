import type { ProblemReason } from '../../../schemas/claim';
import type { LanguageLibrary, MessageTemplate, TemplateLine } from './schema';

// Português do Brasil, frases curtas e simples (o vendedor costuma ler por tradução automática).

const greeting: TemplateLine = { text: 'Olá,' };
const thanks: TemplateLine = { text: 'Obrigado.' };

function problemMessage(reason: ProblemReason, opening: string): MessageTemplate {
  return {
    channel: 'chat',
    stage: 'before-dispute',
    reasons: [reason],
    lines: [
      greeting,
      { text: `${opening} Número do pedido: {orderNumber}.` },
      { text: 'Produto: {product}.' },
      { text: 'Variação: {variant}.', when: 'variant' },
      { text: 'O problema: {problem}.' },
      { text: 'Tenho estas provas: {evidenceList}.', when: 'evidenceList' },
      { text: 'Eu gostaria de {resolution}.' },
      { text: 'Por favor, responda antes de {deadline}. Se não resolvermos até lá, vou abrir uma disputa.', when: 'deadline' },
      thanks,
    ],
  };
}

export const ptBR: LanguageLibrary = {
  templates: {
    'ask-extend-protection': {
      channel: 'chat',
      stage: 'before-dispute',
      lines: [
        greeting,
        { text: 'Meu pedido {orderNumber} ainda não chegou.' },
        { text: 'Produto: {product}.' },
        { text: 'A proteção ao comprador termina em {deadline}.', when: 'deadline' },
        { text: 'Por favor, estenda o prazo da proteção ao comprador, para o pacote ter tempo de chegar.' },
        { text: 'Se não for possível estender, terei que abrir uma disputa.' },
        thanks,
      ],
    },
    'not-received': problemMessage('not-received', 'Meu pedido não chegou.'),
    'not-as-described': problemMessage('not-as-described', 'O item que recebi não é como descrito no anúncio.'),
    'wrong-size': problemMessage('wrong-size', 'O item que recebi não é do tamanho que pedi.'),
    defective: problemMessage('defective', 'O item que recebi não funciona.'),
    damaged: problemMessage('damaged', 'O item chegou danificado.'),
    'missing-parts': problemMessage('missing-parts', 'Faltam partes do meu pedido.'),
    'wrong-item': problemMessage('wrong-item', 'Recebi um item diferente do que pedi.'),
    counterfeit: problemMessage('counterfeit', 'O item que recebi não é original.'),
    'empty-package': problemMessage('empty-package', 'O pacote chegou vazio.'),
    'seller-broke-promise': problemMessage('seller-broke-promise', 'Você prometeu algo que não aconteceu.'),
    'partial-refund-proposal': {
      channel: 'chat',
      stage: 'negotiation',
      resolutions: ['partial-refund'],
      lines: [
        greeting,
        { text: 'Sobre meu pedido {orderNumber} ({product}): {problem}.' },
        { text: 'Posso ficar com o item se você aceitar {resolution}.' },
        { text: 'Se aceitar, envie o reembolso pelo AliExpress.' },
        { text: 'Por favor, responda antes de {deadline}.', when: 'deadline' },
        thanks,
      ],
    },
    'ask-return-address': {
      channel: 'chat',
      stage: 'return',
      resolutions: ['return-and-refund'],
      lines: [
        greeting,
        { text: 'Sobre meu pedido {orderNumber} ({product}): {problem}.' },
        { text: 'Quero devolver o item com reembolso total.' },
        { text: 'Por favor, envie o endereço de devolução e diga como devo enviar.' },
        { text: 'Preciso enviar antes de {deadline}.', when: 'deadline' },
        thanks,
      ],
    },
    'follow-up-silence': {
      channel: 'chat',
      stage: 'follow-up',
      lines: [
        greeting,
        { text: 'Escrevi sobre meu pedido {orderNumber} e ainda não tenho resposta.' },
        { text: 'O problema: {problem}.' },
        { text: 'Eu gostaria de {resolution}.' },
        { text: 'Se não tiver resposta até {deadline}, vou abrir uma disputa.', when: 'deadline' },
        thanks,
      ],
    },
    'dispute-description': {
      channel: 'dispute',
      stage: 'dispute',
      lines: [
        { text: 'Número do pedido: {orderNumber}.' },
        { text: 'Produto: {product}.' },
        { text: 'Variação: {variant}.', when: 'variant' },
        { text: 'O problema: {problem}.' },
        { text: 'Peço {resolution}.' },
        { text: 'Provas anexadas: {evidenceList}.', when: 'evidenceList' },
      ],
    },
  },
  phrases: {
    reasons: {
      'not-received': 'o pacote não chegou',
      'not-as-described': 'o item não é como descrito',
      'wrong-size': 'o tamanho está errado',
      defective: 'o item não funciona',
      damaged: 'o item está danificado',
      'missing-parts': 'faltam partes ou a quantidade está errada',
      'wrong-item': 'recebi o item errado',
      counterfeit: 'o item é falsificado',
      'empty-package': 'o pacote chegou vazio',
      'seller-broke-promise': 'o vendedor não cumpriu uma promessa',
    },
    notReceivedCases: {
      'invalid-tracking': 'o código de rastreio não funciona',
      'wrong-address': 'o pacote foi para um endereço errado',
      'in-transit-past-deadline': 'o pacote continua em trânsito depois do prazo de entrega',
      'held-by-customs': 'o pacote está retido na alfândega',
      'returned-to-sender': 'o pacote foi devolvido ao vendedor',
      'delivered-not-received': 'o rastreio diz entregue, mas eu não recebi',
    },
    aspects: { size: 'tamanho', colour: 'cor', model: 'modelo', material: 'material', other: 'diferente em outros aspectos' },
    aspectsIntro: 'diferença de',
    resolutions: {
      'refund-only': 'receber o reembolso total',
      'return-and-refund': 'devolver o item com reembolso total',
      'partial-refund': 'receber um reembolso parcial de {amount}',
    },
    listSeparator: ', ',
    problemSeparator: '; ',
  },
};
