import { describe, expect, it } from 'vitest';
import { evidenceChecklist, type ProblemForEvidence } from '../../../lib/domain/claim/evidence-checklist';
import { ProblemReason } from '../../../lib/schemas/claim';
import { EvidenceItem, type EvidenceRequirement } from '../../../lib/schemas/evidence';
import { at, evidence } from './helpers';

const required = (problems: ProblemForEvidence[]) =>
  evidenceChecklist(problems, []).lines.filter((l) => l.need === 'required').map((l) => l.requirement);
const recommended = (problems: ProblemForEvidence[]) =>
  evidenceChecklist(problems, []).lines.filter((l) => l.need === 'recommended').map((l) => l.requirement);

describe('evidence checklist per reason (POLICY evidence table + always)', () => {
  it.each<[ProblemForEvidence, EvidenceRequirement[], EvidenceRequirement[]]>([
    [{ reason: 'not-as-described' }, ['difference-list', 'photos-and-video', 'listing-as-ordered', 'seller-chat', 'payment-proof'], []],
    [{ reason: 'wrong-size' }, ['beside-ruler-photo', 'size-label-photo', 'seller-chat', 'payment-proof'], []],
    [{ reason: 'defective' }, ['not-working-video', 'seller-chat', 'payment-proof'], []],
    [{ reason: 'damaged' }, ['damage-photos', 'seller-chat', 'payment-proof'], ['post-office-damage-report']],
    [{ reason: 'missing-parts' }, ['everything-received-photo', 'parcel-weight-label', 'seller-chat', 'payment-proof'], []],
    [{ reason: 'empty-package' }, ['everything-received-photo', 'parcel-weight-label', 'seller-chat', 'payment-proof'], []],
    [{ reason: 'wrong-item' }, ['beside-listing-photo', 'seller-chat', 'payment-proof'], []],
    [{ reason: 'counterfeit' }, ['labels-serials-packaging-photos', 'listing-brand-claims', 'seller-chat', 'payment-proof'], []],
    [{ reason: 'seller-broke-promise' }, ['listing-as-ordered', 'seller-chat', 'payment-proof'], []],
    // D5: nothing arrived, so nothing is a gate.
    [{ reason: 'not-received' }, [], ['tracking-history', 'seller-chat', 'payment-proof']],
    [{ reason: 'not-received', notReceivedCase: 'delivered-not-received' }, [], ['tracking-history', 'post-office-letter', 'seller-chat', 'payment-proof']],
    [{ reason: 'not-received', notReceivedCase: 'held-by-customs' }, [], ['tracking-history', 'customs-documents', 'seller-chat', 'payment-proof']],
    [{ reason: 'not-received', notReceivedCase: 'invalid-tracking' }, [], ['tracking-history', 'seller-chat', 'payment-proof']],
  ])('%o', (problem, expectedRequired, expectedRecommended) => {
    expect(required([problem])).toEqual(expectedRequired);
    expect(recommended([problem])).toEqual(expectedRecommended);
  });

  it('covers every reason', () => {
    for (const reason of ProblemReason.options) expect(evidenceChecklist([{ reason }], []).lines.length).toBeGreaterThan(0);
  });

  it('asks for nothing before a problem is named', () => {
    expect(evidenceChecklist([], [])).toEqual({ lines: [], missing: [], complete: true });
  });

  it('merges the problems of several products into one list (one dispute per order, D4)', () => {
    const checklist = evidenceChecklist([{ reason: 'not-received' }, { reason: 'wrong-item' }, { reason: 'not-as-described' }, { reason: 'seller-broke-promise' }], []);
    // In the table's order, one line per requirement.
    expect(checklist.lines.map((l) => [l.requirement, l.need, l.reasons])).toEqual([
      ['difference-list', 'required', ['not-as-described']],
      ['photos-and-video', 'required', ['not-as-described']],
      ['listing-as-ordered', 'required', ['not-as-described', 'seller-broke-promise']],
      ['beside-listing-photo', 'required', ['wrong-item']],
      ['tracking-history', 'recommended', ['not-received']],
      // One product arrived: the chat and the receipt are required again.
      ['seller-chat', 'required', []],
      ['payment-proof', 'required', []],
    ]);
  });
});


