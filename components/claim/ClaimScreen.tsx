import { useCallback, useEffect, useState } from 'react';
import { claimProgress } from '@/lib/domain/claim/progress';
import { t } from '@/lib/i18n';
import type { ClaimDetails } from '@/lib/messaging/claim-requests';
import type { Response } from '@/lib/messaging/protocol';
import type { ClaimApi } from '@/lib/popup/claim-api';
import type { ClaimEvent, ClaimStep } from '@/lib/schemas/claim';
import { claimDeadlines, nowWords } from './claim-words';
import type { NewEvent, StepProps } from './claim-context';
import { DeadlineList } from './DeadlineList';
import { DisputeStep, FollowUpStep, MediationStep } from './DisputeStep';
import { EvidenceStep } from './EvidenceStep';
import { labelKey } from './labels';
import { ProblemStep } from './ProblemStep';
import { SellerStep } from './SellerStep';
import { ClaimExport } from './ClaimExport';
import './claim.css';

export const CLAIM_READY_MARK = 'aca-claim-ready';

type Load = { state: 'loading' } | { state: 'none' } | { state: 'error'; message: string } | { state: 'ready'; details: ClaimDetails };

export interface ClaimScreenProps {
  api: ClaimApi;
  orderId: string;
  onBack: () => void;
}

/**
 * One claim, step by step (POLICY "The claim path"): the steps with their status, what to do
 * now, the live deadlines with their sources, and the panel of the chosen step. Every change is
 * an event saved by the background before the screen shows it, so closing the popup loses nothing.
 */
