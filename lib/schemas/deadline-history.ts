import * as z from 'zod/mini';
import { Instant } from './common';
import { DeadlineKind, DeadlineSource } from './deadline';

/** Where a stored deadline was before it moved (seller extended protection, delivery shortened it). */
export const DeadlineMoves = z.strictObject({
  kind: DeadlineKind,
  source: DeadlineSource,
  /** Earlier due dates, oldest first. */
  moves: z.array(z.strictObject({ dueAt: Instant, observedAt: Instant })).check(z.maxLength(20)),
});
export type DeadlineMoves = z.infer<typeof DeadlineMoves>;
