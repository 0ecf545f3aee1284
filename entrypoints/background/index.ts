import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createMessageHandler, createMessageListener, type MessageHandler } from '@/lib/messaging/handler';
import { openDb } from '@/lib/storage/db';
import { createOrderService } from '@/lib/storage/order-service';
import { createPendingMessageStore } from '@/lib/storage/pending-messages';

// Wiring only: the database opens on the first message (Dexie opens on first use), and the one
// message listener answers this extension's own contexts through the order service.
export default defineBackground(() => {
  let handler: MessageHandler | undefined;
  const clock = () => new Date();
  const getHandler = () =>
    (handler ??= createMessageHandler(createOrderService(openDb(), clock), {
      pendingMessages: createPendingMessageStore(browser.storage.session, clock),
    }));
  browser.runtime.onMessage.addListener(createMessageListener(getHandler, browser.runtime.id));
});
