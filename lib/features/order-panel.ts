import { OrderPanel, type SaveState } from '@/components/order-panel/OrderPanel';
import panelCss from '@/components/order-panel/panel.css?inline';
import { deriveDetailDeadlines } from '../domain/detail-deadlines';
import type { DetailFacts } from '../domain/detail-facts';
import { summariseOrder } from '../domain/order-summary';
import { selectDeadlines } from '../domain/select-deadlines';
import type { OrderView } from '../messaging/protocol';
import { ORDER_DETAIL, TRACKING } from '../parsers/detail-selectors';
import { combineDetail, combineTracking } from '../parsers/combine-readings';
import { parseOrderDetailJson } from '../parsers/json/order-detail-json';
import { parseOrderDetailPage } from '../parsers/order-detail';
import { parseTrackingJson, parseTrackingPage } from '../parsers/tracking';
import { listenForPageJson, type PageJsonSource } from './page-json';
import type { Deadline } from '../schemas/deadline';
import type { DeadlineMoves } from '../schemas/deadline-history';
import type { OrderStatus } from '../schemas/order';
import type { ParsedOrderDetail, ParsedTracking } from '../schemas/order-detail';
import type { Feature, FeatureContext } from './registry';
import { setParseState } from './page-state';
import { createShadowHost } from './shadow-host';

/** How long a client-rendered detail page may take to show its status block. */
export const CONTENT_TIMEOUT_MS = 10_000;
const REFRESH_MS = 5 * 60_000;
/** After the first reading, page changes are read again at most this often (the app renders in steps). */
export const REREAD_MS = 300;

export interface DetailAnswer {
  order: OrderView | null;
  history: DeadlineMoves[];
}
export interface OrderPanelSenders {
  detailSeen(detail: ParsedOrderDetail, observedAt: Date): Promise<DetailAnswer | undefined>;
  trackingSeen(tracking: ParsedTracking, observedAt: Date): Promise<DetailAnswer | undefined>;
  /** "Start a claim" in the panel (issue 5): opens the popup's claim screen; absent: no link. */
  openClaim?(orderId: string): void;
}

/**
 * The order's deadlines next to the status block of the order detail page (and a small copy on
 * the tracking page). The first paint uses what this page says; the background's answer — the
 * stored first-hand dates with their history, estimates, manual dates — then refines it.
 */
export function createOrderPanel(
  send: OrderPanelSenders,
  // The page's own JSON, handed over by the page-world script (entrypoints/page-json.content.ts).
  pageJson: (context: FeatureContext) => PageJsonSource = (context) => listenForPageJson(context.document, context.signal),
): Feature {
  return {
    id: 'order-panel',
    include: ['order-detail', 'tracking'],
    run: (context) => new PanelController(context, send, pageJson(context)).start(),
  };
}

interface PanelState {
  orderId: string;
  status: OrderStatus;
  candidates: Deadline[];
  history: DeadlineMoves[];
  extendTimeOffered: boolean;
  refundInProgress: boolean;
  sellerChatUrl?: string;
  saveState: SaveState;
}

class PanelController {
  private host: HTMLElement | undefined;
  private mount: HTMLElement | undefined;
  private state: PanelState | undefined;
  private done = false;
  private readonly timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  private readonly orderId: string | undefined;
  /** The page's own JSON answer for this order, when the page-world observer handed one over. */
  private jsonDetail: ParsedOrderDetail | undefined;
  private jsonTracking: ParsedTracking | undefined;
  /** What was last sent to the background, so a JSON answer that adds nothing sends nothing. */
  private sentKey = '';
  private rereadTimer: ReturnType<typeof setTimeout> | undefined;
  /** Answers to an earlier reading that arrive after a later one was sent are dropped. */
  private sent = 0;
  private answered: Deadline[] = [];

  constructor(
    private readonly context: FeatureContext,
    private readonly send: OrderPanelSenders,
    private readonly pageJson: PageJsonSource | undefined,
  ) {
    const param = context.pageKind === 'tracking' ? 'tradeOrderId' : 'orderId';
    this.orderId = context.url.searchParams.get(param) ?? undefined;
  }

