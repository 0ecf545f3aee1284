/**
 * What every parser returns. A parser never throws and never guesses: when it cannot be sure,
 * it says "unrecognised" with the reason, or leaves the field out.
 */
export type UnrecognisedReason =
  /** A slider / captcha replaced the page. */
  | 'bot-check'
  /** The page is readable but lists nothing. */
  | 'empty'
  /** The anchors we rely on are missing or their content is not what we expect. */
  | 'markup-changed';

export type ParseResult<T> =
  | { ok: true; data: T }
  | { ok: false; reason: UnrecognisedReason; missing: string[] };

export const recognised = <T>(data: T): ParseResult<T> => ({ ok: true, data });
export const unrecognised = <T>(reason: UnrecognisedReason, missing: string[] = []): ParseResult<T> => ({
  ok: false,
  reason,
  missing,
});
