import * as z from 'zod/mini';
import { ClaimEvent, type ClaimState } from '../../schemas/claim';
import { Instant, OrderId } from '../../schemas/common';
import { Deadline } from '../../schemas/deadline';
import { EvidenceItem } from '../../schemas/evidence';
import { replayClaim } from './reducer';

export const CLAIM_FILE_FORMAT = 'aliexpress-claim-assistant/claim';
export const CLAIM_FILE_VERSION = 1;

/** A message as it was used, from the timeline: what the seller was told, and when. */
const MessageUsed = z.strictObject({ at: Instant, templateId: z.string(), language: z.string(), text: z.string() });

/**
 * The claim file's JSON (issue 5, item 8): the timeline is the record, everything else is an
 * index of it for people and other tools (mediation, PayPal, a card issuer). Re-importing
 * replays the timeline, so a file edited by hand cannot carry a claim the reducer would refuse.
 */
export const ClaimFile = z.strictObject({
  format: z.literal(CLAIM_FILE_FORMAT),
  version: z.literal(CLAIM_FILE_VERSION),
  exportedAt: Instant,
  orderId: OrderId,
  /** The order's deadlines as known at export, each with its source and rule. */
  deadlines: z.array(Deadline).check(z.maxLength(100)),
  /** Evidence index (files stay in the extension; their hashes identify them). */
  evidence: z.array(EvidenceItem).check(z.maxLength(5000)),
  messagesUsed: z.array(MessageUsed).check(z.maxLength(1000)),
  timeline: z.array(ClaimEvent).check(z.minLength(1), z.maxLength(10_000)),
});
export type ClaimFile = z.infer<typeof ClaimFile>;

export function buildClaimFile(state: ClaimState, deadlines: readonly Deadline[], exportedAt: Date): ClaimFile {
  return {
    format: CLAIM_FILE_FORMAT,
    version: CLAIM_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    orderId: state.orderId,
    deadlines: deadlines.filter((d) => d.orderId === state.orderId),
    evidence: state.evidence,
    messagesUsed: state.timeline.flatMap((event) =>
      event.type === 'message-used' ? [{ at: event.at, templateId: event.templateId, language: event.language, text: event.text }] : [],
    ),
    timeline: state.timeline,
  };
}

export type ClaimFileError = 'not-json' | 'not-a-claim-file' | 'newer-version' | 'invalid' | 'timeline-refused' | 'index-mismatch';

export type ReadClaimFileResult = { ok: true; file: ClaimFile; state: ClaimState } | { ok: false; error: ClaimFileError; detail?: string };

/**
 * Reads a claim file back. Never throws: a file that is not ours, from a newer version, invalid,
 * or whose index does not match its own timeline is refused with the reason.
 */
export function readClaimFile(text: string): ReadClaimFileResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  const header = raw as { format?: unknown; version?: unknown } | null;
  if (typeof header !== 'object' || header === null || header.format !== CLAIM_FILE_FORMAT) return { ok: false, error: 'not-a-claim-file' };
  if (typeof header.version === 'number' && header.version > CLAIM_FILE_VERSION) return { ok: false, error: 'newer-version' };
  const parsed = ClaimFile.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid', detail: parsed.error.issues[0]?.path.join('.') };
  const file = parsed.data;
  const replayed = replayClaim(file.timeline);
  if (!replayed.ok) return { ok: false, error: 'timeline-refused', detail: replayed.error.code };
  const state = replayed.state;
  const rebuilt = buildClaimFile(state, file.deadlines, new Date(file.exportedAt));
  const same = state.orderId === file.orderId && JSON.stringify(rebuilt) === JSON.stringify(file);
  return same ? { ok: true, file, state } : { ok: false, error: 'index-mismatch' };
}
