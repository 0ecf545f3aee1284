import { RiskHint } from '@/components/risk-hint/RiskHint';
import hintCss from '@/components/risk-hint/risk-hint.css?inline';
import { assessSellerRisk } from '../domain/risk/assess';
import { signalsFromProduct } from '../domain/risk/signals-from-product';
import type { ProductSeenView } from '../messaging/protocol';
import { findStoreBlock, findTitle, parseProductPage } from '../parsers/product-page';
import type { ParseResult } from '../parsers/result';
import type { ParsedProduct } from '../schemas/product';
import type { BuyerHistory } from '../schemas/risk';
import type { Feature, FeatureContext } from './registry';
import { setParseState } from './page-state';
import { createShadowHost } from './shadow-host';

/** How long a client-rendered page may take to draw its store block before we call it unreadable. */
export const STORE_BLOCK_TIMEOUT_MS = 10_000;
/** The first hint waits this long for the background's memory, then shows what the page says. */
const ANSWER_WAIT_MS = 600;
/** After the first hint, later drawing (the store card, numbers) is read again for this long. */
const SETTLE_MS = 5_000;
/** A later reading is sent to the background once the page has been quiet this long. */
const RESEND_AFTER_MS = 500;

export type SendProductSeen = (product: ParsedProduct, observedAt: Date) => Promise<ProductSeenView | undefined>;

/**
 * The page's own `mtop.aliexpress.pdp.pc.query` responses, as something in the page's world
 * observes them (not built here). Bodies are untrusted: the parser validates them.
 */
export interface PdpSource {
  /** The latest response body, or undefined before the first. */
  latest(): unknown;
  /** Called on every new response; returns the unsubscribe function. */
  subscribe(onResponse: () => void): () => void;
}

export interface RiskHintOptions {
  /** Made once per run (per page), so a source can listen for as long as that page is open. */
  pdp?: (context: FeatureContext) => PdpSource | undefined;
}

/**
 * A seller-risk hint on product pages, next to "Sold By" (fallback: under the title): the level
 * and the strongest reason, expanding to every reason and the store's history over past visits.
 */
export function createRiskHint(sendProductSeen: SendProductSeen, options: RiskHintOptions = {}): Feature {
  return {
    id: 'risk-hint',
    include: ['product'],
    run: (context) => new RiskHintController(context, sendProductSeen, options.pdp?.(context)).start(),
  };
}

