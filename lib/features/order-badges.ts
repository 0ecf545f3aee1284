import { OrderBadge, prepareOrderBadge } from '@/components/order-badge/OrderBadge';
import badgeCss from '@/components/order-badge/badge.css?inline';
import { deriveDeadlines } from '../domain/deadlines';
import { factsFromCard } from '../domain/card-facts';
import { summariseOrder } from '../domain/order-summary';
import type { OrderView } from '../messaging/protocol';
import type { OrderSummary } from '../schemas/summary';
import { findOrderCards, parseOrderCard, parseOrdersPage, readBadgeFacts } from '../parsers/orders-list';
import { recognised, type UnrecognisedReason } from '../parsers/result';
import { ORDERS_LIST } from '../parsers/selectors';
import type { ParsedOrderCard } from '../schemas/order';
import type { Feature, FeatureContext } from './registry';
import { setParseState, showPageNotice } from './page-state';
import { createShadowHost, prepareSharedSheet } from './shadow-host';
import { WorkQueue } from './work-queue';
import { whenIdle } from './when-idle';
import type { DeadlineEditor, EditResult } from './deadline-editor';
import type { BadgeManualEntry } from '@/components/order-badge/ManualDateForm';

/** How long a client-rendered list may take to show its first card before we call it unreadable. */
export const FIRST_CARD_TIMEOUT_MS = 8000;
/** The background hears of the cards a page shows in its first idle moment, and within this at the latest. */
export const SEND_WITHIN_MS = 1000;
/** Days-left text drifts; re-render now and then for pages left open. */
export const REFRESH_MS = 5 * 60_000;

export type SendOrdersSeen = (orders: ParsedOrderCard[], observedAt: Date) => Promise<OrderView[] | undefined>;

interface MountedBadge {
  card: Element;
  host: HTMLElement;
  mount: HTMLElement;
  order: ParsedOrderCard;
  /** The order came from the short read (readBadgeFacts): its products, store and total were not read. */
  shortRead: boolean;
  /** What the last render was computed from: the same inputs within the minute skip the summary. */
  inputKey?: string;
  /** What was last rendered; an identical render is skipped. */
  renderedKey?: string;
}

/**
 * One deadline badge per order card on My Orders. Cards are parsed and badged as soon as they
 * appear (first paint uses what the card itself says); the background's answer — stored and
 * estimated deadlines from earlier visits — then refines them.
 */
/** `openClaim`: the badge's details offer "Start a claim" (issue 5), opening the popup's claim screen. */
export function createOrderBadges(sendOrdersSeen: SendOrdersSeen, editor?: DeadlineEditor, openClaim?: (orderId: string) => void): Feature {
  return {
    id: 'order-badges',
    include: ['orders'],
    run: (context) => new BadgeBoard(context, sendOrdersSeen, editor, openClaim).start(),
  };
}

class BadgeBoard {
  private readonly badges = new Map<Element, MountedBadge>();
  private readonly views = new Map<string, OrderView>();
  /** Named in an open panel only: the first Intl.DateTimeFormat cost the My Orders start-up about 30 ms of script (2 cores). */
  private timeZone: string | undefined;
  private sawCard = false;
  /** The badge whose details panel is open; one at a time. */
  private openBadge: MountedBadge | undefined;
  private readonly queue: WorkQueue<Element>;
  /** Cards the background asked to have read in full (their order's products were never read). */
  private readonly readInFull = new Set<Element>();
  /** Cards parsed in the current slice. */
  private seen: ParsedOrderCard[] = [];
  /** Cards read but not yet told to the background, by order id (the latest reading wins). */
  private readonly unsent = new Map<string, ParsedOrderCard>();
  private unsentSince: Date | undefined;
  private cancelSend: (() => void) | undefined;

  constructor(
    private readonly context: FeatureContext,
    private readonly sendOrdersSeen: SendOrdersSeen,
    private readonly editor?: DeadlineEditor,
    private readonly openClaim?: (orderId: string) => void,
  ) {
    this.queue = new WorkQueue({ each: (card) => this.processCard(card), afterSlice: () => this.flushSeen() }, context.signal);
  }

