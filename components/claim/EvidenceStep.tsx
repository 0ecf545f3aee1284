import { useEffect, useState } from 'react';
import { evidenceChecklist } from '@/lib/domain/claim/evidence-checklist';
import { newFileEvidence, sha256Hex } from '@/lib/domain/claim/evidence-file';
import { t } from '@/lib/i18n';
import { fromBase64, toBase64 } from '@/lib/messaging/base64';
import { MAX_EVIDENCE_FILE_BYTES } from '@/lib/messaging/claim-requests';
import { EvidenceItem, type EvidenceRequirement } from '@/lib/schemas/evidence';
import type { ListingSnapshot } from '@/lib/schemas/product';
import { formatDateTime } from '../popup/words';
import type { StepProps } from './claim-context';
import { formatMoney } from './claim-words';
import { labelKey } from './labels';

const ACCEPT = 'image/png,image/jpeg,image/webp,image/gif,image/heic,image/heif,image/avif,video/*,application/pdf';

const sizeWords = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/**
 * The evidence locker: the checklist for the claim's problems (POLICY evidence table) ticks
 * itself as items tagged with a line are added; files are hashed here, checked again and kept by
 * the background; a reference keeps only a web address or a file name.
 */
export function EvidenceStep({ details, api, busy, apply, notify }: StepProps) {
  const { claim } = details;
  const checklist = evidenceChecklist(claim.problems, claim.evidence);
  const lines = checklist.lines.map((l) => l.requirement);
  const [covers, setCovers] = useState<EvidenceRequirement | ''>(checklist.missing[0] ?? lines[0] ?? '');
  const [note, setNote] = useState('');
  const [warning, setWarning] = useState<string | undefined>();
  const [reference, setReference] = useState('');
  const [snapshots, setSnapshots] = useState<{ productId: string; snapshot: ListingSnapshot }[]>([]);

  useEffect(() => {
    let live = true;
    const ids = [...new Set(details.products.map((p) => p.productId).filter((id): id is string => id !== undefined))];
    void Promise.all(ids.map(async (productId) => {
      const response = await api.snapshots(productId);
      const latest = response.ok ? response.data.snapshots.at(-1) : undefined;
      return latest ? [{ productId, snapshot: latest }] : [];
    })).then((found) => live && setSnapshots(found.flat()));
    return () => {
      live = false;
    };
  }, [api, details.products]);

  const coversList = (): EvidenceRequirement[] => (covers ? [covers] : []);

  const addFile = async (file: File, input: HTMLInputElement) => {
    if (file.size > MAX_EVIDENCE_FILE_BYTES) return notify(false, t('claimui_fileTooBig', sizeWords(MAX_EVIDENCE_FILE_BYTES)));
    const bytes = new Uint8Array(await file.arrayBuffer());
    const made = newFileEvidence({ id: api.newId(), file, sha256: await sha256Hex(bytes), addedAt: api.now(), covers: coversList(), note });
    if (!made.ok) return notify(false, t(made.error === 'unsupported-type' ? 'claimui_fileUnsupported' : 'claimui_fileInvalid'));
    setWarning(made.warning === 'large' ? t('claimui_fileLarge', [file.name, sizeWords(file.size)]) : undefined);
    if (await apply(() => api.addEvidence(claim.orderId, made.item, toBase64(bytes)))) {
      setNote('');
      input.value = '';
    }
  };

  const capture = async () => {
    const shot = await api.captureTab();
    if (!shot.ok) return notify(false, t(shot.reason === 'not-aliexpress' ? 'claimui_captureNotHere' : 'claimui_captureFailed'));
    const bytes = fromBase64(shot.dataUrl.slice(shot.dataUrl.indexOf(',') + 1));
    const at = api.now();
    const file = { name: `screenshot-${at.toISOString().slice(0, 19).replaceAll(':', '-')}.png`, type: 'image/png', size: bytes.byteLength };
    const made = newFileEvidence({ id: api.newId(), file, sha256: await sha256Hex(bytes), addedAt: at, covers: coversList(), note, screenshot: true });
    if (!made.ok) return notify(false, t('claimui_captureFailed'));
    if (await apply(() => api.addEvidence(claim.orderId, made.item, toBase64(bytes)))) setNote('');
  };

  const addReference = async () => {
    const text = reference.trim();
    const isUrl = /^https:\/\//i.test(text);
    const parsed = EvidenceItem.safeParse({
      id: api.newId(),
      kind: 'reference',
      name: text.slice(0, 255),
      type: '',
      size: 0,
      addedAt: api.now().toISOString(),
      reference: isUrl ? { url: text } : { fileName: text.slice(0, 255) },
      covers: coversList(),
      ...(note.trim() ? { note: note.trim().slice(0, 1000) } : {}),
    });
    if (!parsed.success) return notify(false, t('claimui_referenceInvalid'));
    if (await apply(() => api.addEvidence(claim.orderId, parsed.data))) {
      setReference('');
      setNote('');
    }
  };

  const attachSnapshot = (productId: string, { snapshot }: { snapshot: ListingSnapshot }) => {
    const { content } = snapshot;
    const facts = [
      t('claimui_snapshotSeen', formatDateTime(new Date(snapshot.firstSeenAt))),
      content.price ? formatMoney(content.price) : '',
      ...(content.chosenOptions ?? []),
      content.shippingPromise ?? '',
      `SHA-256 ${snapshot.contentHash}`,
    ].filter(Boolean);
    const item = EvidenceItem.parse({
      id: `listing-${productId}-${snapshot.contentHash.slice(0, 12)}`,
      kind: 'reference',
      name: t('claimui_snapshotName', (content.title ?? productId).slice(0, 200)).slice(0, 255),
      type: '',
      size: 0,
      addedAt: api.now().toISOString(),
      reference: { url: `https://www.aliexpress.com/item/${productId}.html` },
      note: facts.join(' · ').slice(0, 1000),
      covers: ['listing-as-ordered'],
    });
    void apply(() => api.addEvidence(claim.orderId, item));
  };

  return (
    <div className="claim-form">
      {claim.problems.length === 0 ? (
        <p className="hint">{t('claimui_evidenceNeedsProblem')}</p>
      ) : (
        <ul className="checklist" aria-label={t('claimui_checklist')}>
          {checklist.lines.map((line) => (
            <li key={line.requirement} className={line.met ? 'met' : 'open'} data-aca-requirement={line.requirement} data-aca-met={String(line.met)}>
              <span aria-hidden="true">{line.met ? '☑' : '☐'}</span> {t(labelKey('claim_evidence', line.requirement))}
              {line.need === 'recommended' && <span className="hint"> · {t('claimui_recommended')}</span>}
            </li>
          ))}
        </ul>
      )}

      <label>
        {t('claimui_covers')}
        <select value={covers} onChange={(e) => setCovers(e.target.value as EvidenceRequirement | '')} data-aca-field="covers">
          <option value="">—</option>
          {lines.map((r) => (
            <option key={r} value={r}>
              {t(labelKey('claim_evidence', r))}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('claimui_note')}
        <input type="text" maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <label className="file-pick">
        {t('claimui_addFile')}
        <input
          type="file"
          accept={ACCEPT}
          disabled={busy}
          data-aca-field="file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void addFile(file, e.target);
          }}
        />
      </label>
      <button type="button" className="link" disabled={busy} onClick={() => void capture()} data-aca-action="capture-tab">
        {t('claimui_captureTab')}
      </button>
      {warning && <p className="warn" role="alert" data-aca-warning="large-file">{warning}</p>}
      <div className="form-row">
        <input
          type="text"
          aria-label={t('claimui_reference')}
          placeholder={t('claimui_reference')}
          value={reference}
          maxLength={2000}
          onChange={(e) => setReference(e.target.value)}
        />
        <button type="button" disabled={busy || !reference.trim()} onClick={() => void addReference()}>
          {t('claimui_addReference')}
        </button>
      </div>

      {snapshots
        .filter(({ productId, snapshot }) => !claim.evidence.some((e) => e.id === `listing-${productId}-${snapshot.contentHash.slice(0, 12)}`))
        .map((found) => (
          <button key={found.productId} type="button" className="link" disabled={busy} onClick={() => attachSnapshot(found.productId, found)} data-aca-snapshot={found.productId}>
            {t('claimui_attachSnapshot', (found.snapshot.content.title ?? found.productId).slice(0, 60))}
          </button>
        ))}

      {claim.evidence.length > 0 && (
        <ul className="evidence-list">
          {claim.evidence.map((item) => (
            <li key={item.id} data-aca-evidence={item.id} data-aca-kind={item.kind}>
              <span className="evidence-name" title={item.note}>
                {item.name}
              </span>
              <span className="hint">{item.kind === 'reference' ? t('claimui_referenceOnly') : sizeWords(item.size)}</span>
              <button type="button" className="link small" disabled={busy} onClick={() => void apply(() => api.removeEvidence(claim.orderId, item.id))}>
                {t('claimui_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
