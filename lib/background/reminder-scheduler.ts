import { planClaimTimerReminders, type ClaimTimerPlan } from '../domain/reminders/claim-timer-plan';
import { planReminders, staleDeliveries, type ReminderPlan } from '../domain/reminders/plan';
import { normaliseThresholds } from '../domain/reminders/thresholds';
import type { ReminderSettings } from '../settings/reminder-settings';
import type { ClaimService } from '../storage/claim-service';
import type { OrderService } from '../storage/order-service';
import type { ReminderLog } from '../storage/reminder-log';
import { showUrgentCount } from './action-badge';
import { syncNextAlarm } from './alarm-sync';
import { claimNoticesFor } from './claim-timer-notices';
import { notificationsAvailable, showNotices } from './notifier';
import { noticesFor } from './reminder-notices';

export const REBUILD_MEASURE = 'aca-reminders-rebuild';

export interface SchedulerDeps {
  orders: Pick<OrderService, 'listAllOrders'>;
  /** The open claims' clocks (seller reply, dispute answer, return shipment); none when absent. */
  claims?: Pick<ClaimService, 'openTimers'>;
  log: ReminderLog;
  settings: () => Promise<ReminderSettings>;
  clock: () => Date;
}

export interface RebuildResult {
  plan: ReminderPlan;
  /** The claim clocks' reminders (no badge: they belong to a claim, not an order's badge). */
  claimPlan: ClaimTimerPlan;
  /** Reminders claimed now (shown, or covered by a nearer one). */
  delivered: number;
  /** Notifications actually shown (0 when off, blocked or unavailable). */
  shown: number;
}

export interface ReminderScheduler {
  /**
   * Rebuilds everything from the database: delivers what is due (once), sets the toolbar badge
   * and the one alarm. Idempotent; calls while one runs are coalesced into one more run after it.
   */
  rebuild(): Promise<RebuildResult>;
}

export function createReminderScheduler({ orders, claims, log, settings, clock }: SchedulerDeps): ReminderScheduler {
  let running: Promise<RebuildResult> | undefined;
  let queued: Promise<RebuildResult> | undefined;

  async function run(): Promise<RebuildResult> {
    const started = performance.now();
    const result = await rebuildOnce();
    // A User Timing entry, for DevTools and the benchmark (scripts/bench-popup.mjs) to read.
    performance.measure?.(REBUILD_MEASURE, { start: started, end: performance.now() });
    return result;
  }

  async function rebuildOnce(): Promise<RebuildResult> {
    const [listings, config, delivered] = await Promise.all([orders.listAllOrders(), settings(), log.deliveredIds()]);
    const now = clock();
    // Claim clocks are computed at this `now`: a reply recorded since moves or stops them.
    const timers = claims ? await claims.openTimers(now) : [];
    const plan = planReminders({
      orders: listings.map((l) => l.view),
      thresholds: config.thresholds,
      delivered,
      now,
    });
    const claimPlan = planClaimTimerReminders(timers, normaliseThresholds(config.thresholds), delivered, now);
    // Claimed before showing: a crash in between loses one notification, never repeats one.
    const claimed = await log.claim([...plan.due, ...plan.superseded, ...claimPlan.due, ...claimPlan.superseded], now);
    const claimedIds = new Set(claimed.map((r) => r.id));
    const toShow = plan.due.filter((r) => claimedIds.has(r.id));
    const claimsToShow = claimPlan.due.filter((r) => claimedIds.has(r.id));
    let shown = 0;
    if ((toShow.length > 0 || claimsToShow.length > 0) && config.notifications && (await notificationsAvailable())) {
      const titles = new Map(listings.flatMap((l) => (l.title ? [[l.view.orderId, l.title] as const] : [])));
      shown = await showNotices([...noticesFor(toShow, titles, now), ...claimNoticesFor(claimsToShow, now)]);
    }
    await log.forget(staleDeliveries(delivered, plan, claimPlan.open));
    await showUrgentCount(plan.urgentOrders);
    const wake = [plan.nextWakeAt, claimPlan.nextWakeAt].filter((w): w is string => w !== undefined).sort()[0];
    await syncNextAlarm(wake ? new Date(wake) : undefined, now);
    return { plan, claimPlan, delivered: claimed.length, shown };
  }

  function rebuild(): Promise<RebuildResult> {
    if (!running) {
      running = run().finally(() => {
        running = undefined;
      });
      return running;
    }
    // One more run after the current one sees every change that arrived meanwhile.
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return rebuild();
      });
    return queued;
  }

  return { rebuild };
}
