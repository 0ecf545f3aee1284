import type { Response, UpcomingResult } from '../messaging/protocol';
import type { DeadlineKind } from '../schemas/deadline';
import type { ReminderSettings } from '../settings/reminder-settings';

/** What the popup's components may do; the entrypoint passes the browser-backed one, tests a fake. */
export interface PopupApi {
  upcoming(limit: number): Promise<Response<'deadlines/upcoming'>>;
  /** The list the popup showed last time, to draw at once (undefined: none, or unreadable). */
  snapshot(): Promise<UpcomingResult | undefined>;
  saveSnapshot(data: UpcomingResult): Promise<void>;
  setManual(orderId: string, kind: DeadlineKind, dueAt: string): Promise<Response<'deadline/set-manual'>>;
  removeManual(orderId: string, kind: DeadlineKind): Promise<Response<'deadline/remove-manual'>>;
  loadSettings(): Promise<ReminderSettings>;
  saveSettings(settings: ReminderSettings): Promise<ReminderSettings>;
  /** Saves `text` as a file through a blob URL. */
  download(fileName: string, mimeType: string, text: string): void;
  now(): Date;
}