class RiskHintController {
  private host: HTMLElement | undefined;
  private mount: HTMLElement | undefined;
  private product: ParsedProduct | undefined;
  private productKey = '';
  private view: ProductSeenView | undefined;
  private open = false;
  private shownAt: number | undefined;
  /** False while the hint waits under the title for a "Sold By" block. */
  private atStoreBlock = false;
  private observer: MutationObserver | undefined;
  private readonly timers: ReturnType<typeof setTimeout>[] = [];
  /** Bumped for every later send, so a late answer for an older reading is dropped. */
  private generation = 0;
  private sentFirst = false;
  private sendTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly context: FeatureContext,
    private readonly sendProductSeen: SendProductSeen,
    private readonly pdp: PdpSource | undefined,
  ) {}

  start(): void {
    const { document: doc, signal } = this.context;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && this.open) this.setOpen(false, true);
    };
    const onPointerDown = (event: PointerEvent) => {
      if (this.open && this.host && !event.composedPath().includes(this.host)) this.setOpen(false);
    };
    doc.addEventListener('keydown', onKeyDown, true);
    doc.addEventListener('pointerdown', onPointerDown, true);
    this.observer = new MutationObserver((mutations) => this.onMutations(mutations));
    this.observer.observe(doc.documentElement, { childList: true, subtree: true });
    this.timers.push(setTimeout(() => this.giveUp(), STORE_BLOCK_TIMEOUT_MS));
    // A new pdp response is read at once: it may be the only source of the store's numbers.
    const unsubscribe = this.pdp?.subscribe(() => {
      if (!signal.aborted) this.read();
    });
    signal.addEventListener('abort', () => {
      unsubscribe?.();
      doc.removeEventListener('keydown', onKeyDown, true);
      doc.removeEventListener('pointerdown', onPointerDown, true);
      this.observer?.disconnect();
      this.timers.forEach(clearTimeout);
      clearTimeout(this.sendTimer);
      this.host?.remove();
    });
    this.read();
  }

  private onMutations(mutations: MutationRecord[]): void {
    if (this.context.signal.aborted || mutations.every(isOwnMutation)) return;
    // The page re-rendered over us, or the hint sits under the title (the pdp JSON came before
    // the store block) and "Sold By" may just have been drawn.
    if (this.host && (!this.host.isConnected || !this.atStoreBlock)) this.attach();
    if (this.shownAt === undefined) {
      // Nothing to read until the app has drawn its store block (or handed over its JSON): a
      // page that never does is not re-parsed on each of its changes.
      if (findStoreBlock(this.context.document) || this.pdp?.latest() !== undefined) this.read();
    } else if (performance.now() - this.shownAt < SETTLE_MS) {
      this.read();
    }
  }

  /** Parse the page as it is now; show or refresh the hint when it says something new. */
  private read(): void {
    const doc = this.context.document;
    // Before the app draws its store block a client-rendered page has nothing to read yet.
    const result: ParseResult<ParsedProduct> = parseProductPage(doc, { url: this.context.url, pdpResponse: this.pdp?.latest() });
    if (!result.ok) return;
    const key = JSON.stringify(result.data);
    if (key === this.productKey) return;
    this.productKey = key;
    this.product = result.data;
    setParseState(doc, 'ok');
    if (!this.sentFirst) {
      this.sentFirst = true;
      void this.showFirst(result.data);
      return;
    }
    // Later readings while the page finishes drawing: shown at once, stored once it settles, so
    // a page that draws in steps leaves one snapshot rather than one per step.
    if (this.host) this.render();
    this.sendWhenSettled();
  }

  /** Ask the background what it remembers (and store today's numbers), then show the hint. */
  private async showFirst(product: ParsedProduct): Promise<void> {
    const answer = this.sendProductSeen(product, this.context.clock());
    // Wait briefly for the memory so the level does not change under the buyer's eyes.
    const first = await Promise.race([answer, delay(ANSWER_WAIT_MS)]);
    if (this.context.signal.aborted) return;
    if (first) this.view = first;
    this.render(); // the latest reading, which may be newer than the one sent
    if (first) return;
    const view = await answer;
    if (this.context.signal.aborted || !view) return;
    this.view ??= view;
    this.render();
  }

  private sendWhenSettled(): void {
    clearTimeout(this.sendTimer);
    this.sendTimer = setTimeout(async () => {
      const product = this.product;
      if (!product || this.context.signal.aborted) return;
      const generation = ++this.generation;
      const view = await this.sendProductSeen(product, this.context.clock());
      // A late answer for an older reading is dropped.
      if (generation !== this.generation || this.context.signal.aborted || !view) return;
      this.view = view;
      this.render();
    }, RESEND_AFTER_MS);
  }

  private render(focusChip = false): void {
    const product = this.product;
    if (!product) return;
    if (!this.host) {
      const { host, mount } = createShadowHost(this.context.document, 'aca-risk-hint', hintCss);
      this.host = host;
      this.mount = mount;
    }
    const history = this.view?.storeHistory ?? [];
    const buyer = this.view?.buyer;
    const assessment = assessSellerRisk(signalsFromProduct(product, { history, ...(buyer ? { buyerHistory: buyerHistoryOf(buyer) } : {}) }), this.context.clock());
    const host = this.host;
    host.dataset.acaProductId = product.productId;
    host.dataset.acaStoreId = product.store.id ?? '';
    host.dataset.acaRiskLevel = assessment.level;
    const hadFocus = focusChip || host.shadowRoot?.activeElement != null;
    this.mount!.replaceChildren(
      RiskHint({
        productId: product.productId,
        storeName: product.store.name,
        assessment,
        history,
        buyer,
        ...(this.view ? { snapshot: { linkedOrderIds: this.view.linkedOrderIds } } : {}),
        open: this.open,
        onToggle: () => this.setOpen(!this.open, true),
      }),
    );
    this.attach();
    if (hadFocus) this.mount!.querySelector<HTMLElement>('button.chip')?.focus();
    this.shownAt ??= performance.now();
  }

  /** After the "Sold By" block; without one, under the title. */
  private attach(): void {
    const host = this.host;
    if (!host) return;
    const doc = this.context.document;
    const storeBlock = findStoreBlock(doc);
    this.atStoreBlock = storeBlock !== null;
    const anchor = storeBlock ?? findTitle(doc);
    if (!anchor) return;
    if (host.previousElementSibling !== anchor || !host.isConnected) anchor.after(host);
  }

  private setOpen(open: boolean, keepFocus = false): void {
    if (this.open === open) return;
    this.open = open;
    this.render(keepFocus);
  }

  /** No readable store after the wait: say so on <html>, show nothing (never a hint from guesses). */
  private giveUp(): void {
    if (this.product || this.context.signal.aborted) return;
    const result = parseProductPage(this.context.document, { url: this.context.url, pdpResponse: this.pdp?.latest() });
    if (!result.ok) setParseState(this.context.document, 'unrecognised', result.reason);
  }
}

/** The background's counts as the model reads them; an unknown count stays absent, never zero. */
function buyerHistoryOf({ orders, disputes, lateDeliveries, checkedOrders }: NonNullable<ProductSeenView['buyer']>): BuyerHistory {
  return {
    orders,
    ...(disputes !== undefined ? { disputes } : {}),
    ...(lateDeliveries !== undefined ? { lateDeliveries } : {}),
    ...(checkedOrders !== undefined ? { checkedOrders } : {}),
  };
}

function delay(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms));
}

/** Our own insertions (the hint host) must not wake the observer again. */
function isOwnMutation(mutation: MutationRecord): boolean {
  const nodes = [...mutation.addedNodes, ...mutation.removedNodes];
  return nodes.length > 0 && nodes.every((node) => node instanceof Element && node.localName.startsWith('aca-'));
}
