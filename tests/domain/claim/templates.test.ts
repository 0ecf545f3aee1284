import { describe, expect, it } from 'vitest';
import { disputeDraft, renderClaimMessage, suitableTemplates, templateLanguageFor, templateLibrary, type Formatters, type MessageFacts } from '../../../lib/domain/claim/templates';
import { renderTemplate, CHANNEL_MAX } from '../../../lib/domain/claim/templates/render';
import { MessageTemplate, TemplateId, TemplateLanguage } from '../../../lib/domain/claim/templates/schema';
import { ProblemReason, type ProductProblem, type Resolution } from '../../../lib/schemas/claim';
import { ORDER_ID } from './helpers';

const formatFor = (language: string): Formatters => ({
  date: (date) => new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date),
  money: (money) => new Intl.NumberFormat(language, { style: 'currency', currency: money.currency }).format(money.amount),
});

// Realistic, long-ish values: a full AliExpress title, a two-part variant, the buyer's own note.
const TITLE = 'TWS Wireless Bluetooth 5.3 Earphones Noise Cancelling Sport Headphones with Charging Case and LED Display';
const problemFor = (reason: ProblemReason): ProductProblem => ({
  itemKey: '1005006543210987',
  title: TITLE,
  variant: 'Color: Black, Ships From: China',
  reason,
  ...(reason === 'not-received' ? { notReceivedCase: 'delivered-not-received' as const } : {}),
  ...(reason === 'not-as-described' ? { aspects: ['colour', 'material'] as const } : {}),
  details: 'The left earbud is a different model and the case does not close properly.',
});
const RESOLUTIONS: Resolution[] = [{ kind: 'refund-only' }, { kind: 'return-and-refund' }, { kind: 'partial-refund', amount: { amount: 12.5, currency: 'USD' } }];
const EVIDENCE = ['unboxing-video.mp4', 'earbuds-beside-listing.jpg', 'chat-screenshot.png', 'receipt.pdf'];
const DEADLINE = new Date('2026-03-20T12:00:00Z');

const cases = TemplateLanguage.options.flatMap((language) =>
  TemplateId.options.flatMap((id) => ProblemReason.options.map((reason) => [language, id, reason] as const)),
);

describe('template library', () => {
  it('is valid data in every language, with every template', () => {
    const library = templateLibrary();
    for (const language of TemplateLanguage.options) expect(Object.keys(library[language].templates).sort()).toEqual([...TemplateId.options].sort());
  });

  it('has one first-contact message per reason', () => {
    const { templates } = templateLibrary().en;
    for (const reason of ProblemReason.options) {
      expect(Object.values(templates).filter((t) => t.reasons?.includes(reason))).toHaveLength(1);
    }
  });

  it.each(cases)('%s %s × %s renders completely within its budget', (language, id, reason) => {
    for (const resolution of RESOLUTIONS) {
      const facts: MessageFacts = { orderId: ORDER_ID, problems: [problemFor(reason)], resolution, evidenceNames: EVIDENCE, deadline: DEADLINE };
      const result = renderClaimMessage(id, language, facts, formatFor(language));
      expect(result.missing).toEqual([]);
      expect(result.unknown).toEqual([]);
      expect(result.truncated).toBe(false);
      expect(result.text).not.toMatch(/[{}]/);
      expect(result.text).toContain(ORDER_ID);
      const channel = templateLibrary()[language].templates[id].channel;
      expect(result.text.length).toBeLessThanOrEqual(CHANNEL_MAX[channel]);
    }
  });

  it.each(TemplateLanguage.options.flatMap((language) => TemplateId.options.map((id) => [language, id] as const)))(
    '%s %s needs no optional value (variant, evidence, deadline)',
    (language, id) => {
      const facts: MessageFacts = { orderId: ORDER_ID, problems: [{ itemKey: '1', title: 'Phone case', reason: 'wrong-item' }], resolution: { kind: 'refund-only' } };
      const result = renderClaimMessage(id, language, facts, formatFor(language));
      expect(result.missing).toEqual([]);
      expect(result.text).not.toMatch(/[{}]/);
    },
  );

  it('reports a missing value instead of writing a gap', () => {
    const result = renderClaimMessage('wrong-item', 'en', { orderId: ORDER_ID, problems: [{ itemKey: '1', reason: 'wrong-item' }], resolution: { kind: 'refund-only' } }, formatFor('en'));
    expect(result.missing).toEqual(['product']);
    expect(result.text).toContain('Product: {product}.');
  });

  it('writes the deadline as a formatted date and the amount in its currency', () => {
    const result = renderClaimMessage('partial-refund-proposal', 'en', { orderId: ORDER_ID, problems: [problemFor('damaged')], resolution: RESOLUTIONS[2]!, deadline: DEADLINE }, formatFor('en'));
    expect(result.text).toContain('Please answer before March 20, 2026.');
    expect(result.text).toContain('I can keep the item if you agree to a partial refund of $12.50.');
  });

  it('puts every product of a multi-product order into the one message (D4)', () => {
    const problems: ProductProblem[] = [
      { itemKey: 'a', title: 'USB cable', reason: 'missing-parts', details: 'Only 2 of 3 cables.' },
      { itemKey: 'b', title: 'Phone case', reason: 'not-as-described', aspects: ['colour'] },
    ];
    const result = renderClaimMessage('dispute-description', 'en', { orderId: ORDER_ID, problems, resolution: { kind: 'refund-only' } }, formatFor('en'));
    expect(result.text).toBe(
      [
        `Order number: ${ORDER_ID}.`,
        'Product: USB cable, Phone case.',
        'The problem: USB cable: parts are missing or the quantity is wrong: Only 2 of 3 cables; Phone case: the item is not as described (different colour).',
        'I ask for a full refund.',
      ].join('\n'),
    );
  });
});

