import { buildMessageContext, type Formatters, type MessageFacts } from './context';
import { en } from './en';
import { es } from './es';
import { ptBR } from './pt-br';
import { renderTemplate, type RenderResult } from './render';
import { TemplateId, TemplateLibrary, type TemplateLanguage } from './schema';

/**
 * Every language's templates, validated once on first use: the data is ours, but a typo in a
 * placeholder or a missing template must fail loudly in tests, not render a gap for a buyer.
 */
let library: TemplateLibrary | undefined;
export function templateLibrary(): TemplateLibrary {
  return (library ??= TemplateLibrary.parse({ en, 'pt-BR': ptBR, es }));
}

/** The language for a UI locale: exact, then by base language, then English. */
export function templateLanguageFor(locale: string): TemplateLanguage {
  const normalised = locale.replace('_', '-');
  if (normalised === 'pt-BR' || normalised.toLowerCase().startsWith('pt')) return 'pt-BR';
  if (normalised.toLowerCase().startsWith('es')) return 'es';
  return 'en';
}

/** A message for a claim, in one language: the template filled from the claim's facts. */
export function renderClaimMessage(id: TemplateId, language: TemplateLanguage, facts: MessageFacts, format: Formatters): RenderResult {
  const { templates, phrases } = templateLibrary()[language];
  return renderTemplate(templates[id], buildMessageContext(facts, phrases, format));
}

export interface DisputeDraft {
  description: RenderResult;
  /** What to pick in AliExpress's form: the claim's resolution (with the amount for a partial refund). */
  resolution: MessageFacts['resolution'];
  /** The evidence to attach, by name, in the order given. */
  attach: string[];
}

/** Everything to copy into the dispute form (issue 5, item 5). */
export function disputeDraft(language: TemplateLanguage, facts: MessageFacts, format: Formatters): DisputeDraft {
  return {
    description: renderClaimMessage('dispute-description', language, facts, format),
    resolution: facts.resolution,
    attach: [...(facts.evidenceNames ?? [])],
  };
}

export type { MessageFacts, Formatters } from './context';
export type { RenderResult } from './render';
export { TemplateId, TemplateLanguage } from './schema';

/**
 * The templates that fit a claim, in library order: those written for one of its reasons (or for
 * any), whose words assume its resolution (or any). The popup offers these, nothing else.
 */
export function suitableTemplates(facts: Pick<MessageFacts, 'problems' | 'resolution'>, language: TemplateLanguage = 'en'): TemplateId[] {
  const reasons = new Set(facts.problems.map((p) => p.reason));
  return TemplateId.options.filter((id) => {
    const template = templateLibrary()[language].templates[id];
    return (!template.reasons || template.reasons.some((r) => reasons.has(r))) && (!template.resolutions || template.resolutions.includes(facts.resolution.kind));
  });
}