  start(): void {
    const { document: doc, signal } = this.context;
    const observer = new MutationObserver((mutations) => this.onMutations(mutations));
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    const firstCardTimer = setTimeout(() => this.settleVerdict(), FIRST_CARD_TIMEOUT_MS);
    // One-off costs of the first badge (loading the message catalogue and the plural rules,
    // parsing the stylesheet: about 5 ms on 2 cores), paid while the page is idle rather
    // than when its cards appear.
    const cancelPrepare = whenIdle(() => {
      prepareOrderBadge();
      prepareSharedSheet(badgeCss);
    }, SEND_WITHIN_MS);
    const refreshTimer = setInterval(() => this.renderAll(), REFRESH_MS);
    // Close the open panel on Escape or a click outside it (composedPath sees into our shadow roots).
    const onPointerDown = (event: PointerEvent) => {
      if (this.openBadge && !event.composedPath().includes(this.openBadge.host)) this.setOpen(undefined);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && this.openBadge) this.setOpen(undefined, true);
    };
    // Cards still waiting for an idle moment are sent at once when the buyer leaves the page
    // (tab hidden, closed, or navigated away): a sighting must not be lost to the wait.
    const onHidden = () => {
      if (doc.visibilityState === 'hidden') this.sendUnsent();
    };
    doc.addEventListener('pointerdown', onPointerDown, true);
    doc.addEventListener('keydown', onKeyDown, true);
    doc.addEventListener('visibilitychange', onHidden);
    signal.addEventListener('abort', () => {
      doc.removeEventListener('pointerdown', onPointerDown, true);
      doc.removeEventListener('keydown', onKeyDown, true);
      doc.removeEventListener('visibilitychange', onHidden);
      observer.disconnect();
      clearTimeout(firstCardTimer);
      clearInterval(refreshTimer);
      cancelPrepare();
      this.sendUnsent(); // leaving My Orders inside the site: what was read still counts
      for (const badge of this.badges.values()) this.unmount(badge);
    });
    this.queue.add(findOrderCards(doc));
    // With no card read yet, a bot check is certain at once; other reasons wait for the list to
    // render. (With cards, the page is fine: no second parse of the whole list.)
    if (!this.sawCard) this.settleVerdict(['bot-check']);
  }

  private onMutations(mutations: MutationRecord[]): void {
    const touched = new Set<Element>();
    let removed = false;
    for (const mutation of mutations) {
      if (isOwnMutation(mutation)) continue;
      if (mutation.removedNodes.length > 0) removed = true;
      const target = mutation.target instanceof Element ? mutation.target : mutation.target.parentElement;
      const card = target?.closest(ORDERS_LIST.card);
      if (card) touched.add(card);
      for (const node of mutation.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(ORDERS_LIST.card)) touched.add(node);
        else for (const inner of findOrderCards(node)) touched.add(inner);
      }
    }
    if (removed) this.forgetDetachedCards();
    this.queue.add(touched);
  }

  /**
   * Read a card, (re)mount its badge and paint it from what the card says. The short read comes
   * first: the badge needs only the id, status, date and countdown, and on a return visit the
   * background has the rest (it asks for a full read of an order it lacks: applyViews).
   */
  private processCard(card: Element): void {
    const inFull = this.readInFull.delete(card);
    if (!card.isConnected) return;
    const observedAt = this.context.clock();
    const facts = inFull ? undefined : readBadgeFacts(card, observedAt);
    const result = facts ? recognised(facts) : parseOrderCard(card, observedAt);
    const existing = this.badges.get(card);
    if (!result.ok) {
      if (existing) this.unmount(existing);
      return;
    }
    const order = result.data;
    // A list that reconciles by index may reuse this card node for another order.
    let badge = existing && existing.order.orderId === order.orderId ? existing : undefined;
    if (existing && !badge) this.unmount(existing);
    badge ??= this.mount(card, order);
    badge.order = order;
    badge.shortRead = facts !== undefined;
    this.render(badge); // built while detached for a new badge: one insertion into the page
    this.ensureAttached(badge);
    this.seen.push(order);
  }

  /**
   * After a slice: the page is readable, and the background will refine what the cards said. The
   * badges already show what the cards say, so the message waits for the page to be idle: then the
   * background's work does not compete with the page drawing its new cards (measured on 2 cores:
   * sending at once added about a tenth to the page's main-thread time at 100 cards).
   */
  private flushSeen(): void {
    const orders = this.seen;
    if (orders.length === 0) return;
    this.seen = [];
    if (!this.sawCard) {
      this.sawCard = true;
      setParseState(this.context.document, 'ok');
    }
    for (const order of orders) this.unsent.set(order.orderId, order);
    this.unsentSince ??= this.context.clock();
    this.cancelSend ??= whenIdle(() => this.sendUnsent(), SEND_WITHIN_MS);
  }

  /** Also runs after the feature stopped: the cards were read; only their badges are gone (applyViews). */
  private sendUnsent(): void {
    this.cancelSend?.();
    this.cancelSend = undefined;
    const orders = [...this.unsent.values()];
    const observedAt = this.unsentSince ?? this.context.clock();
    this.unsent.clear();
    this.unsentSince = undefined;
    if (orders.length > 0) void this.refine(orders, observedAt);
  }

  private async refine(orders: ParsedOrderCard[], observedAt: Date): Promise<void> {
    const views = await this.sendOrdersSeen(orders, observedAt);
    if (!views) return;
    this.applyViews(views);
  }

  /**
   * Views from the background (a page sighting or a manual change) re-render their badges. Cards
   * read short whose order the background has never seen in full are read again, in full, and
   * told to it once more.
   */
  private applyViews(views: readonly OrderView[]): void {
    if (this.context.signal.aborted) return;
    const changed = new Set<string>();
    const needFullRead = new Set<string>();
    for (const view of views) {
      this.views.set(view.orderId, view);
      changed.add(view.orderId);
      if (view.needsFullRead) needFullRead.add(view.orderId);
    }
    const reread: Element[] = [];
    for (const badge of this.badges.values()) {
      if (!changed.has(badge.order.orderId)) continue;
      this.render(badge);
      if (badge.shortRead && needFullRead.has(badge.order.orderId)) {
        this.readInFull.add(badge.card);
        reread.push(badge.card);
      }
    }
    if (reread.length > 0) this.queue.add(reread);
  }

  private mount(card: Element, order: ParsedOrderCard): MountedBadge {
    const { host, mount } = createShadowHost(this.context.document, 'aca-order-badge', badgeCss);
    const badge: MountedBadge = { card, host, mount, order, shortRead: false };
    this.badges.set(card, badge);
    return badge;
  }

  /** In the header next to the status; re-inserted if the page re-rendered the header. */
  private ensureAttached(badge: MountedBadge): void {
    if (badge.card.contains(badge.host)) return;
    const anchor = badge.card.querySelector(ORDERS_LIST.badgeAnchor) ?? badge.card;
    anchor.append(badge.host);
  }

  private render(badge: MountedBadge, focusChip = false): void {
    const { order, host, mount } = badge;
    const now = this.context.clock();
    const candidates = this.views.get(order.orderId)?.deadlines ?? deriveDeadlines(factsFromCard(order));
    const open = this.openBadge === badge;
    const canUndo = this.editor?.canUndo(order.orderId);
    // The background's answer usually repeats what the card said: then there is nothing to redo
    // (measured: summarising 100 unchanged orders again cost ~6 ms of the page's main thread).
    const inputKey = `${order.status}|${open}|${canUndo}|${Math.floor(now.getTime() / 60_000)}|${JSON.stringify(candidates)}`;
    if (!focusChip && inputKey === badge.inputKey) return;
    badge.inputKey = inputKey;
    const summary = summariseOrder({ status: order.status, candidates, now });
    const key = shownKey(order, summary, open, canUndo, now);
    if (!focusChip && key === badge.renderedKey) return;
    badge.renderedKey = key;
    // Contract attributes: set with the render, so readers see what the badge shows.
    host.dataset.acaOrderId = order.orderId;
    host.dataset.acaStatus = order.status;
    host.dataset.acaDeadline = summary.dueDate ?? '';
    host.dataset.acaDeadlineSource = summary.shown?.source ?? 'none';
    host.dataset.acaUrgency = summary.urgency;
    host.toggleAttribute('data-aca-open', open);
    // Rebuilt whole on every render: a badge is a handful of nodes, cheaper than diffing.
    const hadFocus = focusChip || host.shadowRoot?.activeElement != null;
    mount.replaceChildren(
      OrderBadge({
        orderId: order.orderId,
        summary,
        now,
        timeZone: open ? (this.timeZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone) : '',
        open,
        onToggle: () => this.setOpen(this.openBadge === badge ? undefined : badge, true),
        manual: this.editor && open ? manualEntry(this.editor, order, (view) => this.applyViews([view])) : undefined,
        clock: this.context.clock,
        onStartClaim: this.openClaim && open ? () => this.openClaim!(order.orderId) : undefined,
      }),
    );
    if (hadFocus) mount.querySelector<HTMLElement>('button.chip')?.focus();
  }

  private setOpen(badge: MountedBadge | undefined, keepFocus = false): void {
    const previous = this.openBadge;
    this.openBadge = badge;
    if (previous && previous !== badge) this.render(previous, keepFocus && !badge);
    if (badge) this.render(badge, keepFocus);
  }

  private renderAll(): void {
    for (const badge of this.badges.values()) this.render(badge);
  }

  private unmount(badge: MountedBadge): void {
    if (this.openBadge === badge) this.openBadge = undefined;
    badge.host.remove();
    this.badges.delete(badge.card);
  }

  private forgetDetachedCards(): void {
    for (const badge of this.badges.values()) if (!badge.card.isConnected) this.unmount(badge);
  }

  /** No card after the wait (or a bot check): say so on <html>, and tell the buyer when useful. */
  private settleVerdict(onlyFor?: readonly UnrecognisedReason[]): void {
    if (this.sawCard || this.context.signal.aborted) return;
    const verdict = parseOrdersPage(this.context.document, this.context.clock());
    if (verdict.ok || (onlyFor && !onlyFor.includes(verdict.reason))) return;
    setParseState(this.context.document, 'unrecognised', verdict.reason);
    if (verdict.reason !== 'empty') showPageNotice(this.context, verdict.reason === 'bot-check' ? 'notice_botCheck' : 'notice_unreadable');
  }
}

