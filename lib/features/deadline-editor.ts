import type { OrderView, Response } from '../messaging/protocol';
import type { Deadline, DeadlineKind } from '../schemas/deadline';

export type EditResult = { ok: true; view: OrderView } | { ok: false; message: string };

/** Manual deadlines from a page overlay: set, and undo the last change per order. */
export interface DeadlineEditor {
  save(orderId: string, kind: DeadlineKind, dueAt: Date): Promise<EditResult>;
  undo(orderId: string): Promise<EditResult>;
  canUndo(orderId: string): boolean;
}

export interface ManualRequests {
  setManual(orderId: string, kind: DeadlineKind, dueAt: string): Promise<Response<'deadline/set-manual'>>;
  removeManual(orderId: string, kind: DeadlineKind): Promise<Response<'deadline/remove-manual'>>;
}

/** Keeps what each order's manual deadline was before the last change, so "Undo" can put it back. */
export function createDeadlineEditor(requests: ManualRequests): DeadlineEditor {
  const undoable = new Map<string, { kind: DeadlineKind; previous: Deadline | null }>();
  const toResult = (response: Response<'deadline/set-manual'>): EditResult =>
    response.ok ? { ok: true, view: response.data.order } : { ok: false, message: response.error.message };

  return {
    async save(orderId, kind, dueAt) {
      const response = await requests.setManual(orderId, kind, dueAt.toISOString());
      if (response.ok) undoable.set(orderId, { kind, previous: response.data.previous });
      return toResult(response);
    },
    async undo(orderId) {
      const last = undoable.get(orderId);
      if (!last) return { ok: false, message: 'nothing to undo' };
      const response = last.previous
        ? await requests.setManual(orderId, last.kind, last.previous.dueAt)
        : await requests.removeManual(orderId, last.kind);
      if (response.ok) undoable.delete(orderId);
      return toResult(response);
    },
    canUndo: (orderId) => undoable.has(orderId),
  };
}
