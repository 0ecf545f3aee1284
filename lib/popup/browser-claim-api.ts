import { browser } from 'wxt/browser';
import { sendRequest } from '../messaging/client';
import { ORDER_SITE_HOSTS } from '../pages/hosts';
import type { ClaimApi } from './claim-api';

/** The claim screens' API over the real extension: the protocol for data, the page for clipboard and files. */
export function createBrowserClaimApi(doc: Document = document): ClaimApi {
  return {
    get: (orderId) => sendRequest({ type: 'claim/get', orderId }),
    start: (orderId) => sendRequest({ type: 'claim/start', orderId }),
    list: (limit) => sendRequest({ type: 'claim/list', limit }),
    record: (orderId, event) => sendRequest({ type: 'claim/event', orderId, event }),
    addEvidence: (orderId, item, base64) => sendRequest({ type: 'evidence/add', orderId, item, ...(base64 === undefined ? {} : { file: { base64 } }) }),
    removeEvidence: (orderId, evidenceId) => sendRequest({ type: 'evidence/remove', orderId, evidenceId }),
    evidenceFile: (orderId, evidenceId) => sendRequest({ type: 'evidence/file', orderId, evidenceId }),
    exportClaim: (orderId) => sendRequest({ type: 'claim/export', orderId }),
    snapshots: (productId) => sendRequest({ type: 'product/snapshots', productId }),
    setPending: (orderId, text) => sendRequest({ type: 'message/set-pending', orderId, text }),
    async copy(text) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
    openTab: (url) => void browser.tabs.create({ url }),
    download(fileName, mimeType, text) {
      const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
      const link = doc.createElement('a');
      link.href = url;
      link.download = fileName;
      doc.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
    async captureTab() {
      try {
        const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
        // The URL is readable only through activeTab (the buyer opened the popup on this tab).
        const host = tab?.url ? new URL(tab.url).hostname : '';
        if (!tab || (!ORDER_SITE_HOSTS.includes(host) && host !== 'msg.aliexpress.com')) return { ok: false, reason: 'not-aliexpress' };
        return { ok: true, dataUrl: await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' }) };
      } catch {
        return { ok: false, reason: 'not-allowed' };
      }
    },
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
  };
}
