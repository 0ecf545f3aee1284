import type { ClaimDetails } from '@/lib/messaging/claim-requests';
import type { Response } from '@/lib/messaging/protocol';
import type { ClaimApi } from '@/lib/popup/claim-api';
import type { ClaimEvent } from '@/lib/schemas/claim';

/** An event as a step builds it; the screen stamps it (the background stamps it again with its clock). */
export type NewEvent = ClaimEvent extends infer E ? (E extends ClaimEvent ? Omit<E, 'at'> : never) : never;

/** What every step panel gets from the claim screen. */
export interface StepProps {
  details: ClaimDetails;
  api: ClaimApi;
  busy: boolean;
  now: Date;
  /** Records one event; false (with a message shown) when it was refused or not saved. */
  record(event: NewEvent): Promise<boolean>;
  /** Runs a request that answers with the claim, and shows its result. */
  apply(run: () => Promise<Response<'claim/event'>>): Promise<boolean>;
  notify(ok: boolean, text: string): void;
}
