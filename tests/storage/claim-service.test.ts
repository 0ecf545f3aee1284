// @vitest-environment node
// Node's Blob: happy-dom's is not structured-cloneable, so fake-indexeddb could not keep it (Chrome's is).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../../lib/domain/claim/evidence-file';
import { toBase64 } from '../../lib/messaging/base64';
import { createMessageHandler } from '../../lib/messaging/handler';
import type { EvidenceItem } from '../../lib/schemas/evidence';
import { createClaimService, type ClaimService } from '../../lib/storage/claim-service';
import type { ClaimDb } from '../../lib/storage/db';
import { createOrderService, type OrderService } from '../../lib/storage/order-service';
import { DAY, HOUR, ORDER_A, ORDER_B, card, countdown, freshDb, plus } from './fixtures';

const T0 = '2026-11-05T12:00:00.000Z';
let now = new Date(T0);
let db: ClaimDb;
let orders: OrderService;
let claims: ClaimService;
const warn = vi.fn<(message: string) => void>();

const bytes = (text: string) => new TextEncoder().encode(text);

async function photo(id: string, content = `jpeg bytes of ${id}`): Promise<{ item: EvidenceItem; file: { bytes: Uint8Array } }> {
  const data = bytes(content);
  return {
    item: { id, kind: 'photo', name: `${id}.jpg`, type: 'image/jpeg', size: data.byteLength, sha256: await sha256Hex(data), addedAt: now.toISOString(), covers: ['damage-photos'] },
    file: { bytes: data },
  };
}

const reference = (id: string): EvidenceItem => ({
  id,
  kind: 'reference',
  name: 'Tracking page',
  type: '',
  size: 0,
  addedAt: now.toISOString(),
  reference: { url: 'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8190000000000001' },
  covers: ['tracking-history'],
});

const tick = () => (now = new Date(now.getTime() + HOUR));

