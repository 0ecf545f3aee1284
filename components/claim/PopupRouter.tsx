import { useEffect, useState } from 'react';
import type { ClaimApi } from '@/lib/popup/claim-api';
import type { PopupApi } from '@/lib/popup/popup-api';
import { OrderId } from '@/lib/schemas/common';
import { PopupApp } from '../popup/PopupApp';
import { ClaimScreen } from './ClaimScreen';

/** The order a link asks the popup to open a claim for: `popup.html?claim=<orderId>`. */
export function claimFromUrl(search: string): string | undefined {
  const id = new URLSearchParams(search).get('claim');
  return id !== null && OrderId.safeParse(id).success ? id : undefined;
}

/** Which screen the popup shows (`data-aca-view`): the orders list, or one order's claim. */
export function PopupRouter({ api, claimApi, initialClaim }: { api: PopupApi; claimApi: ClaimApi; initialClaim?: string }) {
  const [claim, setClaim] = useState<string | undefined>(initialClaim);
  // Orders with a running claim say "Open the claim" (several can run at once); read after the list, never before it.
  const [running, setRunning] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (claim) return;
    let live = true;
    void claimApi.list(CLAIMS_LISTED).then((response) => {
      if (live && response.ok) setRunning(new Set(response.data.claims.filter((c) => !c.closed).map((c) => c.orderId)));
    });
    return () => {
      live = false;
    };
  }, [claimApi, claim]);
  if (claim) return <ClaimScreen api={claimApi} orderId={claim} onBack={() => setClaim(undefined)} />;
  return <PopupApp api={api} onOpenClaim={setClaim} runningClaims={running} />;
}

/** More than any buyer runs at once; the list is ids and counts only. */
const CLAIMS_LISTED = 1000;
