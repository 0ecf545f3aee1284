import { kindLabel, sourceWords } from '@/lib/deadline-words';
import { t } from '@/lib/i18n';
import type { UpcomingOrder } from '@/lib/messaging/protocol';
import { orderDetailUrl } from '@/lib/pages/order-urls';
import type { Deadline, DeadlineKind } from '@/lib/schemas/deadline';
import { ManualDeadlineForm } from './ManualDeadlineForm';
import { daysLeftWords, formatDateTime, ruleWords } from './words';

export interface OrderCardProps {
  order: UpcomingOrder;
  now: Date;
  clock: () => Date;
  timeZone: string;
  editing: boolean;
  busy: boolean;
  onEdit: () => void;
  onCancelEdit: () => void;
  onSetManual: (kind: DeadlineKind, dueAt: Date) => void;
  onRemoveManual: (kind: DeadlineKind) => void;
  /** Opens this order's claim (issue 5); absent: no claim link. */
  onStartClaim?: () => void;
  claimRunning?: boolean;
}

/** One order in the popup: what it is, every open deadline with days left and source, manual entry. */
export function OrderCard({ order, now, clock, timeZone, editing, busy, onEdit, onCancelEdit, onSetManual, onRemoveManual, onStartClaim, claimRunning = false }: OrderCardProps) {
  const nearest = order.deadlines[0];
  return (
    <li className={`order urgency-${order.urgency}`} data-aca-order-id={order.orderId} data-aca-urgency={order.urgency}>
      <div className="order-head">
        <span className="order-id">{t('reminder_popupOrder', order.orderId)}</span>
        {order.urgency !== 'none' && <span className="urgency-word">{t(`urgency_${order.urgency}`)}</span>}
      </div>
      {(order.title || order.storeName) && (
        <p className="order-what" title={order.title}>
          {order.title}
          {order.title && order.storeName ? ' · ' : ''}
          {order.storeName && <span className="store">{order.storeName}</span>}
        </p>
      )}
      {order.deadlines.length > 0 && (
        <ul className="deadlines">
          {order.deadlines.map((deadline) => (
            <DeadlineLine key={`${deadline.kind}-${deadline.source}`} deadline={deadline} now={now} busy={busy} onRemove={() => onRemoveManual(deadline.kind)} />
          ))}
        </ul>
      )}
      {editing ? (
        <ManualDeadlineForm
          orderId={order.orderId}
          status={order.status}
          kind={nearest?.kind}
          initial={nearest ? new Date(nearest.dueAt) : undefined}
          now={clock}
          timeZone={timeZone}
          busy={busy}
          onSubmit={onSetManual}
          onCancel={onCancelEdit}
        />
      ) : (
        <div className="order-actions">
          <button type="button" className="link" onClick={onEdit}>
            {t('reminder_popupEnterDate')}
          </button>
          <a href={orderDetailUrl(order.orderId)} target="_blank" rel="noreferrer">
            {t('reminder_popupOpenOrder')}
          </a>
          {onStartClaim && (
            <button type="button" className="link" onClick={onStartClaim} data-aca-action="start-claim" data-aca-claim={claimRunning ? 'running' : undefined}>
              {t(claimRunning ? 'claimui_openClaim' : 'claimui_startOrOpen')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

function DeadlineLine({ deadline, now, busy, onRemove }: { deadline: Deadline; now: Date; busy: boolean; onRemove: () => void }) {
  const due = new Date(deadline.dueAt);
  const estimated = deadline.source === 'estimated';
  return (
    <li className={`deadline source-${deadline.source}`} data-aca-kind={deadline.kind} data-aca-source={deadline.source} data-aca-due-at={deadline.dueAt}>
      <div className="deadline-main">
        <span className="kind">{kindLabel(deadline.kind)}</span>
        <span className="left">{daysLeftWords(due, now)}</span>
      </div>
      <div className="deadline-meta">
        <span className="when">
          {estimated ? '≈ ' : ''}
          {formatDateTime(due)}
        </span>
        <span className={`source source-${deadline.source}`} title={ruleWords(deadline.rule)}>
          {sourceWords(deadline.source)}
        </span>
        {deadline.source === 'manual' && (
          <button type="button" className="link small" disabled={busy} onClick={onRemove}>
            {t('reminder_popupRemoveManual')}
          </button>
        )}
      </div>
    </li>
  );
}
