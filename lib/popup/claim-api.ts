import type { Response } from '../messaging/protocol';
import type { ClaimEvent } from '../schemas/claim';
import type { EvidenceItem } from '../schemas/evidence';

/** What the claim screens may do; the entrypoint passes the browser-backed one, tests a fake. */
export interface ClaimApi {
  get(orderId: string): Promise<Response<'claim/get'>>;
  start(orderId: string): Promise<Response<'claim/start'>>;
  list(limit: number): Promise<Response<'claim/list'>>;
  record(orderId: string, event: ClaimEvent): Promise<Response<'claim/event'>>;
  addEvidence(orderId: string, item: EvidenceItem, base64?: string): Promise<Response<'evidence/add'>>;
  removeEvidence(orderId: string, evidenceId: string): Promise<Response<'evidence/remove'>>;
  evidenceFile(orderId: string, evidenceId: string): Promise<Response<'evidence/file'>>;
  exportClaim(orderId: string): Promise<Response<'claim/export'>>;
  snapshots(productId: string): Promise<Response<'product/snapshots'>>;
  setPending(orderId: string, text: string): Promise<Response<'message/set-pending'>>;
  /** Copies to the clipboard; false when the browser refused. */
  copy(text: string): Promise<boolean>;
  openTab(url: string): void;
  download(fileName: string, mimeType: string, text: string): void;
  now(): Date;
  /**
   * "Capture this tab": a PNG of the AliExpress tab the popup was opened over (activeTab), as a
   * data: URL; refused on any other page.
   */
  captureTab(): Promise<{ ok: true; dataUrl: string } | { ok: false; reason: 'not-aliexpress' | 'not-allowed' }>;
  /** A fresh evidence id. */
  newId(): string;
}
