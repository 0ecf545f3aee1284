/** @jsxImportSource @/lib/ui */
import { formatDate, t, tPlural } from '@/lib/i18n';
import type { Deadline } from '@/lib/schemas/deadline';
import type { OrderSummary } from '@/lib/schemas/summary';
import { UrgencyIcon } from '../urgency-icon';
import { badgeHeadline } from './headline';

export interface OrderBadgeProps {
  orderId: string;
  summary: OrderSummary;
  now: Date;
  timeZone: string;
  /** Whether the details panel is open; the feature owns that state and re-renders. */
  open: boolean;
  onToggle: () => void;
}

const RULE_KEY = {
  'card-countdown': 'rule_card_countdown',
  'completion-window-bounded': 'rule_completion_window_bounded',
  'entered-by-user': 'rule_entered_by_user',
  'seller-reply-wait': 'rule_seller_reply_wait',
  'dispute-answer-window': 'rule_dispute_answer_window',
  'return-shipping-window': 'rule_return_shipping_window',
} as const;

const KIND_KEY = {
  'protection-end': 'kind_protection_end',
  'dispute-after-completion': 'kind_dispute_after_completion',
  'return-window': 'kind_return_window',
  'quality-dispute': 'kind_quality_dispute',
  'seller-reply': 'kind_seller_reply',
  'seller-dispute-answer': 'kind_seller_dispute_answer',
  'return-shipment': 'kind_return_shipment',
} as const;

const NEXT_KEY = {
  none: 'next_none',
  'wait-for-shipment': 'next_wait_for_shipment',
  'read-deadline-on-detail-page': 'next_read_deadline_on_detail_page',
  'open-dispute-if-not-received': 'next_open_dispute_if_not_received',
  'ask-extension-or-open-dispute': 'next_ask_extension_or_open_dispute',
  'open-dispute-if-problem': 'next_open_dispute_if_problem',
  'deadline-passed': 'next_deadline_passed',
} as const;

const DAY_MS = 86_400_000;

/** A deadline chip on an order card; opened, it lists every deadline and the next step. */
export function OrderBadge({ orderId, summary, now, timeZone, open, onToggle }: OrderBadgeProps) {
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
