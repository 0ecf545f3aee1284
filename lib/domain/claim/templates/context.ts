import type { ProductProblem, Resolution } from '../../../schemas/claim';
import type { Money } from '../../../schemas/common';
import type { MessageContext } from './render';
import type { TemplatePhrases } from './schema';

export interface MessageFacts {
  orderId: string;
  /** The claim's problems, one per product that went wrong. */
  problems: readonly ProductProblem[];
  resolution: Resolution;
  /** Names of the evidence to mention or attach. */
  evidenceNames?: readonly string[];
  /** The date the message names (protection end, answer-by, ship-by); formatted by `format.date`. */
  deadline?: Date;
}

export interface Formatters {
  date(date: Date): string;
  money(money: Money): string;
}

/** The placeholder values for a claim, in one language's words. Pure: formatting is passed in. */
export function buildMessageContext(facts: MessageFacts, phrases: TemplatePhrases, format: Formatters): MessageContext {
  const several = facts.problems.length > 1;
  const titles = unique(facts.problems.map((p) => p.title?.trim()).filter(isText));
  const variants = unique(facts.problems.map((p) => p.variant?.trim()).filter(isText));
  const problem = facts.problems
    .map((p) => {
      const text = problemPhrase(p, phrases);
      return several && p.title?.trim() ? `${p.title.trim()}: ${text}` : text;
    })
    .join(phrases.problemSeparator);
  return {
    orderNumber: facts.orderId,
    product: titles.join(phrases.listSeparator) || undefined,
    variant: variants.join(phrases.listSeparator) || undefined,
    problem: problem || undefined,
    resolution: resolutionPhrase(facts.resolution, phrases, format),
    evidenceList: (facts.evidenceNames ?? []).filter(isText).join(phrases.listSeparator) || undefined,
    deadline: facts.deadline ? format.date(facts.deadline) : undefined,
  };
}

function problemPhrase(problem: ProductProblem, phrases: TemplatePhrases): string {
  let text = problem.notReceivedCase ? phrases.notReceivedCases[problem.notReceivedCase] : phrases.reasons[problem.reason];
  if (problem.aspects?.length) {
    // "(different size, colour, different in other ways)": named aspects after the intro, `other` on its own.
    const named = problem.aspects.filter((a) => a !== 'other').map((a) => phrases.aspects[a]);
    const parts = [...(named.length > 0 ? [`${phrases.aspectsIntro} ${named.join(phrases.listSeparator)}`] : []), ...(problem.aspects.includes('other') ? [phrases.aspects.other] : [])];
    text += ` (${parts.join(phrases.listSeparator)})`;
  }
  // The buyer's own words follow; a final full stop is the template's.
  const details = problem.details?.trim().replace(/[.!?\s]+$/, '');
  return details ? `${text}: ${details}` : text;
}

export function resolutionPhrase(resolution: Resolution, phrases: TemplatePhrases, format: Formatters): string {
  if (resolution.kind !== 'partial-refund') return phrases.resolutions[resolution.kind];
  // Our own phrase holds {amount} once (schema-checked); split, not replace, so "$&" in a
  // formatted amount cannot act as a replacement pattern.
  const [before, after] = phrases.resolutions['partial-refund'].split('{amount}');
  return `${before}${format.money(resolution.amount)}${after}`;
}

const isText = (text: string | undefined): text is string => typeof text === 'string' && text.length > 0;
const unique = (items: string[]) => [...new Set(items)];
