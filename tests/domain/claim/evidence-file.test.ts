import { describe, expect, it } from 'vitest';
import { evidenceKindFor, LARGE_EVIDENCE_BYTES, newFileEvidence, sha256Hex } from '../../../lib/domain/claim/evidence-file';
import { EvidenceItem } from '../../../lib/schemas/evidence';

const ADDED = new Date('2026-03-02T09:00:00.000Z');
const HASH = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

describe('evidence files', () => {
  it.each<[string, string, boolean]>([
    // FIPS 180-2 test vectors.
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', true],
    ['abc', HASH, true],
    ['abd', HASH, false],
  ])('SHA-256 of %j', async (text, hash, equal) => {
    expect((await sha256Hex(new TextEncoder().encode(text))) === hash).toBe(equal);
  });

  it.each<[string, string | undefined]>([
    ['image/jpeg', 'photo'],
    ['IMAGE/PNG', 'photo'],
    ['image/heic', 'photo'],
    ['video/mp4', 'video'],
    ['video/quicktime', 'video'],
    ['application/pdf', 'pdf'],
    ['image/svg+xml', undefined],
    ['text/html', undefined],
    ['application/x-msdownload', undefined],
    ['', undefined],
  ])('%s is kept as %s', (type, kind) => {
    expect(evidenceKindFor(type)).toBe(kind);
  });

  it('builds a valid item, a screenshot when captured, with the hash and a large-file warning', () => {
    const photo = newFileEvidence({ id: 'e1', file: { name: 'IMG_0001.JPG', type: 'image/jpeg', size: 2_000_000 }, sha256: HASH, addedAt: ADDED, covers: ['damage-photos', 'damage-photos'] });
    expect(photo).toEqual({
      ok: true,
      warning: 'none',
      item: { id: 'e1', kind: 'photo', name: 'IMG_0001.JPG', type: 'image/jpeg', size: 2_000_000, sha256: HASH, addedAt: ADDED.toISOString(), covers: ['damage-photos'] },
    });
    const shot = newFileEvidence({ id: 'e2', file: { name: 'tab.png', type: 'image/png', size: 10 }, sha256: HASH, addedAt: ADDED, covers: [], screenshot: true });
    expect(shot.ok && shot.item.kind).toBe('screenshot');
    const video = newFileEvidence({ id: 'e3', file: { name: 'unboxing.mp4', type: 'video/mp4', size: LARGE_EVIDENCE_BYTES + 1 }, sha256: HASH, addedAt: ADDED, covers: ['not-working-video'], note: '  shows it not charging  ' });
    expect(video).toMatchObject({ ok: true, warning: 'large', item: { kind: 'video', note: 'shows it not charging' } });
    for (const result of [photo, shot, video]) expect(result.ok && EvidenceItem.safeParse(result.item).success).toBe(true);
  });

  it.each<[string, Parameters<typeof newFileEvidence>[0], string]>([
    ['an SVG', { id: 'e', file: { name: 'x.svg', type: 'image/svg+xml', size: 10 }, sha256: HASH, addedAt: ADDED, covers: [] }, 'unsupported-type'],
    ['a bad hash', { id: 'e', file: { name: 'x.jpg', type: 'image/jpeg', size: 10 }, sha256: 'nope', addedAt: ADDED, covers: [] }, 'invalid'],
    ['a bad id', { id: 'a/b', file: { name: 'x.jpg', type: 'image/jpeg', size: 10 }, sha256: HASH, addedAt: ADDED, covers: [] }, 'invalid'],
    ['a size past any file', { id: 'e', file: { name: 'x.mp4', type: 'video/mp4', size: 3 * 1024 ** 3 }, sha256: HASH, addedAt: ADDED, covers: [] }, 'invalid'],
  ])('refuses %s', (_name, input, error) => {
    expect(newFileEvidence(input)).toEqual({ ok: false, error });
  });

  it('cleans a hostile file name', () => {
    const result = newFileEvidence({ id: 'e', file: { name: '\u202ephoto\u0000<b>.jpg'.padEnd(400, 'x'), type: 'image/jpeg', size: 1 }, sha256: HASH, addedAt: ADDED, covers: [] });
    expect(result.ok && result.item.name).toBe('photo<b>.jpg'.padEnd(255, 'x'));
    const blank = newFileEvidence({ id: 'e', file: { name: '\u0000', type: 'image/jpeg', size: 1 }, sha256: HASH, addedAt: ADDED, covers: [] });
    expect(blank.ok && blank.item.name).toBe('evidence');
  });
});
