import { useCallback, useEffect, useState } from 'react';
import { t, tPlural } from '@/lib/i18n';
import type { UpcomingResult } from '@/lib/messaging/protocol';
import type { PopupApi } from '@/lib/popup/popup-api';
import type { Deadline, DeadlineKind } from '@/lib/schemas/deadline';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '@/lib/settings/reminder-settings';
import { calendarFile } from './calendar-file';
import { OrderCard } from './OrderCard';
import { SettingsPanel } from './SettingsPanel';
import { formatDateTime } from './words';

/** Last opening's list without what has passed since (a passed deadline is not "open"). */
function withoutPassed(data: UpcomingResult, now: Date): UpcomingResult {
  const open = (d: Deadline) => new Date(d.dueAt).getTime() > now.getTime();
  return { ...data, orders: data.orders.map((o) => ({ ...o, deadlines: o.deadlines.filter(open) })).filter((o) => o.deadlines.length > 0) };
}

/** Orders listed at once: enough for any buyer's open deadlines, cheap to render with 5,000 in the database. */
export const POPUP_LIMIT = 50;
const EXPORT_LIMIT = 10_000;
export const POPUP_READY_MARK = 'aca-popup-ready';
export const POPUP_FRESH_MARK = 'aca-popup-fresh';
const MY_ORDERS_URL = 'https://www.aliexpress.com/p/order/index.html';

/** `fresh`: the background's answer; otherwise last opening's list, shown while it comes. */
type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: UpcomingResult; fresh: boolean };

interface Undo {
  orderId: string;
  kind: DeadlineKind;
  /** The manual deadline before the change; null: there was none. */
  previous: Deadline | null;
  message: string;
}

export interface PopupAppProps {
  api: PopupApi;
  timeZone?: string;
  /** Opens the claim screen for an order (components/claim/PopupRouter.tsx); without it, no claim link. */
  onOpenClaim?: (orderId: string) => void;
  /** Orders whose claim is running: their link says "Open the claim". */
  runningClaims?: ReadonlySet<string>;
}

