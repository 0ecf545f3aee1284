/** @jsxImportSource @/lib/ui */
import { t } from '@/lib/i18n';

export type GuardReason = 'open-claim' | 'not-delivered';

export interface ReceiveGuardProps {
  orderId: string;
  reasons: GuardReason[];
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asked before the page's "Confirm received" goes ahead (issue 5, item 7). Text only. */
export function ReceiveGuard({ orderId, reasons, onConfirm, onCancel }: ReceiveGuardProps) {
  return (
    <div className="backdrop">
      <div className="dialog" role="alertdialog" aria-modal="true" aria-label={t('claimui_guardTitle')}>
        <p className="title">{t('claimui_guardTitle')}</p>
        <p className="order">{t('claimui_guardOrder', orderId)}</p>
        <ul>
          {reasons.map((reason) => (
            <li data-aca-reason={reason}>{t(reason === 'open-claim' ? 'claimui_guardOpenClaim' : 'claimui_guardNotDelivered')}</li>
          ))}
        </ul>
        <p className="hint">{t('claimui_guardWhy')}</p>
        <div className="actions">
          <button type="button" className="keep" onClick={onCancel} data-aca-action="keep">
            {t('claimui_guardKeep')}
          </button>
          <button type="button" className="go" onClick={onConfirm} data-aca-action="confirm">
            {t('claimui_guardConfirm')}
          </button>
        </div>
      </div>
    </div>
  );
}