describe('evidence checklist ticks itself', () => {
  const wrongItem: ProblemForEvidence[] = [{ reason: 'wrong-item' }];

  it.each<[string, EvidenceItem[], EvidenceRequirement[], boolean]>([
    ['nothing yet', [], ['beside-listing-photo', 'seller-chat', 'payment-proof'], false],
    ['one photo', [evidence('p1', ['beside-listing-photo'])], ['seller-chat', 'payment-proof'], false],
    ['one item covering two', [evidence('p1', ['beside-listing-photo']), evidence('s1', ['seller-chat', 'payment-proof'])], [], true],
    ['an item tagged for another problem', [evidence('v1', ['not-working-video'])], ['beside-listing-photo', 'seller-chat', 'payment-proof'], false],
    [
      'a reference counts like a file',
      [evidence('p1', ['beside-listing-photo']), { id: 'r1', kind: 'reference', name: 'Order receipt', type: '', size: 0, addedAt: at(2), reference: { fileName: 'receipt.pdf' }, covers: ['payment-proof'] }, evidence('s', ['seller-chat'])],
      [],
      true,
    ],
  ])('%s', (_name, items, missing, complete) => {
    for (const item of items) expect(EvidenceItem.safeParse(item).success).toBe(true);
    const checklist = evidenceChecklist(wrongItem, items);
    expect(checklist.missing).toEqual(missing);
    expect(checklist.complete).toBe(complete);
  });

  it('lists which items cover a line, in the order added', () => {
    const checklist = evidenceChecklist(wrongItem, [evidence('a', ['seller-chat']), evidence('b', ['beside-listing-photo']), evidence('c', ['seller-chat'])]);
    expect(checklist.lines.find((l) => l.requirement === 'seller-chat')).toEqual({ requirement: 'seller-chat', need: 'required', reasons: [], coveredBy: ['a', 'c'], met: true });
  });

  it('recommended lines never hold up completion', () => {
    const checklist = evidenceChecklist([{ reason: 'damaged' }], [evidence('d', ['damage-photos', 'seller-chat', 'payment-proof'])]);
    expect(checklist.complete).toBe(true);
    expect(checklist.lines.find((l) => l.requirement === 'post-office-damage-report')?.met).toBe(false);
  });
});

describe('evidence item schema', () => {
  it.each<[string, unknown, boolean]>([
    ['a photo with a hash', { ...evidence('p', []), sha256: 'a'.repeat(64) }, true],
    ['an upper-case hash', { ...evidence('p', []), sha256: 'A'.repeat(64) }, false],
    ['a negative size', { ...evidence('p', []), size: -1 }, false],
    ['a fractional size', { ...evidence('p', []), size: 1.5 }, false],
    ['an unknown requirement tag', { ...evidence('p', []), covers: ['bribe'] }, false],
    ['a hostile MIME type', { ...evidence('p', []), type: 'text/html"><script>' }, false],
    ['an id with a slash', { ...evidence('p', []), id: '../x' }, false],
    ['a url reference', { ...evidence('r', []), kind: 'reference', type: '', size: 0, reference: { url: 'https://www.aliexpress.com/item/1005001234567890.html' } }, true],
    ['a javascript: reference', { ...evidence('r', []), kind: 'reference', reference: { url: 'javascript:alert(1)' } }, false],
    ['both url and file name', { ...evidence('r', []), kind: 'reference', reference: { url: 'https://a.example/', fileName: 'x' } }, false],
    ['an unknown key', { ...evidence('p', []), blob: 'x' }, false],
  ])('%s', (_name, item, valid) => {
    expect(EvidenceItem.safeParse(item).success).toBe(valid);
  });
});