  start(): void {
    const { document: doc, signal } = this.context;
    const observer = new MutationObserver((mutations) => {
      if (mutations.every(isOwnMutation)) return;
      this.tryRead();
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    const timeout = setTimeout(() => {
      if (!this.done) setParseState(doc, 'unrecognised', 'markup-changed');
    }, CONTENT_TIMEOUT_MS);
    const refresh = setInterval(() => this.render(), REFRESH_MS);
    signal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(timeout);
      clearTimeout(this.rereadTimer);
      clearInterval(refresh);
      this.host?.remove();
    });
    this.listenForJson();
    this.tryRead();
  }

  /** The page's JSON, validated by its parser; anything unusable is ignored (the DOM stands). */
  private listenForJson(): void {
    if (!this.pageJson || this.orderId === undefined) return;
    const orderId = this.orderId;
    const unsubscribe =
      this.context.pageKind === 'order-detail'
        ? this.pageJson.subscribe('mtop.aliexpress.trade.buyer.order.detail', (_api, body) => {
            const result = parseOrderDetailJson(body);
            if (!result.ok || result.data.orderId !== orderId) return;
            this.jsonDetail = result.data;
            this.tryRead(true); // a new reading even after the DOM's
          })
        : this.pageJson.subscribe('mtop.ae.ld.querydetail', (_api, body) => {
            const result = parseTrackingJson(body, orderId, this.context.clock());
            if (!result.ok) return;
            this.jsonTracking = result.data;
            this.tryRead(true);
          });
    this.context.signal.addEventListener('abort', unsubscribe);
  }

  /** Read the page once its content is there; afterwards keep the panel attached. */
  private tryRead(fresh = false): void {
    if (this.context.signal.aborted) return;
    if (this.done && !fresh) {
      this.ensureAttached();
      // More of the page may have rendered (promise lines, products): read again, sending only
      // when the reading changed.
      this.rereadTimer ??= setTimeout(() => {
        this.rereadTimer = undefined;
        this.tryRead(true);
      }, REREAD_MS);
      return;
    }
    if (this.context.pageKind === 'order-detail') this.readDetail();
    else this.readTracking();
  }

  private readDetail(): void {
    const doc = this.context.document;
    if (!doc.querySelector(ORDER_DETAIL.statusBlock)) return;
    const dom = parseOrderDetailPage(doc);
    if (!dom.ok && dom.reason === 'bot-check') {
      setParseState(doc, 'unrecognised', 'bot-check');
      return;
    }
    const domDetail = dom.ok && dom.data.orderId === this.orderId ? dom.data : undefined;
    const detail = combineDetail(domDetail, this.jsonDetail);
    // Not readable yet (the page may still be rendering: the observer calls again), or another
    // order's block (a stale render).
    if (!detail || detail.orderId !== this.orderId) return;
    const key = JSON.stringify(detail);
    if (key === this.sentKey) return;
    this.sentKey = key;
    this.done = true;
    setParseState(doc, 'ok');
    const observedAt = this.context.clock();
    const facts: DetailFacts = {
      orderId: detail.orderId,
      status: detail.status,
      ...optional('placedDate', detail.placedDate),
      ...optional('completedDate', detail.completedDate),
      windows: detail.windows,
      freeReturn: detail.freeReturn,
      detailSeenAt: observedAt.toISOString(),
      delivered: false,
    };
    this.show({
      orderId: detail.orderId,
      status: detail.status,
      candidates: deriveDetailDeadlines(facts),
      extendTimeOffered: detail.extendTimeOffered,
      refundInProgress: detail.refundInProgress,
      ...optional('sellerChatUrl', detail.sellerChatUrl),
    });
    const sent = ++this.sent;
    void this.send.detailSeen(detail, observedAt).then((answer) => sent === this.sent && this.refine(answer));
  }

