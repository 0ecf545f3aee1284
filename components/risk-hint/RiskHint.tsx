/** @jsxImportSource @/lib/ui */
import { t, tPlural } from '@/lib/i18n';
import type { RiskAssessment, RiskFactor, StoreSighting } from '@/lib/schemas/risk';
import { day, numberText, reasonText, signedWeight } from './reason-text';
import { RiskIcon } from './risk-icon';

export interface RiskHintProps {
  productId: string;
  storeName?: string;
  assessment: RiskAssessment;
  /** The store's numbers on the buyer's visits, one a day, oldest first (today's included). */
  history: readonly StoreSighting[];
  /** What the orders table knows of the buyer's orders from this store. */
  buyer?: { orders: number; completed: number };
  /** Whether the background kept today's listing snapshot, and the orders it is linked to. */
  snapshot?: { linkedOrderIds: readonly string[] };
  /** Whether the details are open; the feature owns that state and re-renders. */
  open: boolean;
  onToggle: () => void;
}

/** Past visits shown in the panel: the most recent ones. */
const HISTORY_ROWS = 8;

/**
 * The seller hint: a chip with the level (icon + word), the strongest reason in plain words and
 * a "heuristic" tag; opened, every reason with its direction and weight, the store's numbers over
 * past visits and the buyer's own orders. Never a bare score.
 */
export function RiskHint({ productId, storeName, assessment, history, buyer, snapshot, open, onToggle }: RiskHintProps) {
  const { level, strongest, factors } = assessment;
  const headline = level === 'unknown' ? t('risk_unknownExplained') : strongest ? reasonText(strongest) : t('risk_noReasons');
  const panelId = `aca-risk-panel-${productId}`;
  return (
    <div className={`hint level-${level}`}>
      <button
        type="button"
        className="chip"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('risk_chipLabel', [t(`risk_level_${level}`), headline])}
        onClick={onToggle}
      >
        <RiskIcon level={level} />
        <span className="word">{t(`risk_level_${level}`)}</span>
        <span className="headline">{headline}</span>
        <span className="tag">{t('risk_heuristic')}</span>
        <svg className="caret" viewBox="0 0 10 10" width="10" height="10" aria-hidden="true" focusable="false">
          <path d={open ? 'M1 7l4-4 4 4' : 'M1 3l4 4 4-4'} fill="none" stroke="currentColor" stroke-width="1.6" />
        </svg>
      </button>
      {open && (
        <div className="panel" id={panelId} role="region" aria-label={storeName ? t('risk_panelTitle', storeName) : t('risk_panelTitleNoName')}>
          <div className="panel-head">
            <strong className="title">{storeName ? t('risk_panelTitle', storeName) : t('risk_panelTitleNoName')}</strong>
            <button type="button" className="close" onClick={onToggle}>
              {t('risk_close')}
            </button>
          </div>
          <p className={`verdict level-${level}`}>
            <RiskIcon level={level} /> <strong>{t(`risk_level_${level}`)}</strong>
            {level === 'unknown' && <span> — {t('risk_unknownExplained')}</span>}
          </p>
          <h3>{t('risk_reasonsTitle')}</h3>
          {factors.length === 0 ? <p className="empty">{t('risk_noReasons')}</p> : <ul className="reasons">{factors.map(ReasonRow)}</ul>}
          <h3>{t('risk_historyTitle')}</h3>
          <HistoryTable history={history} />
          <p className="buyer">
            {buyer && buyer.orders > 0 ? tPlural('risk_buyer', buyer.orders, String(buyer.completed)) : t('risk_buyer_none')}
          </p>
          {snapshot && (
            <p className="snapshot">
              {snapshot.linkedOrderIds.length > 0
                ? tPlural('risk_snapshotLinked', snapshot.linkedOrderIds.length, snapshot.linkedOrderIds[0]!)
                : t('risk_snapshotSaved')}
            </p>
          )}
          <p className="disclaimer">{t('risk_disclaimer')}</p>
        </div>
      )}
    </div>
  );
}

function ReasonRow(factor: RiskFactor) {
  const direction = factor.direction === 'raises' ? t('risk_raises') : t('risk_lowers');
  return (
    <li className={`reason ${factor.direction}`} data-reason={factor.reason}>
      <span className="arrow" aria-hidden="true">
        {factor.direction === 'raises' ? '▲' : '▼'}
      </span>
      <span className="text">{reasonText(factor)}</span>
      <span className="effect">
        {direction} · {t('risk_weight', signedWeight(factor))}
      </span>
    </li>
  );
}

function HistoryTable({ history }: { history: readonly StoreSighting[] }) {
  if (history.length < 2) return <p className="empty">{t('risk_historyFirstVisit')}</p>;
  const cell = (value: number | undefined, suffix = '') => (value === undefined ? t('risk_historyUnknown') : `${numberText(value)}${suffix}`);
  return (
    <table className="history">
      <thead>
        <tr>
          <th scope="col">{t('risk_historyDate')}</th>
          <th scope="col">{t('risk_historyRate')}</th>
          <th scope="col">{t('risk_historyRatings')}</th>
          <th scope="col">{t('risk_historyFollowers')}</th>
        </tr>
      </thead>
      <tbody>
        {history.slice(-HISTORY_ROWS).reverse().map((point) => (
          <tr>
            <td>{day(point.observedOn)}</td>
            <td>{cell(point.positiveRatePercent, '%')}</td>
            <td>{cell(point.ratingCount)}</td>
            <td>{cell(point.followers)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