beforeEach(async () => {
  now = new Date(T0);
  warn.mockReset();
  db = freshDb();
  orders = createOrderService(db, () => now, { warn });
  claims = createClaimService(db, { orders, clock: () => now, warn });
  await orders.recordOrdersSeen({ observedAt: plus(T0, -HOUR), orders: [card({ countdown: countdown(plus(T0, -HOUR), 10 * DAY) }), card({ orderId: ORDER_B, products: [] })] });
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('claim service', () => {
  it('starts a claim with the order around it: products, deadlines with sources', async () => {
    const details = await claims.start(ORDER_A);
    expect(details.claim).toMatchObject({ orderId: ORDER_A, startedAt: T0, problems: [], evidence: [] });
    expect(details.products.map((p) => [p.itemKey, p.title])).toEqual([
      ['1005001', 'USB-C cable 2 m'],
      ['1005002', 'Phone stand'],
    ]);
    expect(details.deadlines.length).toBeGreaterThan(0);
    for (const d of details.deadlines) expect(['aliexpress', 'estimated', 'manual']).toContain(d.source);
    expect(await claims.get(ORDER_A)).toEqual(details);
  });

  it('refuses an unknown order and a second start, writing nothing', async () => {
    await expect(claims.start('8190000000000999')).rejects.toMatchObject({ name: 'OrderNotFoundError' });
    await claims.start(ORDER_A);
    tick();
    await expect(claims.start(ORDER_A)).rejects.toMatchObject({ name: 'ClaimTransitionError', code: 'already-started' });
    expect((await db.claims.get(ORDER_A))?.events).toHaveLength(1);
  });

  it('keeps several claims at once, newest change first', async () => {
    await claims.start(ORDER_A);
    tick();
    await claims.start(ORDER_B);
    tick();
    await claims.record(ORDER_A, { type: 'deadlines-checked', at: now.toISOString() });
    const { claims: list, total } = await claims.list(10);
    expect(total).toBe(2);
    expect(list.map((c) => c.orderId)).toEqual([ORDER_A, ORDER_B]);
    expect((await claims.list(1)).claims).toHaveLength(1);
  });

  it('appends events; a refused transition throws a typed error and changes nothing', async () => {
    await claims.start(ORDER_A);
    tick();
    const before = await db.claims.get(ORDER_A);
    await expect(claims.record(ORDER_A, { type: 'dispute-opened', at: now.toISOString(), resolution: { kind: 'refund-only' } })).rejects.toMatchObject({
      name: 'ClaimTransitionError',
      code: 'no-problem',
    });
    expect(await db.claims.get(ORDER_A)).toEqual(before);
    const after = await claims.record(ORDER_A, { type: 'problem-set', at: now.toISOString(), problems: [{ itemKey: '1005001', reason: 'damaged' }] });
    expect(after.claim.problems).toEqual([{ itemKey: '1005001', reason: 'damaged' }]);
    expect(after.claim.timeline.map((e) => e.type)).toEqual(['claim-started', 'problem-set']);
  });

  it('stamps events with its own clock, never before the last one', async () => {
    await claims.start(ORDER_A);
    now = new Date(plus(T0, -HOUR)); // the clock stepped back
    const details = await claims.record(ORDER_A, { type: 'deadlines-checked', at: '2020-01-01T00:00:00.000Z' });
    expect(details.claim.deadlinesCheckedAt).toBe(T0);
  });

  it('round-trips an evidence file as a Blob with its SHA-256', async () => {
    await claims.start(ORDER_A);
    const { item, file } = await photo('p1');
    const details = await claims.addEvidence(ORDER_A, item, file);
    expect(details.claim.evidence).toEqual([item]);
    const row = await db.evidence.get([ORDER_A, 'p1']);
    expect(row?.file).toBeInstanceOf(Blob);
    const back = await claims.evidenceFile(ORDER_A, 'p1');
    expect(back.type).toBe('image/jpeg');
    expect(await sha256Hex(back.bytes)).toBe(item.sha256);
    expect(new TextDecoder().decode(back.bytes)).toBe('jpeg bytes of p1');
    expect(await claims.listEvidence(ORDER_A)).toEqual([item]);
  });

  it('keeps a reference without a file', async () => {
    await claims.start(ORDER_A);
    await claims.addEvidence(ORDER_A, reference('r1'));
    expect((await db.evidence.get([ORDER_A, 'r1']))?.file).toBeUndefined();
    await expect(claims.evidenceFile(ORDER_A, 'r1')).rejects.toMatchObject({ name: 'ClaimNotFoundError' });
  });

  it.each([
    ['sha256', (p: Awaited<ReturnType<typeof photo>>) => ({ ...p, file: { bytes: bytes('jpeg bytes of pX') } })],
    ['size', (p: Awaited<ReturnType<typeof photo>>) => ({ ...p, file: { bytes: bytes('short') } })],
  ])('refuses a file whose %s does not match its record, saving nothing', async (field, corrupt) => {
    await claims.start(ORDER_A);
    const { item, file } = corrupt(await photo('p1'));
    await expect(claims.addEvidence(ORDER_A, item, file)).rejects.toMatchObject({ name: 'EvidenceFileMismatchError', field });
    expect(await db.evidence.count()).toBe(0);
    expect((await claims.get(ORDER_A))?.claim.evidence).toEqual([]);
  });

  it('an injected storage failure (quota) after the file row leaves nothing half-saved', async () => {
    await claims.start(ORDER_A);
    const before = await db.claims.get(ORDER_A);
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    vi.spyOn(db.claims, 'put').mockRejectedValueOnce(quota);
    const { item, file } = await photo('p1');
    await expect(claims.addEvidence(ORDER_A, item, file)).rejects.toMatchObject({ name: 'StorageError', operation: 'write' });
    expect(await db.evidence.count()).toBe(0);
    expect(await db.claims.get(ORDER_A)).toEqual(before);
    // And the same item can be added once storage works again.
    expect((await claims.addEvidence(ORDER_A, item, file)).claim.evidence).toHaveLength(1);
  });

  it('removing evidence deletes its file and records the event in one go', async () => {
    await claims.start(ORDER_A);
    const { item, file } = await photo('p1');
    await claims.addEvidence(ORDER_A, item, file);
    vi.spyOn(db.claims, 'put').mockRejectedValueOnce(new Error('disk'));
    await expect(claims.removeEvidence(ORDER_A, 'p1')).rejects.toMatchObject({ name: 'StorageError' });
    expect(await db.evidence.count()).toBe(1);
    const details = await claims.removeEvidence(ORDER_A, 'p1');
    expect(details.claim.evidence).toEqual([]);
    expect(details.claim.timeline.map((e) => e.type)).toEqual(['claim-started', 'evidence-added', 'evidence-removed']);
    expect(await db.evidence.count()).toBe(0);
    await expect(claims.removeEvidence(ORDER_A, 'p1')).rejects.toMatchObject({ code: 'unknown-evidence' });
  });

  it('exports the claim file: deadlines with sources, evidence index with hashes, timeline', async () => {
    await claims.start(ORDER_A);
    const { item, file } = await photo('p1');
    await claims.addEvidence(ORDER_A, item, file);
    const { file: claimFile, claim } = await claims.exportClaim(ORDER_A);
    expect(claimFile.orderId).toBe(ORDER_A);
    expect(claimFile.evidence[0]?.sha256).toBe(item.sha256);
    expect(claimFile.deadlines.length).toBeGreaterThan(0);
    expect(claimFile.timeline).toEqual(claim.timeline);
  });

  it('answers the Confirm-received guard: open claim, not shipped yet', async () => {
    expect(await claims.guardFacts(ORDER_A)).toEqual({ openClaim: false, notDelivered: false });
    await claims.start(ORDER_A);
    expect(await claims.guardFacts(ORDER_A)).toEqual({ openClaim: true, notDelivered: false });
    tick();
    await claims.record(ORDER_A, { type: 'outcome-recorded', at: now.toISOString(), outcome: 'withdrawn' });
    expect(await claims.guardFacts(ORDER_A)).toEqual({ openClaim: false, notDelivered: false });
    await orders.recordOrdersSeen({ observedAt: now.toISOString(), orders: [card({ orderId: ORDER_B, status: 'processing', products: [] })] });
    expect(await claims.guardFacts(ORDER_B)).toEqual({ openClaim: false, notDelivered: true });
    expect(await claims.guardFacts('8190000000000999')).toEqual({ openClaim: false, notDelivered: false });
  });

  it('a stored claim that does not replay is skipped with one warning', async () => {
    await claims.start(ORDER_A);
    await db.claims.put({ orderId: ORDER_A, updatedAt: T0, events: [{ type: 'deadlines-checked', at: T0 }] });
    expect(await claims.get(ORDER_A)).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('claim requests through the message handler', () => {
  const handler = () => createMessageHandler(orders, { claims });

  it('carries a file as base64 and answers with the claim', async () => {
    await handler()({ type: 'claim/start', orderId: ORDER_A });
    const { item, file } = await photo('p1');
    const response = await handler()({ type: 'evidence/add', orderId: ORDER_A, item, file: { base64: toBase64(file.bytes) } });
    expect(response).toMatchObject({ ok: true, data: { claim: { evidence: [item] } } });
    expect(await handler()({ type: 'evidence/file', orderId: ORDER_A, evidenceId: 'p1' })).toEqual({ ok: true, data: { type: 'image/jpeg', base64: toBase64(file.bytes) } });
  });

  it.each([
    ['evidence events have their own request', { type: 'claim/event', orderId: ORDER_A, event: { type: 'evidence-removed', at: T0, evidenceId: 'p1' } }],
    ['a file item without its file', { type: 'evidence/add', orderId: ORDER_A, item: { id: 'p', kind: 'photo', name: 'a.jpg', type: 'image/jpeg', size: 1, sha256: 'a'.repeat(64), addedAt: T0, covers: [] } }],
    ['a reference with a file', { type: 'evidence/add', orderId: ORDER_A, item: reference('r'), file: { base64: 'AAAA' } }],
    ['not base64', { type: 'evidence/add', orderId: ORDER_A, item: { id: 'p', kind: 'photo', name: 'a.jpg', type: 'image/jpeg', size: 1, sha256: 'a'.repeat(64), addedAt: T0, covers: [] }, file: { base64: 'A<A>' } }],
    ['an unknown key', { type: 'claim/get', orderId: ORDER_A, extra: 1 }],
  ])('refuses %s as an invalid request', async (_, request) => {
    await claims.start(ORDER_A);
    const before = await db.claims.get(ORDER_A);
    expect(await handler()(request)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await db.claims.get(ORDER_A)).toEqual(before);
  });

  it('a refused transition is a typed claim-refused error', async () => {
    await claims.start(ORDER_A);
    const response = await handler()({ type: 'claim/event', orderId: ORDER_A, event: { type: 'seller-replied', at: T0 } });
    expect(response).toMatchObject({ ok: false, error: { code: 'claim-refused', message: expect.stringContaining('seller-not-contacted') } });
  });

  it('a full disk says so, and that nothing was saved', async () => {
    await claims.start(ORDER_A);
    vi.spyOn(db.claims, 'put').mockRejectedValueOnce(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const response = await handler()({ type: 'evidence/add', orderId: ORDER_A, item: reference('r1') });
    expect(response).toMatchObject({ ok: false, error: { code: 'storage-failed', message: expect.stringMatching(/no room.*nothing was saved/) } });
    expect(await db.evidence.count()).toBe(0);
  });

  it('no claim yet: not-found', async () => {
    expect(await handler()({ type: 'claim/get', orderId: ORDER_A })).toEqual({ ok: true, data: { details: null } });
    expect(await handler()({ type: 'evidence/list', orderId: ORDER_A })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
