import { browser } from 'wxt/browser';
import { sendRequest } from '../messaging/client';
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
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
  };
}
