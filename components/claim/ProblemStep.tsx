import { useState } from 'react';
import { t } from '@/lib/i18n';
import { DescriptionAspect, NotReceivedCase, ProblemReason, type ProductProblem } from '@/lib/schemas/claim';
import type { StepProps } from './claim-context';
import { labelKey } from './labels';

interface Line {
  itemKey: string;
  title?: string;
  variant?: string;
  reason: ProblemReason | '';
  notReceivedCase: NotReceivedCase | '';
  /** For "not as described": what differs (POLICY "Dispute reasons"). */
  aspects: DescriptionAspect[];
  details: string;
}

/**
 * Identify the problem: one question per product of the order (POLICY D4: one dispute per order,
 * so every product that went wrong goes into it). A product left at "no problem" is left out.
 */
export function ProblemStep({ details, busy, record }: StepProps) {
  const products = details.products.length > 0 ? details.products : [{ itemKey: 'order' }];
  const [lines, setLines] = useState<Line[]>(() =>
    products.map((p) => {
      const known = details.claim.problems.find((q) => q.itemKey === p.itemKey);
      return {
        itemKey: p.itemKey,
        title: p.title,
        variant: p.variant,
        reason: known?.reason ?? '',
        notReceivedCase: known?.notReceivedCase ?? '',
        aspects: known?.aspects ?? [],
        details: known?.details ?? '',
      };
    }),
  );
  const change = (i: number, patch: Partial<Line>) => setLines((all) => all.map((line, j) => (j === i ? { ...line, ...patch } : line)));
  const problems: ProductProblem[] = lines.flatMap((line) =>
    line.reason
      ? [
          {
            itemKey: line.itemKey,
            ...(line.title ? { title: line.title.slice(0, 300) } : {}),
            ...(line.variant ? { variant: line.variant.slice(0, 200) } : {}),
            reason: line.reason,
            ...(line.reason === 'not-received' && line.notReceivedCase ? { notReceivedCase: line.notReceivedCase } : {}),
            ...(line.reason === 'not-as-described' && line.aspects.length > 0
              ? { aspects: DescriptionAspect.options.filter((a) => line.aspects.includes(a)) }
              : {}),
            ...(line.details.trim() ? { details: line.details.trim().slice(0, 1000) } : {}),
          },
        ]
      : [],
  );

  return (
    <form
      className="claim-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (problems.length > 0) void record({ type: 'problem-set', problems });
      }}
    >
      <p className="hint">{t('claimui_problemHint')}</p>
      {lines.map((line, i) => (
        <fieldset key={line.itemKey} className="claim-product" data-aca-item={line.itemKey}>
          <legend title={line.title}>{line.title ?? t('claimui_wholeOrder')}</legend>
          {line.variant && <p className="hint">{line.variant}</p>}
          <label>
            {t('claimui_reason')}
            <select value={line.reason} onChange={(e) => change(i, { reason: e.target.value as Line['reason'] })} data-aca-field="reason">
              <option value="">{t('claimui_noProblem')}</option>
              {ProblemReason.options.map((reason) => (
                <option key={reason} value={reason}>
                  {t(labelKey('claim_reason', reason))}
                </option>
              ))}
            </select>
          </label>
          {line.reason === 'not-received' && (
            <label>
              {t('claimui_case')}
              <select value={line.notReceivedCase} onChange={(e) => change(i, { notReceivedCase: e.target.value as Line['notReceivedCase'] })}>
                <option value="">—</option>
                {NotReceivedCase.options.map((c) => (
                  <option key={c} value={c}>
                    {t(labelKey('claim_case', c))}
                  </option>
                ))}
              </select>
            </label>
          )}
          {line.reason === 'not-as-described' && (
            <fieldset className="claim-aspects" data-aca-field="aspects">
              <legend>{t('claimui_aspects')}</legend>
              {DescriptionAspect.options.map((aspect) => (
                <label key={aspect}>
                  <input
                    type="checkbox"
                    value={aspect}
                    checked={line.aspects.includes(aspect)}
                    onChange={(e) =>
                      change(i, { aspects: e.target.checked ? [...line.aspects, aspect] : line.aspects.filter((a) => a !== aspect) })
                    }
                  />
                  {t(labelKey('claim_aspect', aspect))}
                </label>
              ))}
            </fieldset>
          )}
          {line.reason && (
            <label>
              {t('claimui_details')}
              <textarea rows={2} maxLength={1000} value={line.details} onChange={(e) => change(i, { details: e.target.value })} />
            </label>
          )}
        </fieldset>
      ))}
      <button type="submit" className="primary" disabled={busy || problems.length === 0}>
        {t('claimui_saveProblem')}
      </button>
    </form>
  );
}
