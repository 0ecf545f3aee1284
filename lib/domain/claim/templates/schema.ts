import * as z from 'zod/mini';
import { ProblemReason } from '../../../schemas/claim';

/** The values a template can ask for; the renderer fills them from a typed context. */
export const Placeholder = z.enum(['orderNumber', 'product', 'variant', 'problem', 'resolution', 'evidenceList', 'deadline']);
export type Placeholder = z.infer<typeof Placeholder>;

export const TemplateId = z.enum([
  'ask-extend-protection',
  // One message per problem reason, for the first contact with the seller.
  ...ProblemReason.options,
  // Later stages.
  'partial-refund-proposal',
  'ask-return-address',
  'follow-up-silence',
  /** The text for AliExpress's dispute form (channel `dispute`). */
  'dispute-description',
]);
export type TemplateId = z.infer<typeof TemplateId>;

export const TemplateLanguage = z.enum(['en', 'pt-BR', 'es']);
export type TemplateLanguage = z.infer<typeof TemplateLanguage>;

/** Where the text goes: the seller chat, or the dispute form. Each has its own length budget. */
export const TemplateChannel = z.enum(['chat', 'dispute']);
export type TemplateChannel = z.infer<typeof TemplateChannel>;

export const ResolutionKind = z.enum(['refund-only', 'return-and-refund', 'partial-refund']);

export const TemplateStage = z.enum(['before-dispute', 'negotiation', 'dispute', 'return', 'follow-up']);

const PLACEHOLDER_IN_TEXT = /\{([^{}]*)\}/g;

/** Template text: braces only around a known placeholder, nothing that looks like markup or code. */
const TemplateText = z.string().check(
  z.minLength(1),
  z.maxLength(400),
  z.refine((text) => [...text.matchAll(PLACEHOLDER_IN_TEXT)].every((m) => Placeholder.safeParse(m[1]).success), 'unknown placeholder'),
  z.refine((text) => !/[{}]/.test(text.replace(PLACEHOLDER_IN_TEXT, '')), 'a stray brace'),
  z.refine((text) => !/[<>\u0000-\u001f\u007f]/.test(text), 'no markup or control characters in template text'),
);

/** A line of a template; with `when`, only written when that placeholder has a value. */
export const TemplateLine = z.strictObject({ text: TemplateText, when: z.optional(Placeholder) });
export type TemplateLine = z.infer<typeof TemplateLine>;

export const MessageTemplate = z.strictObject({
  channel: TemplateChannel,
  stage: TemplateStage,
  /** The reasons it is written for; absent: any reason (stage messages). */
  reasons: z.optional(z.array(ProblemReason).check(z.minLength(1))),
  /** The resolutions its words assume (e.g. a partial-refund offer); absent: any. */
  resolutions: z.optional(z.array(ResolutionKind).check(z.minLength(1))),
  lines: z.array(TemplateLine).check(z.minLength(1), z.maxLength(20)),
});
export type MessageTemplate = z.infer<typeof MessageTemplate>;

const Phrase = z.string().check(z.minLength(1), z.maxLength(200));

/** Words the context builder puts into placeholders, per language. */
export const TemplatePhrases = z.strictObject({
  reasons: z.record(ProblemReason, Phrase),
  notReceivedCases: z.strictObject({
    'invalid-tracking': Phrase,
    'wrong-address': Phrase,
    'in-transit-past-deadline': Phrase,
    'held-by-customs': Phrase,
    'returned-to-sender': Phrase,
    'delivered-not-received': Phrase,
  }),
  aspects: z.strictObject({ size: Phrase, colour: Phrase, model: Phrase, material: Phrase, /** Stands alone: "different in other ways". */ other: Phrase }),
  /** "not as described ({aspects})" */
  aspectsIntro: Phrase,
  resolutions: z.strictObject({
    'refund-only': Phrase,
    'return-and-refund': Phrase,
    /** Must hold `{amount}` once. */
    'partial-refund': Phrase.check(z.refine((text) => text.split('{amount}').length === 2, 'one {amount}')),
  }),
  listSeparator: z.string().check(z.minLength(1), z.maxLength(5)),
  /** Between the problems of several products. */
  problemSeparator: z.string().check(z.minLength(1), z.maxLength(5)),
});
export type TemplatePhrases = z.infer<typeof TemplatePhrases>;

export const LanguageLibrary = z.strictObject({
  templates: z.record(TemplateId, MessageTemplate),
  phrases: TemplatePhrases,
});
export type LanguageLibrary = z.infer<typeof LanguageLibrary>;

export const TemplateLibrary = z.record(TemplateLanguage, LanguageLibrary);
export type TemplateLibrary = z.infer<typeof TemplateLibrary>;

export const placeholdersIn = (text: string): string[] => [...text.matchAll(PLACEHOLDER_IN_TEXT)].map((m) => m[1]!);
