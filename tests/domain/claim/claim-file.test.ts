import { describe, expect, it } from 'vitest';
import { buildClaimFile, CLAIM_FILE_FORMAT, readClaimFile } from '../../../lib/domain/claim/claim-file';
import { ClaimFile } from '../../../lib/domain/claim/claim-file';
import type { ClaimEvent } from '../../../lib/schemas/claim';
import { at, claimAfter, deadline, disputeOpened, evidence, messageUsed, problemSet, started } from './helpers';

const events: ClaimEvent[] = [
  started,
  problemSet,
  { type: 'evidence-added', at: at(1), evidence: { ...evidence('p1', ['beside-listing-photo']), sha256: 'ab'.repeat(32), note: 'Arrived <b>blue</b>' } },
  { type: 'evidence-added', at: at(1), evidence: { id: 'r1', kind: 'reference', name: 'Receipt', type: '', size: 0, addedAt: at(1), reference: { fileName: 'receipt.pdf' }, covers: ['payment-proof'] } },
  messageUsed(2),
  { type: 'seller-silent', at: at(50) },
  { type: 'message-used', at: at(51), language: 'en', templateId: 'follow-up-silence', text: 'Hello, I wrote to you about my order and I have no answer yet.' },
  disputeOpened(60),
];
const state = claimAfter(events);
const deadlines = [deadline('protection-end', 20 * 24), deadline('dispute-after-completion', 40 * 24, 'estimated')];
const EXPORTED = new Date(at(61));

describe('claim file (JSON)', () => {
  it('holds the order, deadlines with sources, evidence index with hashes, messages used and the timeline', () => {
    const file = buildClaimFile(state, deadlines, EXPORTED);
    expect(ClaimFile.safeParse(file).success).toBe(true);
    expect(file).toMatchObject({ format: CLAIM_FILE_FORMAT, version: 1, exportedAt: EXPORTED.toISOString(), orderId: state.orderId });
    expect(file.deadlines.map((d) => [d.kind, d.source, d.rule])).toEqual([
      ['protection-end', 'aliexpress', 'card-countdown'],
      ['dispute-after-completion', 'estimated', 'completion-window-bounded'],
    ]);
    expect(file.evidence.map((e) => [e.id, e.sha256 ?? null])).toEqual([['p1', 'ab'.repeat(32)], ['r1', null]]);
    expect(file.messagesUsed.map((m) => [m.at, m.templateId])).toEqual([[at(2), 'wrong-item'], [at(51), 'follow-up-silence']]);
    expect(file.timeline).toHaveLength(events.length);
  });

  it('re-imports exactly', () => {
    const text = JSON.stringify(buildClaimFile(state, deadlines, EXPORTED));
    const read = readClaimFile(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.state).toEqual(state);
    expect(JSON.stringify(read.file)).toBe(text);
  });

  const file = () => JSON.parse(JSON.stringify(buildClaimFile(state, deadlines, EXPORTED))) as Record<string, unknown> & ClaimFile;
  it.each<[string, () => string, string]>([
    ['not JSON', () => '{oops', 'not-json'],
    ['JSON null', () => 'null', 'not-a-claim-file'],
    ['another format', () => JSON.stringify({ ...file(), format: 'something-else' }), 'not-a-claim-file'],
    ['a newer version', () => JSON.stringify({ ...file(), version: 2 }), 'newer-version'],
    ['an unknown key', () => JSON.stringify({ ...file(), extra: 1 }), 'invalid'],
    ['an empty timeline', () => JSON.stringify({ ...file(), timeline: [] }), 'invalid'],
    ['a timeline the reducer refuses', () => JSON.stringify({ ...file(), timeline: [started, disputeOpened(1)] }), 'timeline-refused'],
    ['evidence not in the timeline', () => JSON.stringify({ ...file(), evidence: [] }), 'index-mismatch'],
    ['an edited message', () => { const f = file(); f.messagesUsed[0]!.text = 'I never said that'; return JSON.stringify(f); }, 'index-mismatch'],
    ['another order id', () => JSON.stringify({ ...file(), orderId: '8212313961591322' }), 'index-mismatch'],
  ])('refuses %s', (_name, text, error) => {
    expect(readClaimFile(text())).toMatchObject({ ok: false, error });
  });
});