export function ClaimScreen({ api, orderId, onBack }: ClaimScreenProps) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState<ClaimStep | undefined>();
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | undefined>();
  const [now, setNow] = useState(() => api.now());

  const answer = useCallback((response: Response<'claim/get'>) => {
    if (!response.ok) return setLoad({ state: 'error', message: response.error.message });
    setLoad(response.data.details ? { state: 'ready', details: response.data.details } : { state: 'none' });
  }, []);

  useEffect(() => {
    void api.get(orderId).then(answer);
    // Deadlines are live: "days left" and "open the dispute now" follow the clock while the popup is open.
    const timer = setInterval(() => setNow(api.now()), 60_000);
    return () => clearInterval(timer);
  }, [api, orderId, answer]);

  useEffect(() => {
    // "Saved." is a passing word; an error stays until the next change.
    if (!notice?.ok) return;
    const timer = setTimeout(() => setNotice(undefined), 4000);
    return () => clearTimeout(timer);
  }, [notice]);

  useEffect(() => {
    if (load.state !== 'loading' && performance.getEntriesByName(CLAIM_READY_MARK).length === 0) performance.mark?.(CLAIM_READY_MARK);
  }, [load.state]);

  const apply = async (run: () => Promise<Response<'claim/event'>>) => {
    setBusy(true);
    try {
      const response = await run();
      if (!response.ok) {
        setNotice({ ok: false, text: t('claimui_failed', response.error.message) });
        return false;
      }
      setLoad({ state: 'ready', details: response.data });
      setNow(api.now());
      // A finished step hands over to the one that is current now.
      if (response.data.claim.timeline.length !== (load.state === 'ready' ? load.details.claim.timeline.length : 0)) setOpen(undefined);
      setNotice({ ok: true, text: t('claimui_saved') });
      return true;
    } finally {
      setBusy(false);
    }
  };

  const start = () => apply(() => api.start(orderId));

  if (load.state !== 'ready') {
    return (
      <main className="popup claim" data-aca-view="claim" data-aca-state={load.state}>
        <ClaimHeader orderId={orderId} onBack={onBack} />
        {load.state === 'loading' && <p className="state loading">{t('reminder_popupLoading')}</p>}
        {load.state === 'error' && <p className="state error" role="alert">{t('claimui_failed', load.message)}</p>}
        {load.state === 'none' && (
          <div className="state empty">
            <p>{t('claimui_noClaimYet', orderId)}</p>
            <button type="button" className="primary" disabled={busy} onClick={() => void start()}>
              {t('claimui_start')}
            </button>
            {notice && !notice.ok && <p className="error" role="alert">{notice.text}</p>}
          </div>
        )}
      </main>
    );
  }

  const { details } = load;
  const deadlines = claimDeadlines(details, now);
  const progress = claimProgress(details.claim, { deadlines, now });
  const current = progress.steps.find((s) => s.status === 'current')?.step;
  const shown = open ?? current ?? 'follow-up';
  const props: StepProps = {
    details,
    api,
    busy,
    now,
    apply,
    notify: (ok, text) => setNotice({ ok, text }),
    record: (event: NewEvent) => apply(() => api.record(orderId, { ...event, at: api.now().toISOString() } as ClaimEvent)),
  };

  return (
    <main className="popup claim" data-aca-view="claim" data-aca-state="ready" data-aca-order-id={orderId} data-aca-open-step={shown}>
      <ClaimHeader orderId={orderId} storeName={details.storeName} onBack={onBack} />
      {notice && (
        <div className={`toast ${notice.ok ? '' : 'bad'}`} role="status">
          <span>{notice.text}</span>
        </div>
      )}
      {progress.disputeUrgent && progress.disputeDeadline && (
        <p className="claim-urgent" role="alert" data-aca-warning="open-dispute-now">
          {t('claim_now_open_dispute_now', nowWords.date(progress.disputeDeadline.actBy))}
        </p>
      )}
      <section className="claim-now" aria-label={t('claimui_nowTitle')}>
        <h2>{t('claimui_nowTitle')}</h2>
        <p data-aca-now={progress.now.code}>{nowWords.action(progress.now)}</p>
      </section>
      <ol className="claim-steps">
        {progress.steps.map(({ step, status }) => (
          <li key={step} className={`claim-step status-${status} ${step === shown ? 'open' : ''}`} data-aca-step={step} data-aca-status={status}>
            <button type="button" aria-expanded={step === shown} onClick={() => setOpen(step)}>
              <span className="step-name">{t(labelKey('claim_step', step))}</span>
              <span className="step-status">{t(labelKey('claim_status', status))}</span>
            </button>
          </li>
        ))}
      </ol>
      <section className="claim-panel" data-aca-panel={shown}>
        {shown === 'identify-problem' && <ProblemStep {...props} />}
        {shown === 'collect-evidence' && <EvidenceStep {...props} />}
        {shown === 'check-deadlines' && (
          <>
            <DeadlineList deadlines={deadlines} now={now} />
            {!details.claim.deadlinesCheckedAt && (
              <button type="button" className="primary" disabled={busy} onClick={() => void props.record({ type: 'deadlines-checked' })}>
                {t('claimui_deadlinesChecked')}
              </button>
            )}
          </>
        )}
        {shown === 'contact-seller' && <SellerStep {...props} />}
        {shown === 'open-dispute' && <DisputeStep {...props} />}
        {shown === 'mediation' && <MediationStep {...props} />}
        {shown === 'follow-up' && <FollowUpStep {...props} />}
      </section>
      {shown !== 'check-deadlines' && (
        <details className="claim-deadlines">
          <summary>{t('claimui_deadlinesTitle')}</summary>
          <DeadlineList deadlines={deadlines} now={now} />
        </details>
      )}
      <ClaimExport {...props} />
    </main>
  );
}

function ClaimHeader({ orderId, storeName, onBack }: { orderId: string; storeName?: string; onBack: () => void }) {
  return (
    <header className="top">
      <button type="button" className="link" onClick={onBack} data-aca-back>
        {t('claimui_back')}
      </button>
      <h1>
        {t('claimui_title', orderId)}
        {storeName && <span className="store"> · {storeName}</span>}
      </h1>
    </header>
  );
}
