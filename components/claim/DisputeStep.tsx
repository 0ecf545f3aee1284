import { useMemo, useState } from 'react';
import { disputeDraft, templateLanguageFor } from '@/lib/domain/claim/templates';
import { resolutionPhrase } from '@/lib/domain/claim/templates/context';
import { templateLibrary } from '@/lib/domain/claim/templates';
import { claimWarnings, type GuardedAction } from '@/lib/domain/claim/warnings';
import { t, uiLanguage, type MessageKey } from '@/lib/i18n';
import { orderDetailUrl } from '@/lib/pages/order-urls';
import { ClaimOutcome, type Resolution } from '@/lib/schemas/claim';
import type { StepProps } from './claim-context';
import { ConfirmWarnings } from './ConfirmWarnings';
import { formatters, messageFacts } from './message-facts';
import { ResolutionPicker } from './ResolutionPicker';

function resolutionWords(resolution: Resolution): string {
  return t(`claim_resolution_${resolution.kind.replaceAll('-', '_')}` as MessageKey, resolution.kind === 'partial-refund' ? formatters.money(resolution.amount) : undefined);
}

/** Open a dispute: the prefilled description, the resolution to choose and the evidence to attach, each with a copy button. */
export function DisputeStep(props: StepProps) {
  const { details, api, busy, now, record, notify } = props;
  const { claim } = details;
  const language = templateLanguageFor(uiLanguage());
  const [resolution, setResolution] = useState<Resolution>(claim.dispute?.resolution ?? { kind: 'refund-only' });
  const draft = useMemo(() => disputeDraft(language, messageFacts(details, resolution, now), formatters), [language, details, resolution, now]);
  const [description, setDescription] = useState<string | undefined>();
  const text = description ?? draft.description.text;
  const copy = async (value: string) => {
    const copied = await api.copy(value);
    notify(copied, t(copied ? 'claimui_copied' : 'claimui_copyFailed'));
  };

  if (claim.problems.length === 0) return <p className="hint">{t('claimui_evidenceNeedsProblem')}</p>;
  const phrase = resolutionPhrase(resolution, templateLibrary()[language].phrases, formatters);
  return (
    <div className="claim-form">
      {claim.dispute ? (
        <p className="ok">{t('claimui_disputeOpenedOn', [formatters.date(new Date(claim.dispute.openedAt)), resolutionWords(claim.dispute.resolution)])}</p>
      ) : (
        <ResolutionPicker value={resolution} onChange={setResolution} />
      )}
      <label>
        {t('claimui_disputeDescription')}
        <textarea rows={8} maxLength={2000} value={text} onChange={(e) => setDescription(e.target.value)} data-aca-field="dispute-description" />
      </label>
      <div className="form-actions">
        <button type="button" onClick={() => void copy(text)} data-aca-action="copy-description">
          {t('claimui_copyDescription')}
        </button>
        <button type="button" onClick={() => void copy(phrase)}>
          {t('claimui_copyResolution')}
        </button>
      </div>
      <h3>{t('claimui_attach')}</h3>
      {draft.attach.length === 0 ? (
        <p className="hint">{t('claimui_attachNone')}</p>
      ) : (
        <>
          <ul className="attach-list">
            {draft.attach.map((name, i) => (
              <li key={`${name}-${i}`}>{name}</li>
            ))}
          </ul>
          <button type="button" className="link small" onClick={() => void copy(draft.attach.join('\n'))}>
            {t('claimui_copyList')}
          </button>
        </>
      )}
      {!claim.dispute && (
        <>
          <a href={orderDetailUrl(claim.orderId)} target="_blank" rel="noreferrer">
            {t('claimui_openOrderPage')}
          </a>
          <button type="button" className="primary" disabled={busy} onClick={() => void record({ type: 'dispute-opened', resolution })} data-aca-action="dispute-opened">
            {t('claimui_disputeOpened')}
          </button>
        </>
      )}
      {claim.dispute && !claim.dispute.cancelledAt && <DisputeActions {...props} />}
    </div>
  );
}

