import { useState } from 'react';
import type { ClaimWarning } from '@/lib/domain/claim/warnings';
import { t } from '@/lib/i18n';
import { labelKey } from './labels';

/** The warnings before a final step (POLICY S4); the action runs only once the buyer ticks that they read them. */
export function ConfirmWarnings({ warnings, action, busy, onConfirm, onCancel }: { warnings: ClaimWarning[]; action: string; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const [read, setRead] = useState(false);
  return (
    <div className="confirm" role="alertdialog" aria-label={action} data-aca-confirm>
      <ul>
        {warnings.map((w) => (
          <li key={w} data-aca-warning={w}>
            {t(labelKey('claim_warning', w))}
          </li>
        ))}
      </ul>
      <label className="check">
        <input type="checkbox" checked={read} onChange={(e) => setRead(e.target.checked)} data-aca-field="acknowledge" />
        {t('claimui_readWarnings')}
      </label>
      <div className="form-actions">
        <button type="button" className="danger" disabled={busy || !read} onClick={onConfirm} data-aca-action="confirm">
          {action}
        </button>
        <button type="button" onClick={onCancel}>
          {t('claimui_keep')}
        </button>
      </div>
    </div>
  );
}