  private readTracking(): void {
    const doc = this.context.document;
    if (this.orderId === undefined) return;
    const observedAt = this.context.clock();
    const hasDom = doc.querySelector(`${TRACKING.trackingNumber}, ${TRACKING.arrival}`) !== null;
    const dom = hasDom ? parseTrackingPage(doc, this.orderId, observedAt) : undefined;
    const tracking = combineTracking(dom?.ok ? dom.data : undefined, this.jsonTracking);
    if (!tracking) return;
    const key = JSON.stringify(tracking);
    if (key === this.sentKey) return;
    this.sentKey = key;
    this.done = true;
    setParseState(doc, 'ok');
    const facts: DetailFacts = {
      orderId: tracking.orderId,
      status: 'unknown',
      windows: [],
      freeReturn: false,
      ...optional('refundIfNoDeliveryBefore', tracking.refundIfNoDeliveryBefore),
      ...optional('couponIfDelayedBy', tracking.couponIfDelayedBy),
      delivered: tracking.delivered,
      ...optional('deliveredDate', tracking.latestEvent?.delivered ? tracking.latestEvent.date : undefined),
      trackingSeenAt: observedAt.toISOString(),
    };
    this.show({
      orderId: tracking.orderId,
      status: this.state?.status ?? 'unknown',
      candidates: deriveDetailDeadlines(facts),
      extendTimeOffered: false,
      refundInProgress: false,
    });
    const sent = ++this.sent;
    void this.send.trackingSeen(tracking, observedAt).then((answer) => sent === this.sent && this.refine(answer));
  }

  /**
   * Paint from this page's reading. What the background said last (manual dates, the list's
   * estimates, history) stays in until its next answer: selection prefers the fresher reading.
   */
  private show(reading: Omit<PanelState, 'history' | 'saveState'>): void {
    this.state = {
      ...reading,
      candidates: [...reading.candidates, ...this.answered],
      history: this.state?.history ?? [],
      saveState: this.state?.saveState ?? 'pending',
    };
    this.render();
  }

  private refine(answer: DetailAnswer | undefined): void {
    if (!this.state || this.context.signal.aborted) return;
    if (!answer?.order) {
      this.state.saveState = 'failed';
    } else {
      this.state.saveState = 'saved';
      // The stored view knows everything: earlier visits, the list's estimates, manual dates.
      this.state.candidates = answer.order.deadlines;
      this.answered = answer.order.deadlines;
      this.state.history = answer.history;
      if (this.state.status === 'unknown') this.state.status = answer.order.status;
    }
    this.render();
  }

  private render(): void {
    const state = this.state;
    if (!state) return;
    if (!this.host) {
      const { host, mount } = createShadowHost(this.context.document, 'aca-order-panel', panelCss);
      this.host = host;
      this.mount = mount;
    }
    const now = this.context.clock();
    const summary = summariseOrder({ status: state.status, candidates: state.candidates, now });
    const host = this.host;
    host.dataset.acaOrderId = state.orderId;
    host.dataset.acaStatus = state.status;
    host.dataset.acaDeadline = summary.dueDate ?? '';
    host.dataset.acaDeadlineSource = summary.shown?.source ?? 'none';
    host.dataset.acaUrgency = summary.urgency;
    host.dataset.acaSaved = state.saveState;
    this.mount!.replaceChildren(
      OrderPanel({
        orderId: state.orderId,
        summary,
        deadlines: selectDeadlines(state.candidates),
        history: state.history,
        extendTimeOffered: state.extendTimeOffered,
        refundInProgress: state.refundInProgress,
        ...optional('sellerChatUrl', state.sellerChatUrl),
        saveState: state.saveState,
        now,
        timeZone: this.timeZone,
        ...(this.send.openClaim ? { onStartClaim: () => this.send.openClaim!(state.orderId) } : {}),
      }),
    );
    this.ensureAttached();
  }

  /** Right after the status block (detail) or the arrival block (tracking); again if the page re-rendered. */
  private ensureAttached(): void {
    const host = this.host;
    if (!host) return;
    const doc = this.context.document;
    const anchor =
      this.context.pageKind === 'order-detail'
        ? doc.querySelector(ORDER_DETAIL.statusBlock)
        : (doc.querySelector(TRACKING.arrival)?.parentElement ?? doc.querySelector(TRACKING.trackingNumber)?.parentElement);
    if (!anchor) return;
    if (host.isConnected && host.previousElementSibling === anchor) return;
    anchor.after(host);
  }
}

function isOwnMutation(mutation: MutationRecord): boolean {
  const nodes = [...mutation.addedNodes, ...mutation.removedNodes];
  return nodes.length > 0 && nodes.every((node) => node instanceof Element && node.localName.startsWith('aca-'));
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
