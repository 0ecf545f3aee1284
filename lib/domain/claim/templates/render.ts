import { Placeholder, placeholdersIn, type MessageTemplate, type TemplateChannel } from './schema';

/** Values for the placeholders; absent or blank means "not known". */
export type MessageContext = Partial<Record<Placeholder, string>>;

export interface RenderResult {
  text: string;
  /** Placeholders a written line needs and the context lacks (left as `{name}` in the text). */
  missing: Placeholder[];
  /** Names in braces that are no placeholder (the schema refuses them; reported, never filled). */
  unknown: string[];
  /** The text was cut to the channel's budget. */
  truncated: boolean;
}

/**
 * Length budgets. The chat box's own limit is unknown (PAGES.md), so the chat budget is ours: a
 * message of at most 1,000 characters (about 150 words) fits one phone screen, gets read, and
 * survives machine translation intact. The dispute form gets more room for several products.
 */
export const CHANNEL_MAX: Record<TemplateChannel, number> = { chat: 1000, dispute: 2000 };

/** Per value: a page title or a note can be long; what goes into a message stays short. */
export const VALUE_MAX: Record<Placeholder, number> = {
  orderNumber: 20,
  product: 160,
  variant: 80,
  problem: 400,
  resolution: 100,
  evidenceList: 300,
  deadline: 40,
};

// C0/C1 controls (newlines included: a value is one line) and the bidirectional overrides that
// can make text read differently from what it is.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A value as it goes into a message: page strings are data, cleaned and capped, never parsed. */
export function cleanValue(value: string, max: number): string {
  const text = value.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/**
 * Fills a template's placeholders in one pass over the template text: a value is inserted as is
 * and never scanned again, so `{orderNumber}` or markup inside a page string stays literal.
 * Lines with `when` are written only when that value is known.
 */
export function renderTemplate(template: MessageTemplate, context: MessageContext): RenderResult {
  const values = new Map<Placeholder, string>();
  for (const name of Placeholder.options) {
    const raw = context[name];
    const value = typeof raw === 'string' ? cleanValue(raw, VALUE_MAX[name]) : '';
    if (value) values.set(name, value);
  }
  const missing = new Set<Placeholder>();
  const unknown = new Set<string>();
  const lines: string[] = [];
  for (const line of template.lines) {
    if (line.when && !values.has(line.when)) continue;
    for (const name of placeholdersIn(line.text)) {
      const known = Placeholder.safeParse(name);
      if (!known.success) unknown.add(name);
      else if (!values.has(known.data)) missing.add(known.data);
    }
    lines.push(line.text.replace(/\{([^{}]*)\}/g, (match, name: string) => values.get(name as Placeholder) ?? match));
  }
  let text = lines.join('\n');
  const max = CHANNEL_MAX[template.channel];
  const truncated = text.length > max;
  if (truncated) text = `${text.slice(0, max - 1)}…`;
  return { text, missing: [...missing], unknown: [...unknown], truncated };
}
