/** @jsxImportSource @/lib/ui */
import { formatDate, preloadMessages, preparePluralRules, t, tPlural, type MessageKey } from '@/lib/i18n';
import type { Deadline } from '@/lib/schemas/deadline';
import type { OrderSummary } from '@/lib/schemas/summary';
import { KIND_KEY, NEXT_KEY, RULE_KEY } from '../deadline-labels';
import { UrgencyIcon } from '../urgency-icon';
import { badgeHeadline } from './headline';
import { ManualDateForm, type BadgeManualEntry } from './ManualDateForm';

export interface OrderBadgeProps {
  orderId: string;
  summary: OrderSummary;
  now: Date;
  timeZone: string;
  /** Whether the details panel is open; the feature owns that state and re-renders. */
  open: boolean;
  onToggle: () => void;
  /** Manual entry in the panel (issue 3, item 7); absent: the panel only reads. */
  manual?: BadgeManualEntry;
  /** The clock for validating a typed date (defaults to the real one). */
  clock?: () => Date;
  /** "Start a claim" in the details (issue 5); absent: no link. */
  onStartClaim?: () => void;
}


const DAY_MS = 86_400_000;

// What a closed badge says besides its headline. (A key missing here is only fetched later.)
const CHIP_KEYS: readonly MessageKey[] = [
  'badge_label',
  'urgency_expired',
  'urgency_urgent',
  'urgency_soon',
  'urgency_ok',
  'source_aliexpress',
  'source_estimated',
  'source_manual',
  'headline_quiet',
  'headline_unknown',
  'headline_notShipped',
];

/**
 * Fetches the closed badge's common strings and its plural rules ahead, while the page is idle (see
 * preloadMessages). The dated headlines are not: fetching eight deadline kinds in six forms made
 * the idle step about 1.5 ms longer (median of six page loads), to save under a millisecond later.
 */
export function prepareOrderBadge(): void {
  preloadMessages(CHIP_KEYS);
  preparePluralRules();
}

/** A deadline chip on an order card; opened, it lists every deadline and the next step. */
export function OrderBadge({ orderId, summary, now, timeZone, open, onToggle, manual, clock = () => new Date(), onStartClaim }: OrderBadgeProps) {
  const headline = badgeHeadline(summary);
  const urgency = summary.urgency;
  const panelId = `aca-panel-${orderId}`;
  return (
    <div className={`badge urgency-${urgency}`}>
      <button
        type="button"
        className="chip"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('badge_label', [orderId, headline])}
        onClick={onToggle}
      >
        <UrgencyIcon urgency={urgency} />
        {urgency !== 'none' && <span className="word">{t(`urgency_${urgency}`)}</span>}
        <span className="headline">{headline}</span>
        {summary.shown && <span className="source">{t(`source_${summary.shown.source}`)}</span>}
      </button>
      {open && (
        <div className="panel" id={panelId} role="region" aria-label={t('panel_title', orderId)}>
          <div className="panel-head">
            <strong>{t('panel_title', orderId)}</strong>
            <button type="button" className="close" onClick={onToggle}>
              {t('panel_close')}
            </button>
          </div>
          {summary.deadlines.length === 0 ? (
            <p className="empty">{t('panel_noDeadlines')}</p>
          ) : (
            <ul className="deadlines">{summary.deadlines.map((deadline) => DeadlineRow({ deadline, now }))}</ul>
          )}
          <p className="next">
            <strong>{t('panel_nextStep')}</strong> {t(NEXT_KEY[summary.nextStep])}
          </p>
          <p className="zone">{t('panel_timeZone', timeZone)}</p>
          {manual && <ManualDateForm orderId={orderId} entry={manual} now={clock} timeZone={timeZone} />}
          {onStartClaim && (
            <button type="button" className="start-claim" onClick={onStartClaim} data-aca-action="start-claim">
              {t('claimui_startOrOpen')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function DeadlineRow({ deadline, now }: { deadline: Deadline; now: Date }) {
  const due = new Date(deadline.dueAt);
  const msLeft = due.getTime() - now.getTime();
  const relative =
    msLeft <= 0
      ? t('panel_passed')
      : msLeft < DAY_MS
        ? t('panel_lessThanADay')
        : tPlural('panel_daysLeft', Math.floor(msLeft / DAY_MS));
  return (
    <li className={`deadline source-${deadline.source}`}>
      <div className="what">
        <span className="kind">{t(KIND_KEY[deadline.kind])}</span>
        <span className="when">
          {deadline.source === 'estimated' ? '≈ ' : ''}
          {t('panel_due', [formatDate(due), relative])}
        </span>
      </div>
      <div className="why">
        {t('panel_sourceLine', [t(`source_${deadline.source}`), t(`confidence_${deadline.confidence}`)])} —{' '}
        {t(RULE_KEY[deadline.rule])}
      </div>
    </li>
  );
}