/** The popup's orders screen: open deadlines most urgent first, manual entry with undo, settings, .ics export. */
export function PopupApp({ api, timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone, onOpenClaim, runningClaims }: PopupAppProps) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [settings, setSettings] = useState<ReminderSettings | undefined>();
  const [editing, setEditing] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [undo, setUndo] = useState<Undo | undefined>();
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | undefined>();

  const refresh = useCallback(async () => {
    const response = await api.upcoming(POPUP_LIMIT);
    setLoad(response.ok ? { state: 'ready', data: response.data, fresh: true } : { state: 'error', message: response.error.message });
    if (response.ok) void api.saveSnapshot(response.data);
  }, [api]);

  useEffect(() => {
    void refresh();
    void api.snapshot().then(
      (data) => data && setLoad((current) => (current.state === 'loading' ? { state: 'ready', data: withoutPassed(data, api.now()), fresh: false } : current)),
      () => undefined,
    );
    void api.loadSettings().then(setSettings, () => setSettings(DEFAULT_REMINDER_SETTINGS));
  }, [api, refresh]);

  const change = async (run: () => ReturnType<PopupApi['setManual']>, describe: (previous: Deadline | null) => Omit<Undo, 'previous'>) => {
    setBusy(true);
    try {
      const response = await run();
      if (!response.ok) {
        setNotice({ ok: false, text: t('reminder_requestFailed', response.error.message) });
        return false;
      }
      setUndo({ ...describe(response.data.previous), previous: response.data.previous });
      setNotice(undefined);
      await refresh();
      return true;
    } finally {
      setBusy(false);
    }
  };

  const setManual = async (orderId: string, kind: DeadlineKind, dueAt: Date) => {
    const done = await change(
      () => api.setManual(orderId, kind, dueAt.toISOString()),
      () => ({ orderId, kind, message: t('reminder_saved', [formatDateTime(dueAt), orderId]) }),
    );
    if (done) setEditing(undefined);
  };

  const removeManual = (orderId: string, kind: DeadlineKind) =>
    change(
      () => api.removeManual(orderId, kind),
      () => ({ orderId, kind, message: t('reminder_removed', orderId) }),
    );

  const undoLast = async () => {
    if (!undo) return;
    const { orderId, kind, previous } = undo;
    setBusy(true);
    try {
      const response = previous ? await api.setManual(orderId, kind, previous.dueAt) : await api.removeManual(orderId, kind);
      setUndo(undefined);
      setNotice(response.ok ? { ok: true, text: t('reminder_undone') } : { ok: false, text: t('reminder_requestFailed', response.error.message) });
      await refresh();
    } finally {
      setBusy(false);
    }
  };

  const exportCalendar = async () => {
    const response = await api.upcoming(EXPORT_LIMIT);
    if (!response.ok) return setNotice({ ok: false, text: t('reminder_exportFailed', response.error.message) });
    const { text, count } = calendarFile(response.data.orders, (settings ?? DEFAULT_REMINDER_SETTINGS).thresholds, api.now());
    if (count === 0) return setNotice({ ok: false, text: t('reminder_exportNone') });
    api.download('aliexpress-deadlines.ics', 'text/calendar;charset=utf-8', text);
    setNotice({ ok: true, text: tPlural('reminder_exportDone', count) });
  };

  const fresh = load.state === 'ready' && load.fresh;
  useEffect(() => {
    // First render with data, and with the background's answer: for DevTools and scripts/bench-popup.mjs.
    if (load.state === 'ready' && performance.getEntriesByName(POPUP_READY_MARK).length === 0) performance.mark?.(POPUP_READY_MARK);
    if (fresh && performance.getEntriesByName(POPUP_FRESH_MARK).length === 0) performance.mark?.(POPUP_FRESH_MARK);
  }, [load.state, fresh]);

  const saveSettings = async (next: ReminderSettings) => setSettings(await api.saveSettings(next));

  const now = api.now();
  const cardProps = (orderId: string) => ({
    now,
    clock: api.now,
    timeZone,
    busy,
    editing: editing === orderId,
    onEdit: () => setEditing(orderId),
    onCancelEdit: () => setEditing(undefined),
    onSetManual: (kind: DeadlineKind, dueAt: Date) => void setManual(orderId, kind, dueAt),
    onRemoveManual: (kind: DeadlineKind) => void removeManual(orderId, kind),
    onStartClaim: onOpenClaim && (() => onOpenClaim(orderId)),
    claimRunning: runningClaims?.has(orderId) ?? false,
  });

  return (
    <main
      className="popup"
      data-aca-view="orders"
      data-aca-state={load.state}
      data-aca-fresh={load.state === 'ready' ? String(load.fresh) : undefined}
      aria-busy={load.state === 'loading' || (load.state === 'ready' && !load.fresh)}
    >
      <header className="top">
        <h1>{t('reminder_popupTitle')}</h1>
        {load.state === 'ready' && load.data.urgent > 0 && <span className="urgent-count">{tPlural('reminder_popupUrgent', load.data.urgent)}</span>}
      </header>

      {(undo || notice) && (
        <div className={`toast ${notice && !notice.ok ? 'bad' : ''}`} role="status">
          <span>{undo ? undo.message : notice?.text}</span>
          {undo && (
            <button type="button" className="link" disabled={busy} onClick={() => void undoLast()}>
              {t('reminder_undo')}
            </button>
          )}
        </div>
      )}

      {load.state === 'loading' && <p className="state loading">{t('reminder_popupLoading')}</p>}

      {load.state === 'error' && (
        <div className="state error" role="alert">
          <p>{t('reminder_popupError', load.message)}</p>
          <button type="button" onClick={() => void refresh()}>
            {t('reminder_popupRetry')}
          </button>
        </div>
      )}

      {load.state === 'ready' && load.data.total === 0 && load.data.withoutDeadline.length === 0 && (
        <div className="state empty">
          <h2>{t('reminder_popupEmptyTitle')}</h2>
          <p>{t('reminder_popupEmpty')}</p>
          <a className="button" href={MY_ORDERS_URL} target="_blank" rel="noreferrer">
            {t('reminder_popupOpenOrders')}
          </a>
        </div>
      )}

      {load.state === 'ready' && load.data.orders.length > 0 && (
        <section aria-label={t('reminder_popupTitle')}>
          <ul className="orders">
            {load.data.orders.map((order) => (
              <OrderCard key={order.orderId} order={order} {...cardProps(order.orderId)} />
            ))}
          </ul>
          {load.data.total > load.data.orders.length && <p className="more">{tPlural('reminder_popupMore', load.data.total - load.data.orders.length)}</p>}
          {load.data.orders.some((o) => o.deadlines.some((d) => d.source === 'estimated')) && <p className="hint">{t('reminder_estimateNote')}</p>}
        </section>
      )}

      {load.state === 'ready' && load.data.withoutDeadline.length > 0 && (
        <section className="unknown" aria-label={t('reminder_popupUnknownTitle')}>
          <h2>{t('reminder_popupUnknownTitle')}</h2>
          <p className="hint">{t('reminder_popupUnknownHint')}</p>
          <ul className="orders">
            {load.data.withoutDeadline.map((order) => (
              <OrderCard key={order.orderId} order={order} {...cardProps(order.orderId)} />
            ))}
          </ul>
          {load.data.withoutDeadlineTotal > load.data.withoutDeadline.length && (
            <p className="more">{tPlural('reminder_popupUnknownMore', load.data.withoutDeadlineTotal - load.data.withoutDeadline.length)}</p>
          )}
        </section>
      )}

      <footer className="bottom">
        {load.state === 'ready' && load.data.total > 0 && (
          <button type="button" className="primary" onClick={() => void exportCalendar()}>
            {t('reminder_export')}
          </button>
        )}
        {settings && <SettingsPanel settings={settings} onSave={saveSettings} />}
        <p className="privacy">{t('popup_privacy')}</p>
      </footer>
    </main>
  );
}
