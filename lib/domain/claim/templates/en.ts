import type { ProblemReason } from '../../../schemas/claim';
import type { LanguageLibrary, MessageTemplate, TemplateLine } from './schema';

// English, short and plain: sellers often read it through machine translation, so one idea per
// sentence, no idioms, no abbreviations. Our own words.

const greeting: TemplateLine = { text: 'Hello,' };
const thanks: TemplateLine = { text: 'Thank you.' };

/** The first message about a problem with what arrived (or did not). */
function problemMessage(reason: ProblemReason, opening: string): MessageTemplate {
  return {
    channel: 'chat',
    stage: 'before-dispute',
    reasons: [reason],
    lines: [
      greeting,
      { text: `${opening} Order number: {orderNumber}.` },
      { text: 'Product: {product}.' },
      { text: 'Variant: {variant}.', when: 'variant' },
      { text: 'The problem: {problem}.' },
      { text: 'I have this evidence: {evidenceList}.', when: 'evidenceList' },
      { text: 'I would like {resolution}.' },
      { text: 'Please answer before {deadline}. If we cannot solve it by then, I will open a dispute.', when: 'deadline' },
      thanks,
    ],
  };
}

export const en: LanguageLibrary = {
  templates: {
    'ask-extend-protection': {
      channel: 'chat',
      stage: 'before-dispute',
      lines: [
        greeting,
        { text: 'My order {orderNumber} has not arrived yet.' },
        { text: 'Product: {product}.' },
        { text: 'The buyer protection ends on {deadline}.', when: 'deadline' },
        { text: 'Please extend the buyer protection time, so the parcel has time to arrive.' },
        { text: 'If you cannot extend it, I will have to open a dispute.' },
        thanks,
      ],
    },
    'not-received': problemMessage('not-received', 'My order has not arrived.'),
    'not-as-described': problemMessage('not-as-described', 'The item I received is not as described in the listing.'),
    'wrong-size': problemMessage('wrong-size', 'The item I received is not the size I ordered.'),
    defective: problemMessage('defective', 'The item I received does not work.'),
    damaged: problemMessage('damaged', 'The item arrived damaged.'),
    'missing-parts': problemMessage('missing-parts', 'Parts of my order are missing.'),
    'wrong-item': problemMessage('wrong-item', 'I received a different item from the one I ordered.'),
    counterfeit: problemMessage('counterfeit', 'The item I received is not genuine.'),
    'empty-package': problemMessage('empty-package', 'The parcel arrived empty.'),
    'seller-broke-promise': problemMessage('seller-broke-promise', 'You promised something that did not happen.'),
    'partial-refund-proposal': {
      channel: 'chat',
      stage: 'negotiation',
      resolutions: ['partial-refund'],
      lines: [
        greeting,
        { text: 'About my order {orderNumber} ({product}): {problem}.' },
        { text: 'I can keep the item if you agree to {resolution}.' },
        { text: 'If you agree, please send the refund through AliExpress.' },
        { text: 'Please answer before {deadline}.', when: 'deadline' },
        thanks,
      ],
    },
    'ask-return-address': {
      channel: 'chat',
      stage: 'return',
      resolutions: ['return-and-refund'],
      lines: [
        greeting,
        { text: 'About my order {orderNumber} ({product}): {problem}.' },
        { text: 'I want to return the item for a full refund.' },
        { text: 'Please send me the return address and tell me how to ship it.' },
        { text: 'I must ship it before {deadline}.', when: 'deadline' },
        thanks,
      ],
    },
    'follow-up-silence': {
      channel: 'chat',
      stage: 'follow-up',
      lines: [
        greeting,
        { text: 'I wrote to you about my order {orderNumber} and I have no answer yet.' },
        { text: 'The problem: {problem}.' },
        { text: 'I would like {resolution}.' },
        { text: 'If I have no answer by {deadline}, I will open a dispute.', when: 'deadline' },
        thanks,
      ],
    },
    'dispute-description': {
      channel: 'dispute',
      stage: 'dispute',
      lines: [
        { text: 'Order number: {orderNumber}.' },
        { text: 'Product: {product}.' },
        { text: 'Variant: {variant}.', when: 'variant' },
        { text: 'The problem: {problem}.' },
        { text: 'I ask for {resolution}.' },
        { text: 'Evidence attached: {evidenceList}.', when: 'evidenceList' },
      ],
    },
  },
  phrases: {
    reasons: {
      'not-received': 'the parcel has not arrived',
      'not-as-described': 'the item is not as described',
      'wrong-size': 'the size is wrong',
      defective: 'the item does not work',
      damaged: 'the item is damaged',
      'missing-parts': 'parts are missing or the quantity is wrong',
      'wrong-item': 'I received the wrong item',
      counterfeit: 'the item is a fake',
      'empty-package': 'the parcel was empty',
      'seller-broke-promise': 'the seller did not keep a promise',
    },
    notReceivedCases: {
      'invalid-tracking': 'the tracking number does not work',
      'wrong-address': 'the parcel went to a wrong address',
      'in-transit-past-deadline': 'the parcel is still in transit after the delivery time',
      'held-by-customs': 'the parcel is held by customs',
      'returned-to-sender': 'the parcel was sent back to the seller',
      'delivered-not-received': 'tracking says delivered, but I did not receive it',
    },
    aspects: { size: 'size', colour: 'colour', model: 'model', material: 'material', other: 'different in other ways' },
    aspectsIntro: 'different',
    resolutions: {
      'refund-only': 'a full refund',
      'return-and-refund': 'to return the item for a full refund',
      'partial-refund': 'a partial refund of {amount}',
    },
    listSeparator: ', ',
    problemSeparator: '; ',
  },
};