/** While a dispute is open: the seller's proposal (accept only after the warnings), cancelling (same). */
export function DisputeActions({ details, busy, record }: StepProps) {
  const { claim } = details;
  const dispute = claim.dispute!;
  const [confirm, setConfirm] = useState<GuardedAction | undefined>();
  const [proposal, setProposal] = useState<Resolution>({ kind: 'partial-refund', amount: { amount: 0, currency: 'USD' } });
  const [proposing, setProposing] = useState(false);
  if (claim.outcome) return null;
  return (
    <div className="dispute-actions">
      {dispute.proposal && (
        <p className="warn" data-aca-proposal>
          {t('claimui_proposalIs', resolutionWords(dispute.proposal.resolution))}
        </p>
      )}
      {confirm ? (
        <ConfirmWarnings
          warnings={claimWarnings(claim, confirm)}
          action={t(confirm === 'accept-proposal' ? 'claimui_acceptProposal' : 'claimui_cancelDispute')}
          busy={busy}
          onCancel={() => setConfirm(undefined)}
          onConfirm={() =>
            void record(confirm === 'accept-proposal' ? { type: 'seller-proposal-accepted', warningAcknowledged: true } : { type: 'dispute-cancelled', warningAcknowledged: true }).then(() => setConfirm(undefined))
          }
        />
      ) : (
        <div className="form-actions wrap">
          {dispute.proposal && !dispute.acceptedProposal && (
            <button type="button" disabled={busy} onClick={() => setConfirm('accept-proposal')} data-aca-action="accept-proposal">
              {t('claimui_acceptProposal')}
            </button>
          )}
          {!dispute.acceptedProposal && (
            <button type="button" className="link" onClick={() => setProposing(!proposing)} data-aca-action="seller-proposed">
              {t('claimui_sellerProposed')}
            </button>
          )}
          <button type="button" className="link danger-link" disabled={busy} onClick={() => setConfirm('cancel-dispute')} data-aca-action="cancel-dispute">
            {t('claimui_cancelDispute')}
          </button>
        </div>
      )}
      {proposing && !confirm && (
        <div className="proposal-form">
          <ResolutionPicker value={proposal} onChange={setProposal} label={t('claimui_sellerProposed')} />
          <button type="button" disabled={busy} onClick={() => void record({ type: 'seller-proposal-received', proposal }).then((ok) => ok && setProposing(false))} data-aca-action="save-proposal">
            {t('claimui_saveProposal')}
          </button>
        </div>
      )}
    </div>
  );
}

/** AliExpress mediation, and an agreed return with its tracking number. */
export function MediationStep({ details, busy, record, ...rest }: StepProps) {
  const { claim } = details;
  const [tracking, setTracking] = useState('');
  const dispute = claim.dispute;
  if (!dispute || dispute.cancelledAt) return <p className="hint">{t('claimui_mediationNeedsDispute')}</p>;
  return (
    <div className="claim-form">
      {!dispute.acceptedProposal && <DisputeActions details={details} busy={busy} record={record} {...rest} />}
      {dispute.mediationRequestedAt ? (
        <p className="ok">{t('claimui_mediationRequestedOn', formatters.date(new Date(dispute.mediationRequestedAt)))}</p>
      ) : (
        <button type="button" className="primary" disabled={busy || claim.outcome !== undefined} onClick={() => void record({ type: 'mediation-requested' })}>
          {t('claimui_mediationRequested')}
        </button>
      )}
      {!claim.returnShipment && !claim.outcome && (
        <button type="button" disabled={busy} onClick={() => void record({ type: 'return-agreed' })}>
          {t('claimui_returnAgreed')}
        </button>
      )}
      {claim.returnShipment && !claim.returnShipment.shippedAt && (
        <div className="form-row">
          <input type="text" aria-label={t('claimui_trackingNumber')} placeholder={t('claimui_trackingNumber')} value={tracking} maxLength={40} onChange={(e) => setTracking(e.target.value.trim())} />
          <button type="button" disabled={busy} onClick={() => void record({ type: 'return-shipped', ...(/^[A-Za-z0-9-]{4,40}$/.test(tracking) ? { trackingNumber: tracking } : {}) })}>
            {t('claimui_returnShipped')}
          </button>
        </div>
      )}
    </div>
  );
}

/** Follow up: record how the claim ended. */
export function FollowUpStep({ details, busy, record }: StepProps) {
  const { claim } = details;
  const [outcome, setOutcome] = useState<ClaimOutcome>('refunded-full');
  const [note, setNote] = useState('');
  if (claim.outcome) {
    return <p className="ok" data-aca-outcome={claim.outcome.outcome}>{t('claimui_outcomeRecorded', [t(`claim_outcome_${claim.outcome.outcome.replaceAll('-', '_')}` as MessageKey), formatters.date(new Date(claim.outcome.at))])}</p>;
  }
  return (
    <div className="claim-form">
      <label>
        {t('claimui_outcome')}
        <select value={outcome} onChange={(e) => setOutcome(e.target.value as ClaimOutcome)} data-aca-field="outcome">
          {ClaimOutcome.options.map((o) => (
            <option key={o} value={o}>
              {t(`claim_outcome_${o.replaceAll('-', '_')}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('claimui_note')}
        <input type="text" maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="button" className="primary" disabled={busy} onClick={() => void record({ type: 'outcome-recorded', outcome, ...(note.trim() ? { note: note.trim() } : {}) })}>
        {t('claimui_recordOutcome')}
      </button>
    </div>
  );
}
