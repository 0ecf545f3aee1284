import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createMessageHandler, createMessageListener, type MessageHandler } from '@/lib/messaging/handler';
import { createReminderScheduler, type ReminderScheduler } from '@/lib/background/reminder-scheduler';
import { wireReminders } from '@/lib/background/reminder-wiring';
import { rememberingOrderSite } from '@/lib/background/order-site-host';
import { loadReminderSettings } from '@/lib/settings/reminder-settings';
import { openDb, type ClaimDb } from '@/lib/storage/db';
import { createClaimService, type ClaimService } from '@/lib/storage/claim-service';
import { createOrderService, type OrderService } from '@/lib/storage/order-service';
import { createPendingMessageStore } from '@/lib/storage/pending-messages';
import { createProductService } from '@/lib/storage/product-service';
import { createReminderLog } from '@/lib/storage/reminder-log';

// Wiring only: the database opens on the first message (Dexie opens on first use), and the one
// message listener answers this extension's own contexts through the services.
export default defineBackground(() => {
  let db: ClaimDb | undefined;
  let service: OrderService | undefined;
  const getDb = () => (db ??= openDb());
  const clock = () => new Date();
  const getService = () => (service ??= createOrderService(getDb(), clock));
  let handler: MessageHandler | undefined;
  // Reminders (issue 3): rebuilt from the database at install, update, browser start, on every
  // alarm, after every write to orders or deadlines and when the settings change.
  let scheduler: ReminderScheduler | undefined;
  let claims: ClaimService | undefined;
  const getClaims = () => (claims ??= createClaimService(getDb(), { orders: getService(), clock }));
  const getScheduler = () =>
    (scheduler ??= createReminderScheduler({ orders: getService(), claims: getClaims(), log: createReminderLog(getDb()), settings: loadReminderSettings, clock }));
  const getHandler = () =>
    (handler ??= createMessageHandler(getService(), {
      products: createProductService(getDb()),
      pendingMessages: createPendingMessageStore(browser.storage.session, clock),
      claims: getClaims(),
      openClaimPage: async (orderId) => void (await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?claim=${orderId}` as '/popup.html') })),
    }));
  browser.runtime.onMessage.addListener(rememberingOrderSite(createMessageListener(getHandler, browser.runtime.id), browser.runtime.id));
  wireReminders(getScheduler, getDb());
});
