import { useEffect, useMemo, useState } from 'react';
import { renderClaimMessage, suitableTemplates, templateLanguageFor, TemplateLanguage, type TemplateId } from '@/lib/domain/claim/templates';
import { t, uiLanguage, type MessageKey } from '@/lib/i18n';
import type { Resolution } from '@/lib/schemas/claim';
import type { StepProps } from './claim-context';
import { ResolutionPicker } from './ResolutionPicker';
import { formatters, messageFacts, sellerChatUrl } from './message-facts';

type ChatTemplateId = Exclude<TemplateId, 'dispute-description'>;

const LANGUAGE_NAMES: Record<TemplateLanguage, string> = { en: 'English', 'pt-BR': 'Português (Brasil)', es: 'Español' };

/**
 * Contact the seller: pick a template, read and edit it, then one click copies it, leaves it for
 * the chat page's "Insert message" and opens the seller chat; the message lands on the timeline
 * before the tab opens (opening a tab closes the popup).
 */
export function SellerStep({ details, api, busy, now, record, notify }: StepProps) {
  const { claim } = details;
  const [language, setLanguage] = useState<TemplateLanguage>(() => templateLanguageFor(uiLanguage()));
  const [resolution, setResolution] = useState<Resolution>(claim.dispute?.resolution ?? { kind: 'refund-only' });
  const facts = useMemo(() => messageFacts(details, resolution, now), [details, resolution, now]);
  // The message for the claim's own problem first, then the stage messages.
  const templates = useMemo(() => {
    const ids = suitableTemplates(facts, language).filter((id): id is ChatTemplateId => id !== 'dispute-description');
    const own = new Set<string>(claim.problems.map((p) => p.reason));
    return [...ids.filter((id) => own.has(id)), ...ids.filter((id) => !own.has(id))];
  }, [facts, language, claim.problems]);
  const [templateId, setTemplateId] = useState<ChatTemplateId | undefined>(templates[0]);
  const chosen = templateId && templates.includes(templateId) ? templateId : templates[0];
  const [text, setText] = useState('');
  useEffect(() => {
    if (chosen) setText(renderClaimMessage(chosen, language, facts, formatters).text);
  }, [chosen, language, facts]);

  if (claim.problems.length === 0) return <p className="hint">{t('claimui_evidenceNeedsProblem')}</p>;

  const send = async () => {
    if (!chosen || !text.trim()) return;
    const copied = await api.copy(text);
    const pending = await api.setPending(claim.orderId, text);
    if (!pending.ok) return notify(false, t('claimui_failed', pending.error.message));
    if (!(await record({ type: 'message-used', templateId: chosen, language, text }))) return;
    notify(copied, t(copied ? 'claimui_messageReady' : 'claimui_copyFailed'));
    api.openTab(sellerChatUrl(details));
  };

  const contacted = claim.seller.contactedAt !== undefined;
  return (
    <div className="claim-form">
      <div className="form-row">
        <label>
          {t('claimui_template')}
          <select value={chosen ?? ''} onChange={(e) => setTemplateId(e.target.value as ChatTemplateId)} data-aca-field="template">
            {templates.map((id) => (
              <option key={id} value={id}>
                {t(`claimui_template_${id.replaceAll('-', '_')}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('claimui_language')}
          <select value={language} onChange={(e) => setLanguage(e.target.value as TemplateLanguage)} data-aca-field="language">
            {TemplateLanguage.options.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ResolutionPicker value={resolution} onChange={setResolution} />
      <label>
        {t('claimui_preview')}
        <textarea rows={9} maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} data-aca-field="message" />
      </label>
      <button type="button" className="primary" disabled={busy || !text.trim()} onClick={() => void send()} data-aca-action="send-to-chat">
        {t('claimui_copyAndOpenChat')}
      </button>
      <p className="hint">{t('claimui_neverSent')}</p>
      {contacted && !claim.dispute && (
        <div className="form-actions">
          <button type="button" disabled={busy} onClick={() => void record({ type: 'seller-replied' })}>
            {t('claimui_sellerReplied')}
          </button>
          <button type="button" disabled={busy} onClick={() => void record({ type: 'seller-silent' })}>
            {t('claimui_sellerSilent')}
          </button>
        </div>
      )}
    </div>
  );
}