/**
 * Everything the badge shows, as a string: equal keys render the same badge. A closed badge shows
 * only its chip and the contract attributes, so a deadline list that changed behind it (another
 * deadline further off, an estimate moved by a later sighting) redraws nothing until it is opened
 * (seen in the bench: on a return visit the background's answer differed for about one card in
 * ten, and each redraw cost the page another style and layout pass).
 */
function shownKey(order: ParsedOrderCard, summary: OrderSummary, open: boolean, canUndo: boolean | undefined, now: Date): string {
  const { shown, urgency, daysLeft, dueDate, nextStep } = summary;
  const chip = `${order.orderId}|${order.status}|${urgency}|${shown?.kind}|${shown?.source}|${daysLeft}|${dueDate}|${nextStep}`;
  if (!open) return chip;
  // The panel's "N days left" moves with the clock: an hour is fine enough for skipping.
  return `${chip}|open|${JSON.stringify(summary)}|${Math.floor(now.getTime() / 3_600_000)}|${canUndo}`;
}

/** The panel's manual-entry callbacks: a saved or undone date comes back as the order's new view. */
function manualEntry(editor: DeadlineEditor, order: ParsedOrderCard, apply: (view: OrderView) => void): BadgeManualEntry {
  const settle = (result: EditResult) => {
    if (!result.ok) return result.message;
    apply(result.view);
    return undefined;
  };
  return {
    status: order.status,
    canUndo: editor.canUndo(order.orderId),
    onSave: async (kind, dueAt) => settle(await editor.save(order.orderId, kind, dueAt)),
    onUndo: async () => settle(await editor.undo(order.orderId)),
  };
}

/** Our own insertions (badge hosts) must not wake the observer again. */
function isOwnMutation(mutation: MutationRecord): boolean {
  if (mutation.type !== 'childList') return false;
  const nodes = [...mutation.addedNodes, ...mutation.removedNodes];
  return nodes.length > 0 && nodes.every((node) => node instanceof Element && node.localName.startsWith('aca-'));
}
