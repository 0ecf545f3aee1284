import * as z from 'zod/mini';

/**
 * The envelope of the page's own "mtop" API answers, as far as we read it: `data.data` holds the
 * page's blocks keyed by an id we never rely on; each block says what it is in `tag` (PAGES.md:
 * select blocks by `tag`, never by key). Everything here comes from the page: hostile input.
 */

/** A field that is not of its type reads as absent: fewer fields, never a wrong value. */
export const lenient = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);

export const shortText = (max: number) => z.string().check(z.maxLength(max));

const Block = z.looseObject({ tag: z.string().check(z.maxLength(200)), fields: z.optional(z.unknown()) });

const Envelope = z.looseObject({
  data: z.looseObject({
    data: z.record(z.string(), z.unknown()),
    global: lenient(z.looseObject({})),
  }),
});

const MAX_BLOCKS = 500;

/** The `fields` of every block with this tag, in the answer's order. */
export function blocksTagged(body: unknown, tag: string): unknown[] {
  const envelope = Envelope.safeParse(body);
  if (!envelope.success) return [];
  const out: unknown[] = [];
  for (const raw of Object.values(envelope.data.data.data).slice(0, MAX_BLOCKS)) {
    const block = Block.safeParse(raw);
    if (block.success && block.data.tag === tag) out.push(block.data.fields);
  }
  return out;
}

/** `data.global` of the answer (e.g. the numeric `orderStatus`), or undefined. */
export function globalOf(body: unknown): Record<string, unknown> | undefined {
  const envelope = Envelope.safeParse(body);
  return envelope.success ? (envelope.data.data.global as Record<string, unknown> | undefined) : undefined;
}

/**
 * An id the answer gives as a string or a number. A number past 2^53 may already have lost
 * digits in JSON.parse: never trusted.
 */
export const idValue = (max = 30) =>
  z.union([shortText(max), z.number().check(z.refine((n) => Number.isSafeInteger(n) && n >= 0, 'unsafe integer id'))]);
