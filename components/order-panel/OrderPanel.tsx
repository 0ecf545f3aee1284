/** @jsxImportSource @/lib/ui */
import { formatDate, t, tPlural } from '@/lib/i18n';
import type { Deadline } from '@/lib/schemas/deadline';
import type { DeadlineMoves } from '@/lib/schemas/deadline-history';
import type { OrderSummary } from '@/lib/schemas/summary';
import { badgeHeadline } from '../order-badge/headline';
import { KIND_KEY, NEXT_KEY, RULE_KEY } from '../deadline-labels';
import { UrgencyIcon } from '../urgency-icon';
import { urgencyOf } from '@/lib/domain/urgency';

export type SaveState = 'pending' | 'saved' | 'failed';

export interface OrderPanelProps {
  orderId: string;
  /** What the badge would show (nearest actionable deadline, urgency, next step). */
  summary: OrderSummary;
  /** Every deadline of the order (one per kind), sorted by date. */
  deadlines: readonly Deadline[];
  history: readonly DeadlineMoves[];
  extendTimeOffered: boolean;
  refundInProgress: boolean;
  /** Allow-listed AliExpress chat link (ParsedOrderDetail.sellerChatUrl), or none. */
  sellerChatUrl?: string;
  saveState: SaveState;
  now: Date;
  timeZone: string;
  /** "Start a claim" (issue 5); absent: no link. */
  onStartClaim?: () => void;
}

const DAY_MS = 86_400_000;

/** The order's deadlines beside the status block of the detail (or tracking) page. */
export function OrderPanel(props: OrderPanelProps) {
  const { orderId, summary, deadlines, history, now } = props;
  return (
    <section className={`panel urgency-${summary.urgency}`} aria-label={t('detail_panel_label', orderId)}>
      <header className="head">
        <span className="title">{t('detail_panel_title')}</span>
        <span className="chip">
          <UrgencyIcon urgency={summary.urgency} />
          {summary.urgency !== 'none' && <span className="word">{t(`urgency_${summary.urgency}`)}</span>}
          <span>{badgeHeadline(summary)}</span>
        </span>
      </header>
      {deadlines.length === 0 ? (
        <p className="empty">{t('detail_panel_empty')}</p>
      ) : (
        <ol className="deadlines">
          {deadlines.map((deadline) => Row({ deadline, now, moves: movesOf(history, deadline), shown: isSame(summary.shown, deadline) }))}
        </ol>
      )}
      <p className="next">
        <strong>{t('panel_nextStep')}</strong> {t(NEXT_KEY[summary.nextStep])}
      </p>
      {props.refundInProgress && <p className="note">{t('detail_refund_in_progress')}</p>}
      {props.extendTimeOffered && !props.refundInProgress && <p className="note">{t('detail_extend_offered')}</p>}
      <footer className="foot">
        {props.sellerChatUrl !== undefined && (
          <a className="chat" href={props.sellerChatUrl} target="_blank" rel="noopener noreferrer">
            {t('detail_chat_seller')}
          </a>
        )}
        {props.onStartClaim && (
          <button type="button" className="start-claim" onClick={props.onStartClaim} data-aca-action="start-claim">
            {t('claimui_startOrOpen')}
          </button>
        )}
        <span className={`save save-${props.saveState}`}>
          {props.saveState === 'failed' ? t('detail_not_saved') : props.saveState === 'saved' ? t('detail_saved') : ''}
        </span>
        <span className="zone">{t('panel_timeZone', props.timeZone)}</span>
      </footer>
    </section>
  );
}

function movesOf(history: readonly DeadlineMoves[], deadline: Deadline): string[] {
  const entry = history.find((h) => h.kind === deadline.kind && h.source === deadline.source);
  if (!entry) return [];
  // Each move goes from one earlier date to the next one (the last to the current date).
  const dates = [...entry.moves.map((m) => m.dueAt), deadline.dueAt];
  const lines: string[] = [];
  for (let i = 0; i < dates.length - 1; i++) {
    const from = formatDate(new Date(dates[i]!));
    const to = formatDate(new Date(dates[i + 1]!));
    if (from !== to) lines.push(t('detail_moved', [from, to]));
  }
  return lines.slice(-3);
}

function Row({ deadline, now, moves, shown }: { deadline: Deadline; now: Date; moves: string[]; shown: boolean }) {
  const due = new Date(deadline.dueAt);
  const msLeft = due.getTime() - now.getTime();
  const relative =
    msLeft <= 0 ? t('panel_passed') : msLeft < DAY_MS ? t('panel_lessThanADay') : tPlural('panel_daysLeft', Math.floor(msLeft / DAY_MS));
  return (
    <li
      className={`deadline source-${deadline.source} row-${urgencyOf(due, now)}${shown ? ' shown' : ''}${msLeft <= 0 ? ' passed' : ''}`}
      data-kind={deadline.kind}
    >
      <div className="what">
        <span className="kind">{t(KIND_KEY[deadline.kind])}</span>
        <span className="when">
          {deadline.source === 'estimated' ? '≈ ' : ''}
          {formatDate(due)}
        </span>
      </div>
      <div className="meta">
        <span className="left">{relative}</span>
        <span className={`source-tag tag-${deadline.source}`}>{t(`source_${deadline.source}`)}</span>
        <span className="confidence">{t(`confidence_${deadline.confidence}`)}</span>
      </div>
      <div className="why">{t(RULE_KEY[deadline.rule])}</div>
      {deadline.kind === 'delay-coupon' && <div className="why">{t('detail_next_coupon')}</div>}
      {moves.map((line) => (
        <div className="moved">{line}</div>
      ))}
    </li>
  );
}

const isSame = (a: Deadline | undefined, b: Deadline): boolean =>
  a !== undefined && a.kind === b.kind && a.source === b.source && a.dueAt === b.dueAt;
