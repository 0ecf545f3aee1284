import { browser } from 'wxt/browser';
import { orderDetailUrl } from '../pages/order-urls';
import { claimOrderIdOfNotice } from './claim-timer-notices';
import { currentOrderSite } from './order-site-host';
import { orderIdOfNotice, SUMMARY_NOTICE_ID, type Notice } from './reminder-notices';

/** Whether this browser can show our notifications now (API there, not blocked by the user or OS). */
export async function notificationsAvailable(): Promise<boolean> {
  const api = browser.notifications as typeof browser.notifications | undefined;
  if (!api?.create) return false;
  try {
    // Chrome only; elsewhere a created notification is the only test.
    const level = await api.getPermissionLevel?.();
    return level !== 'denied';
  } catch {
    return true;
  }
}

/** Shows `notices`; a failure is logged, never thrown: the badge and popup still carry everything. */
export async function showNotices(notices: readonly Notice[]): Promise<number> {
  let shown = 0;
  for (const notice of notices) {
    try {
      await browser.notifications.create(notice.id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: notice.title,
        message: notice.message,
        priority: 1,
      });
      shown += 1;
    } catch (error) {
      console.warn('[AliExpress Claim Assistant] reminders: a notification could not be shown:', error);
    }
  }
  return shown;
}

/** Where a click on one of our notifications leads: the order's detail page, the claim, or the popup's list. */
export function clickTarget(notificationId: string, host?: string): string | undefined {
  const claimOrderId = claimOrderIdOfNotice(notificationId);
  if (claimOrderId) return browser.runtime.getURL(`/popup.html?claim=${claimOrderId}` as '/popup.html');
  const orderId = orderIdOfNotice(notificationId);
  if (orderId) return orderDetailUrl(orderId, host);
  if (notificationId === SUMMARY_NOTICE_ID) return browser.runtime.getURL('/popup.html');
  return undefined;
}

/** The onClicked listener: opens the target in a new tab and closes the notification. */
export async function openNotice(notificationId: string): Promise<string | undefined> {
  const url = clickTarget(notificationId, await currentOrderSite());
  if (!url) return undefined;
  await browser.tabs.create({ url });
  await browser.notifications.clear(notificationId);
  return url;
}
