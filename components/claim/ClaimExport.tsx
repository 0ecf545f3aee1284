import { useState } from 'react';
import { claimFileHtml, type EmbeddedImages } from '@/lib/domain/claim/claim-file-html';
import { t, uiLanguage } from '@/lib/i18n';
import type { Deadline } from '@/lib/schemas/deadline';
import { KIND_KEY, RULE_KEY } from '../deadline-labels';
import { formatDateTime } from '../popup/words';
import type { StepProps } from './claim-context';
import { formatMoney } from './claim-words';

const EMBEDDABLE = /^image\/(png|jpeg|webp|gif)$/;

/**
 * The claim file (issue 5, item 8): one printable, self-contained HTML page and the JSON, both
 * from the background's export; images are embedded only when the buyer ticks the box.
 */
export function ClaimExport({ details, api, busy, notify }: StepProps) {
  const [embed, setEmbed] = useState(false);
  const [working, setWorking] = useState(false);
  const orderId = details.claim.orderId;

  const run = async (format: 'html' | 'json') => {
    setWorking(true);
    try {
      const response = await api.exportClaim(orderId);
      if (!response.ok) return notify(false, t('claimui_failed', response.error.message));
      const { file, claim } = response.data;
      const name = `aliexpress-claim-${orderId}`;
      if (format === 'json') {
        api.download(`${name}.json`, 'application/json', `${JSON.stringify(file, null, 2)}\n`);
      } else {
        const images: Record<string, string> = {};
        if (embed) {
          for (const item of claim.evidence) {
            if (item.kind === 'reference' || !EMBEDDABLE.test(item.type)) continue;
            const answer = await api.evidenceFile(orderId, item.id);
            if (answer.ok) images[item.id] = `data:${answer.data.type};base64,${answer.data.base64}`;
          }
        }
        const words = {
          t,
          kind: (kind: Deadline['kind']) => t(KIND_KEY[kind]),
          rule: (rule: Deadline['rule']) => t(RULE_KEY[rule]),
          dateTime: formatDateTime,
          money: formatMoney,
          language: uiLanguage(),
        };
        api.download(`${name}.html`, 'text/html;charset=utf-8', claimFileHtml(file, claim, words, images as EmbeddedImages));
      }
      notify(true, t('claimui_exported'));
    } finally {
      setWorking(false);
    }
  };

  return (
    <section className="claim-export" aria-label={t('claimui_exportTitle')}>
      <h2>{t('claimui_exportTitle')}</h2>
      <label className="check">
        <input type="checkbox" checked={embed} onChange={(e) => setEmbed(e.target.checked)} data-aca-field="embed-images" />
        {t('claimui_embedImages')}
      </label>
      <div className="form-actions">
        <button type="button" disabled={busy || working} onClick={() => void run('html')} data-aca-action="export-html">
          {t('claimui_exportHtml')}
        </button>
        <button type="button" disabled={busy || working} onClick={() => void run('json')} data-aca-action="export-json">
          {t('claimui_exportJson')}
        </button>
      </div>
    </section>
  );
}
