import { useState } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import type { Resolution } from '@/lib/schemas/claim';

const KINDS: Resolution['kind'][] = ['refund-only', 'return-and-refund', 'partial-refund'];

/** Refund only, return and refund, or a partial refund with its amount and currency. */
export function ResolutionPicker({ value, onChange, label = t('claimui_resolution') }: { value: Resolution; onChange: (r: Resolution) => void; label?: string }) {
  const [amount, setAmount] = useState(value.kind === 'partial-refund' ? String(value.amount.amount) : '');
  const [currency, setCurrency] = useState(value.kind === 'partial-refund' ? value.amount.currency : 'USD');
  const partial = (a: string, c: string) => {
    const n = Number(a.replace(',', '.'));
    if (Number.isFinite(n) && n >= 0 && /^[A-Z]{3}$/.test(c)) onChange({ kind: 'partial-refund', amount: { amount: n, currency: c } });
  };
  return (
    <fieldset className="resolution">
      <legend>{label}</legend>
      {KINDS.map((kind) => (
        <label key={kind} className="check">
          <input
            type="radio"
            checked={value.kind === kind}
            onChange={() => (kind === 'partial-refund' ? partial(amount || '0', currency) : onChange({ kind }))}
            data-aca-resolution={kind}
          />
          {kind === 'partial-refund' ? t('claimui_partialRefund') : t(`claim_resolution_${kind.replaceAll('-', '_')}` as MessageKey)}
        </label>
      ))}
      {value.kind === 'partial-refund' && (
        <div className="form-row">
          <input type="text" inputMode="decimal" aria-label={t('claimui_amount')} value={amount} onChange={(e) => (setAmount(e.target.value), partial(e.target.value, currency))} />
          <input type="text" aria-label={t('claimui_currency')} maxLength={3} value={currency} onChange={(e) => (setCurrency(e.target.value.toUpperCase()), partial(amount, e.target.value.toUpperCase()))} />
        </div>
      )}
    </fieldset>
  );
}