describe('not as described: what differs goes into {problem} and the dispute draft', () => {
  it.each<[TemplateLanguage, ProductProblem['aspects'], string]>([
    ['en', ['size'], 'the item is not as described (different size)'],
    ['en', ['colour', 'model'], 'the item is not as described (different colour, model)'],
    ['en', ['material', 'other'], 'the item is not as described (different material, different in other ways): The fabric is thin'],
    ['en', ['other'], 'the item is not as described (different in other ways): The fabric is thin'],
    ['es', ['size', 'other'], '(diferencia de talla, diferente en otros aspectos)'],
    ['pt-BR', ['colour', 'other'], '(diferença de cor, diferente em outros aspectos)'],
  ])('%s %j', (language, aspects, expected) => {
    const details = aspects!.includes('other') ? { details: 'The fabric is thin.' } : {};
    const facts: MessageFacts = { orderId: ORDER_ID, problems: [{ itemKey: '1', title: 'Cotton T-shirt', reason: 'not-as-described', aspects, ...details }], resolution: { kind: 'refund-only' } };
    const draft = disputeDraft(language, facts, formatFor(language));
    expect(draft.description.missing).toEqual([]);
    expect(draft.description.text).toContain(expected);
    expect(renderClaimMessage('not-as-described', language, facts, formatFor(language)).text).toContain(expected);
  });
});

