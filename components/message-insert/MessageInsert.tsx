/** @jsxImportSource @/lib/ui */
import { t } from '@/lib/i18n';

export type InsertState = 'ready' | 'inserted' | 'no-input';

export interface MessageInsertProps {
  /** The order the message is for (shown to the buyer: the chat may be another order's). */
  orderId: string;
  text: string;
  state: InsertState;
  onInsert: () => void;
  onDismiss: () => void;
}

const PREVIEW_MAX = 280;

/** The "Insert message" card on the seller chat. Text only; it never sends anything. */
export function MessageInsert({ orderId, text, state, onInsert, onDismiss }: MessageInsertProps) {
  const preview = text.length > PREVIEW_MAX ? `${text.slice(0, PREVIEW_MAX - 1)}…` : text;
  return (
    <div className="panel" role="region" aria-label={t('claim_insert_label')}>
      <p className="title">{t('claim_insert_ready', orderId)}</p>
      <p className="preview">{preview}</p>
      {state !== 'ready' && (
        <p className="status" role="status" data-tone={state === 'no-input' ? 'warn' : 'ok'}>
          {t(state === 'inserted' ? 'claim_insert_done' : 'claim_insert_no_input')}
        </p>
      )}
      <div className="actions">
        <button type="button" className="dismiss" onClick={onDismiss}>
          {t('claim_insert_dismiss')}
        </button>
        <button type="button" className="insert" onClick={onInsert} disabled={state === 'inserted'}>
          {t('claim_insert_button')}
        </button>
      </div>
    </div>
  );
}
