import { sendRequest } from '../messaging/client';
import { loadReminderSettings, saveReminderSettings } from '../settings/reminder-settings';
import type { PopupApi } from './popup-api';
import { readPopupSnapshot, savePopupSnapshot } from './popup-snapshot';

/** The popup's API over the real extension: the protocol for data, browser.storage for settings. */
export function createBrowserPopupApi(doc: Document = document): PopupApi {
  return {
    upcoming: (limit) => sendRequest({ type: 'deadlines/upcoming', limit }),
    snapshot: readPopupSnapshot,
    saveSnapshot: (data) => savePopupSnapshot(data, new Date()),
    setManual: (orderId, kind, dueAt) => sendRequest({ type: 'deadline/set-manual', orderId, kind, dueAt }),
    removeManual: (orderId, kind) => sendRequest({ type: 'deadline/remove-manual', orderId, kind }),
    loadSettings: loadReminderSettings,
    saveSettings: saveReminderSettings,
    download(fileName, mimeType, text) {
      const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
      const link = doc.createElement('a');
      link.href = url;
      link.download = fileName;
      doc.body.append(link);
      link.click();
      link.remove();
      // The download has its own copy once started; the URL only needs to outlive the click.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
    now: () => new Date(),
  };
}