describe('template rendering: page strings are data', () => {
  const hostile = '{orderNumber} <img src=x onerror=alert(1)> $& $1 {deadline}';

  it.each(TemplateLanguage.options)('%s: hostile values stay literal', (language) => {
    const facts: MessageFacts = {
      orderId: ORDER_ID,
      problems: [{ itemKey: '1', title: hostile, variant: 'Size: L\u202e\u0007\n\rColor: Red', reason: 'damaged', details: 'broken\u0000 glass' }],
      resolution: { kind: 'refund-only' },
      evidenceNames: ['photo{problem}.jpg'],
    };
    const result = renderClaimMessage('damaged', language, facts, formatFor(language));
    expect(result.missing).toEqual([]);
    expect(result.text).toContain(hostile);
    expect(result.text).toContain('photo{problem}.jpg');
    expect(result.text).toContain('Size: L Color: Red');
    expect(result.text).toContain('broken glass');
    expect(result.text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202a-\u202e]/);
    // The order number was written once by the template, never substituted into the title.
    expect(result.text.split(ORDER_ID)).toHaveLength(2);
  });

  it('caps each value and the whole message', () => {
    const facts: MessageFacts = {
      orderId: ORDER_ID,
      problems: [{ itemKey: '1', title: 'x'.repeat(10_000), reason: 'damaged', details: 'y'.repeat(1000) }],
      resolution: { kind: 'refund-only' },
      evidenceNames: Array.from({ length: 200 }, (_, i) => `photo-${i}.jpg`),
    };
    const result = renderClaimMessage('damaged', 'en', facts, formatFor('en'));
    expect(result.text).toContain(`Product: ${'x'.repeat(159)}….`);
    expect(result.text).not.toContain('x'.repeat(160));
    expect(result.text.length).toBeLessThanOrEqual(CHANNEL_MAX.chat);
  });

  it('cuts a message over its budget and says so', () => {
    const long: MessageTemplate = { channel: 'chat', stage: 'follow-up', lines: Array.from({ length: 5 }, () => ({ text: `${'a'.repeat(250)} {product}` })) };
    const result = renderTemplate(long, { product: 'p' });
    expect(result.truncated).toBe(true);
    expect(result.text).toHaveLength(CHANNEL_MAX.chat);
    expect(result.text.endsWith('…')).toBe(true);
  });

  it('reports names in braces that are no placeholder, and never fills them', () => {
    const template = { channel: 'chat', stage: 'follow-up', lines: [{ text: 'Hi {constructor} {product}' }] } as MessageTemplate;
    expect(renderTemplate(template, { product: 'p', constructor: 'x' } as never)).toMatchObject({ text: 'Hi {constructor} p', unknown: ['constructor'], missing: [] });
  });

  it.each<[string, string]>([
    ['an unknown placeholder', 'Hello {name}'],
    ['a stray brace', 'Hello {product'],
    ['markup', 'Hello <b>{product}</b>'],
    ['a control character', 'Hello\u0007'],
    ['empty text', ''],
  ])('the schema refuses template text with %s', (_name, text) => {
    expect(MessageTemplate.safeParse({ channel: 'chat', stage: 'follow-up', lines: [{ text }] }).success).toBe(false);
  });
});

describe('template languages and the dispute helper', () => {
  it.each<[string, string]>([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['pt-BR', 'pt-BR'],
    ['pt_BR', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['es-419', 'es'],
    ['fr', 'en'],
  ])('%s → %s', (locale, language) => {
    expect(templateLanguageFor(locale)).toBe(language);
  });

  it('prefills the dispute: description, resolution to choose, evidence to attach', () => {
    const facts: MessageFacts = { orderId: ORDER_ID, problems: [problemFor('defective')], resolution: RESOLUTIONS[2]!, evidenceNames: EVIDENCE };
    const draft = disputeDraft('es', facts, formatFor('es'));
    expect(draft.resolution).toEqual(RESOLUTIONS[2]);
    expect(draft.attach).toEqual(EVIDENCE);
    expect(draft.description.missing).toEqual([]);
    expect(draft.description.text).toContain('Solicito un reembolso parcial de 12,50');
    expect(draft.description.text).toContain(`Pruebas adjuntas: ${EVIDENCE.join(', ')}.`);
  });
});

describe('suitable templates for a claim', () => {
  it.each<[string, ProductProblem['reason'][], Resolution['kind'], string[]]>([
    ['wrong item, full refund', ['wrong-item'], 'refund-only', ['ask-extend-protection', 'wrong-item', 'follow-up-silence', 'dispute-description']],
    ['damaged, partial refund', ['damaged'], 'partial-refund', ['ask-extend-protection', 'damaged', 'partial-refund-proposal', 'follow-up-silence', 'dispute-description']],
    ['defective, return', ['defective'], 'return-and-refund', ['ask-extend-protection', 'defective', 'ask-return-address', 'follow-up-silence', 'dispute-description']],
    ['two products, two reasons', ['missing-parts', 'counterfeit'], 'refund-only', ['ask-extend-protection', 'missing-parts', 'counterfeit', 'follow-up-silence', 'dispute-description']],
  ])('%s', (_name, reasons, kind, expected) => {
    const resolution = (kind === 'partial-refund' ? { kind, amount: { amount: 3, currency: 'EUR' } } : { kind }) as Resolution;
    const problems = reasons.map((reason, i) => ({ itemKey: String(i), reason }));
    for (const language of TemplateLanguage.options) expect(suitableTemplates({ problems, resolution }, language)).toEqual(expected);
  });
});
