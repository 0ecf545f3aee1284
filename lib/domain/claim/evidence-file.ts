import { EvidenceItem, type EvidenceKind, type EvidenceRequirement } from '../../schemas/evidence';

/**
 * Our own warning line, not an AliExpress limit (its upload limits are unknown): above this a
 * file fills the buyer's disk quota fast and may be too big for a dispute form; say so.
 */
export const LARGE_EVIDENCE_BYTES = 25 * 1024 * 1024;

/** The kind a chosen file is kept as, from its MIME type; `undefined`: not a kind we keep. */
export function evidenceKindFor(type: string): Exclude<EvidenceKind, 'reference' | 'screenshot'> | undefined {
  const mime = type.toLowerCase();
  if (/^image\/(png|jpeg|webp|gif|heic|heif|avif)$/.test(mime)) return 'photo';
  if (/^video\/[\w.+-]+$/.test(mime)) return 'video';
  if (mime === 'application/pdf') return 'pdf';
  // SVG is an image that can carry script: never kept (the claim file may embed images).
  return undefined;
}

export const sizeWarning = (size: number): 'none' | 'large' => (size > LARGE_EVIDENCE_BYTES ? 'large' : 'none');

/** Lowercase hex SHA-256 of the file's bytes (Web Crypto: the same in the popup, worker and tests). */
export async function sha256Hex(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface ChosenFile {
  name: string;
  type: string;
  size: number;
}

export type NewEvidenceResult = { ok: true; item: EvidenceItem; warning: 'none' | 'large' } | { ok: false; error: 'unsupported-type' | 'invalid' };

/**
 * The evidence record for a file the buyer chose (the bytes are stored beside it by the
 * caller). Names are page-or-disk strings: control characters go, length is capped.
 */
export function newFileEvidence(input: {
  id: string;
  file: ChosenFile;
  sha256: string;
  addedAt: Date;
  covers: EvidenceRequirement[];
  note?: string;
  /** "Capture this tab" makes screenshots; a chosen image is a photo. */
  screenshot?: boolean;
}): NewEvidenceResult {
  const kind = evidenceKindFor(input.file.type);
  if (!kind) return { ok: false, error: 'unsupported-type' };
  const name = input.file.name.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '').trim().slice(0, 255) || 'evidence';
  const parsed = EvidenceItem.safeParse({
    id: input.id,
    kind: input.screenshot && kind === 'photo' ? 'screenshot' : kind,
    name,
    type: input.file.type.toLowerCase(),
    size: input.file.size,
    sha256: input.sha256,
    ...(input.note?.trim() ? { note: input.note.trim().slice(0, 1000) } : {}),
    addedAt: input.addedAt.toISOString(),
    covers: [...new Set(input.covers)],
  });
  return parsed.success ? { ok: true, item: parsed.data, warning: sizeWarning(input.file.size) } : { ok: false, error: 'invalid' };
}
