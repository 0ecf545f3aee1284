import { ORDER_SITE_HOSTS } from '../pages/hosts';
import { Instant, ORDER_ID_PATTERN, PRODUCT_ID_PATTERN, STORE_ID_PATTERN, type Money } from '../schemas/common';
import type { CardCountdown, OrderButton, OrderProduct, OrderStatus, ParsedOrderCard } from '../schemas/order';
import { cardProblems } from './card-check';
import { buttonCode, buttonLocales } from './locale/buttons';
import { findCountdown, mayHoldCountdown } from './locale/countdown';
import { parseDate } from './locale/dates';
import type { Locale } from './locale/locales';
import { parsePrice, type MoneyOptions } from './locale/money';
import { normaliseStatus, statusLocales } from './locale/statuses';
import { recognised, unrecognised, type ParseResult } from './result';
import { ORDERS_LIST } from './selectors';
import { attrOf, bounded, cleanText, firstDigitRun, textOf } from './text';

/**
 * My Orders list → `ParsedOrderCard`s (PAGES.md section 1).
 *
 * Step 1 (`extractCard`) walks the card once, indexes its elements by the anchors in
 * `ORDERS_LIST`, and reads raw strings (text content and attributes only, never HTML). Step 2
 * (`normaliseCard`) turns them into fields with the locale tables and the zod schema. A field the
 * card does not state clearly is left out; a card without a readable order id is unrecognised.
 */

/** Schema maxima (lib/schemas/order.ts): a field that would not fit is left out, never cut. */
const MAX = { statusText: 200, storeName: 300, title: 6000, variant: 500, note: 500, countdownLine: 300, href: 2000 } as const;
const MAX_PRODUCTS = 200;
const MAX_BUTTONS = 30;
const MAX_NOTES = 20;
/** A card is small; past this much text we stop reading lines for a countdown. */
const MAX_CARD_TEXT = 50_000;
/** Past this many elements a "card" is not one we understand (hostile or broken markup). */
const MAX_CARD_ELEMENTS = 20_000;
/** Elements whose text runs on in the same line (every other element starts a new line). */
const INLINE_TAGS: ReadonlySet<string> = new Set([
  'SPAN', 'B', 'STRONG', 'EM', 'I', 'SMALL', 'SUB', 'SUP', 'FONT', 'LABEL', 'TIME', 'ABBR', 'MARK', 'U', 'S', 'A', 'BDI', 'BDO',
]);

const C = ORDERS_LIST.classes;
const INDEXED_CLASSES: ReadonlySet<string> = new Set(Object.values(C));
const SKIP = ORDERS_LIST.notCountdown;
const SKIP_CLASSES: ReadonlySet<string> = new Set(SKIP.classes);
const SKIP_TAGS: ReadonlySet<string> = new Set(SKIP.tags);
const DATA_PL_ANCHORS: ReadonlySet<string> = new Set(Object.values(ORDERS_LIST.dataPl));
/** The distinct beginnings of every class the walk looks for (`order-`, `expose`): a cheap first check. */
const CLASS_HINTS: readonly string[] = [...new Set([...INDEXED_CLASSES, ...SKIP_CLASSES].map((name) => name.slice(0, 6)))];
/** HTML's class separators: space, tab, line feed, form feed, carriage return. */
const CLASS_SEPARATORS = /[ \t\n\f\r]+/;
const NO_ELEMENTS: ReadonlySet<Element> = new Set();

// ---------------------------------------------------------------------------------------------
// Public API

/** The card elements in a root (document or subtree), in page order. */
export function findOrderCards(root: ParentNode): Element[] {
  try {
    return scanPage(root).cards;
  } catch {
    return [];
  }
}

/** One card. observedAt stamps a countdown found on the card. */
export function parseOrderCard(card: Element, observedAt: Date): ParseResult<ParsedOrderCard> {
  try {
    const raw = extractCard(card);
    return raw === undefined ? unrecognised('markup-changed', ['card']) : normaliseCard(raw, observedAt);
  } catch {
    return unrecognised('markup-changed', ['card']);
  }
}

/**
 * The short read of a card: what its badge shows (order id, status, date, countdown) and the
 * refund or dispute notes, which change while an order is open. An order's products, store and
 * total do not change, so once they are stored a return visit needs no more (the background asks
 * for a full read of an order it lacks them for). The rest of the result is what a reading that
 * could not see a field gives (no products, `productCount` 0, no buttons), which merging into the
 * stored order never lets erase anything (storage/merge-order.ts).
 * Undefined whenever the full read could see more, or might read these fields differently: text
 * that may hold a countdown outside one block of the card, an all-digit date whose day order only
 * the button labels could settle, anchors inside icons or scripts, more notes than a card may
 * keep, or parts that are not where the full read finds them first. The caller then reads the
 * card in full. observedAt stamps the countdown, as in the full read.
 */
export function readBadgeFacts(card: Element, observedAt: Date): ParsedOrderCard | undefined {
  try {
    if (card.getElementsByTagName('*').length > MAX_CARD_ELEMENTS) return undefined;
    const text = card.textContent ?? '';
    let countdown: CardCountdown | undefined;
    if (mayHoldCountdown(text)) {
      const block = text.length <= MAX_CARD_TEXT ? countdownBlock(card) : undefined;
      const lines = block && walkCard(block)?.lines;
      if (!lines) return undefined;
      countdown = readCountdown(lines, observedAt);
    }
    const notes = readNotes(card);
    if (notes === undefined) return undefined;
    const status = firstByClass(card, C.status);
    const headerInfo = firstByClass(card, C.headerInfo);
    const headerRight = firstByClass(card, C.headerRight);
    if (status === null || !headerInfo || headerRight === null) return undefined;
    const detailLink = firstLinkWith(headerRight ?? card, card, `${ORDERS_LIST.links.orderIdParam}=`);
    if (!detailLink) return undefined;
    const [dateBlock, idBlock] = childrenTagged(headerInfo, ORDERS_LIST.partTag);
    const raw: RawCard = {
      statusText: textOf(status),
      dateText: textOf(dateBlock),
      idText: textOf(idBlock),
      detailHref: attrOf(detailLink, 'href', MAX.href),
      storeHrefs: [],
      hasChoiceIcon: false,
      products: [],
      rowCount: 0,
      buttonLabels: [],
      notes,
      lines: [],
    };
    const orderId = readOrderId(raw);
    if (orderId === undefined) return undefined;
    const statusText = bounded(raw.statusText, MAX.statusText);
    const orderDate = readDateWithoutButtons(raw.dateText, statusText);
    if (orderDate === null) return undefined;
    const facts: ParsedOrderCard = compact({
      orderId,
      orderDate,
      status: statusText === undefined ? 'unknown' : normaliseStatus(statusText),
      statusText,
      isChoice: false,
      products: [],
      productCount: 0,
      buttons: [],
      countdown,
      notes: boundedNotes(notes),
    });
    return cardProblems(facts).length === 0 ? facts : undefined;
  } catch {
    return undefined;
  }
}

/** The whole page: ok with every card that parsed (and how many could not), or unrecognised:
 *  'bot-check' (#baxia-dialog-content, .baxia-dialog, #nc_1_wrapper, or text "slide to verify"),
 *  'empty' (the list container is there but has no cards), 'markup-changed' (no list container / cards, or no card parsed). */
export function parseOrdersPage(
  root: ParentNode,
  observedAt: Date,
): ParseResult<{ orders: ParsedOrderCard[]; unreadCards: number }> {
  try {
    const page = scanPage(root);
    if (page.botCheck) return unrecognised('bot-check');
    if (page.cards.length === 0) {
      if (showsBotCheckText(root)) return unrecognised('bot-check');
      if (page.list && !page.cardParts && !page.listChildren) return unrecognised('empty');
      return unrecognised('markup-changed', ['card']);
    }
    const orders: ParsedOrderCard[] = [];
    const missing = new Set<string>();
    for (const card of page.cards) {
      const result = parseOrderCard(card, observedAt);
      if (result.ok) orders.push(result.data);
      else for (const field of result.missing) missing.add(field);
    }
    if (orders.length === 0) return unrecognised('markup-changed', [...missing]);
    return recognised({ orders, unreadCards: page.cards.length - orders.length });
  } catch {
    return unrecognised('markup-changed', ['page']);
  }
}

// ---------------------------------------------------------------------------------------------
// The page: one walk that stops at each card (cards never hold cards, bot checks or lists)

interface PageScan {
  cards: Element[];
  botCheck: boolean;
  list: boolean;
  /** Elements with card-part classes outside any card (renamed cards?). */
  cardParts: boolean;
  /** The card group has children, readable as cards or not (redesigned cards?). */
  listChildren: boolean;
}

function scanPage(root: ParentNode): PageScan {
  const scan: PageScan = { cards: [], botCheck: false, list: false, cardParts: false, listChildren: false };
  const stack: Element[] = [];
  if (isElement(root)) stack.push(root);
  else for (let child = root.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (el.matches(ORDERS_LIST.card)) {
      scan.cards.push(el);
      continue;
    }
    if (!scan.botCheck && el.matches(ORDERS_LIST.botCheck)) scan.botCheck = true;
    if (!scan.list && el.matches(ORDERS_LIST.list)) scan.list = true;
    if (!scan.listChildren && el.matches(ORDERS_LIST.listChild)) scan.listChildren = true;
    if (!scan.cardParts && (el.getAttribute('class') ?? '').includes(ORDERS_LIST.cardClassPrefix)) scan.cardParts = true;
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return scan;
}

/** Bot-check words in the root's readable text (scripts and styles are not read). */
function showsBotCheckText(root: ParentNode): boolean {
  const text = readableText(isDocument(root) ? root.documentElement : root, 200_000);
  return text.toLowerCase().includes(ORDERS_LIST.botCheckText);
}

function readableText(root: Node | null, budget: number): string {
  let text = '';
  const stack: Node[] = root ? [root] : [];
  while (stack.length > 0 && text.length < budget) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) text += node.nodeValue ?? '';
    else if (isElement(node) && SKIP_TAGS.has(node.tagName.toUpperCase())) continue;
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// Step 1: the card, indexed in one walk, and its raw strings

interface CardIndex {
  /** Elements carrying an anchor class, by class, in document order. */
  byClass: Map<string, Element[]>;
  /** Links (`a`), in document order. */
  links: Element[];
  /** The first element with each anchor `data-pl` value. */
  byDataPl: Map<string, Element>;
  /** The card's free text, one entry per visual line (countdown candidates). */
  lines: string[];
}

/** Ends of elements during the walk: a block ends (break the line), a skipped block ends. */
const END_BLOCK = { end: 'block' } as const;
const END_SKIPPED = { end: 'skipped' } as const;
type WalkEntry = Node | typeof END_BLOCK | typeof END_SKIPPED;

/**
 * Walks the card once (iteratively: a hostile deep tree cannot overflow the stack). Lines are
 * the text as the eye sees it: block elements break lines, inline ones do not, and text inside
 * skipped elements (titles, prices … `ORDERS_LIST.notCountdown`) is left out of them.
 */
function indexCard(card: Element): CardIndex | undefined {
  // From a content script every node visited costs a wrapper and several binding calls. Most
  // cards hold no countdown: for them, let the browser find the anchors natively.
  if (!mayHoldCountdown(card.textContent ?? '')) return indexAnchors(card);
  return walkCard(card);
}

// Anchor classes, links and data-pl elements: what the walk indexes besides the text lines.
const ANCHOR_QUERY = [...[...INDEXED_CLASSES].map((name) => `.${name}`), 'a', '[data-pl]'].join(', ');
const SKIPPED_TAG_NAMES = SKIP.tags.map((tag) => tag.toLowerCase());

/**
 * Anchors inside icons, scripts or form fields of the card: usually none. Found from each such
 * element down (most have no element inside: images, inputs), not with one descendant selector,
 * which checks every anchor's ancestors up to the document root (on the bench page, once the code
 * is warm: 0.4 ms per 100 cards against 4.4 ms for that query).
 */
function anchorsInsideSkipped(card: Element): ReadonlySet<Element> {
  let inside: Set<Element> | undefined;
  for (const tag of SKIPPED_TAG_NAMES) {
    for (const skipped of card.getElementsByTagName(tag)) {
      if (skipped.firstElementChild === null) continue;
      for (const anchor of skipped.querySelectorAll(ANCHOR_QUERY)) (inside ??= new Set()).add(anchor);
    }
  }
  return inside ?? NO_ELEMENTS;
}

/** The walk's index without its text lines, found with native queries. */
function indexAnchors(card: Element): CardIndex | undefined {
  if (card.getElementsByTagName('*').length > MAX_CARD_ELEMENTS) return undefined;
  const index: CardIndex = { byClass: new Map(), links: [], byDataPl: new Map(), lines: [] };
  const insideSkipped = anchorsInsideSkipped(card);
  for (const el of card.querySelectorAll(ANCHOR_QUERY)) {
    // Like the walk: nothing inside icons, scripts or form fields; of those tags themselves only
    // the Choice icon is indexed.
    if (insideSkipped.has(el)) continue;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) && tag !== ORDERS_LIST.choiceIconTag) continue;
    indexClasses(index, el);
    if (tag === 'A') index.links.push(el);
    const dataPl = el.getAttribute('data-pl');
    if (dataPl !== null && DATA_PL_ANCHORS.has(dataPl) && !index.byDataPl.has(dataPl)) index.byDataPl.set(dataPl, el);
  }
  return index;
}

function walkCard(card: Element): CardIndex | undefined {
  const index: CardIndex = { byClass: new Map(), links: [], byDataPl: new Map(), lines: [] };
  let line = '';
  let textBudget = MAX_CARD_TEXT;
  let elementBudget = MAX_CARD_ELEMENTS;
  let skipping = 0;
  const flush = () => {
    if (line === '') return;
    const text = cleanText(line);
    if (text !== '') index.lines.push(text);
    line = '';
  };

  const stack: WalkEntry[] = [];
  for (let child = card.lastChild; child; child = child.previousSibling) stack.push(child);
  while (stack.length > 0) {
    const entry = stack.pop()!;
    if (entry === END_BLOCK) {
      flush();
      continue;
    }
    if (entry === END_SKIPPED) {
      skipping--;
      flush();
      continue;
    }
    const node = entry as Node;
    if (node.nodeType === TEXT_NODE) {
      if (skipping === 0 && textBudget > 0) {
        const value = node.nodeValue ?? '';
        textBudget -= value.length;
        // Past the budget the line in progress would be cut short: drop it, read no more text.
        line = textBudget >= 0 ? line + value : '';
      }
      continue;
    }
    if (!isElement(node)) continue;
    if (--elementBudget < 0) return undefined;

    const tag = node.tagName.toUpperCase();
    if (tag.startsWith(SKIP.ownTagPrefix)) continue; // our own badge: not the page's
    if (SKIP_TAGS.has(tag)) {
      // Icons, images, scripts: nothing to index (but the Choice icon) and no text inside.
      if (tag === ORDERS_LIST.choiceIconTag) indexClasses(index, node);
      continue;
    }
    const skipped = indexClasses(index, node);
    let skip = skipped;
    if (tag === 'A') {
      index.links.push(node);
      const href = node.getAttribute('href') ?? '';
      if (SKIP.linkPaths.some((path) => href.includes(path))) skip = true;
    }
    const dataPl = node.getAttribute('data-pl');
    if (dataPl !== null && DATA_PL_ANCHORS.has(dataPl) && !index.byDataPl.has(dataPl)) index.byDataPl.set(dataPl, node);
    // Inside a skipped block every element is skipped already: no need to look at its attributes.
    if (!skip && skipping === 0) skip = hasSkippedAttribute(node, dataPl);

    if (skip) {
      flush();
      skipping++;
      stack.push(END_SKIPPED);
    } else if (!INLINE_TAGS.has(tag)) {
      flush();
      stack.push(END_BLOCK);
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  flush();
  return index;
}

/** `[title]`, `[data-pl="order_item_header_info"]` … (`data-pl` is already read: pass it in). */
function hasSkippedAttribute(el: Element, dataPl: string | null): boolean {
  for (const [name, value] of SKIP.attributes) {
    const actual = name === 'data-pl' ? dataPl : el.getAttribute(name);
    if (actual !== null && (value === undefined || actual === value)) return true;
  }
  return false;
}

/** Records the element under each anchor class it carries; says whether a class skips its text. */
function indexClasses(index: CardIndex, el: Element): boolean {
  const classes = el.getAttribute('class');
  // Most elements carry only other classes (`es--char53--3wNmZgJ`, `comet-icon`): skip the split.
  if (!classes || !CLASS_HINTS.some((hint) => classes.includes(hint))) return false;
  let skipped = false;
  for (const name of classes.split(CLASS_SEPARATORS)) {
    if (name === '') continue;
    if (INDEXED_CLASSES.has(name)) {
      const list = index.byClass.get(name);
      if (list) list.push(el);
      else index.byClass.set(name, [el]);
    }
    if (SKIP_CLASSES.has(name)) skipped = true;
  }
  return skipped;
}

// The short read's lookups (readBadgeFacts): native queries, declining where the walk's index
// would differ (an element inside an icon, script or form field is not in the index).

/** The card's first element with the class; undefined when there is none, null when it sits where the index would skip it. */
function firstByClass(card: Element, name: string): Element | undefined | null {
  const el = card.getElementsByClassName(name)[0];
  if (el === undefined) return undefined;
  return insideSkipped(el, card) ? null : el;
}

/** The first link under `container` whose href contains `part`; undefined when none or when it would be skipped. */
function firstLinkWith(container: Element, card: Element, part: string): Element | undefined {
  for (const link of container.getElementsByTagName('a')) {
    if ((link.getAttribute('href') ?? '').includes(part)) return insideSkipped(link, card) ? undefined : link;
  }
  return undefined;
}

/**
 * The notes' texts, as the full read finds them: note elements inside an info block of the card's
 * bottom actions. Undefined (read in full) for a note inside an icon or script, or for more notes
 * than a card keeps, where the full read's count would decide which are kept.
 */
function readNotes(card: Element): string[] | undefined {
  const candidates = card.getElementsByClassName(C.note);
  if (candidates.length === 0) return [];
  if (candidates.length > MAX_NOTES) return undefined;
  const texts: string[] = [];
  for (const note of candidates) {
    if (insideSkipped(note, card)) return undefined;
    // The nearest info block is inside the actions exactly when any enclosing one is.
    const info = strictlyInside(card, note.closest(`.${C.exposeInfo}`));
    if (!info || !strictlyInside(card, info.closest(`.${C.bottomAction}`))) continue;
    const text = textOf(note);
    if (text !== undefined) texts.push(text);
  }
  return texts;
}

/**
 * The smallest block of the card that holds every line that may carry a countdown: the walk's
 * lines inside it are the card's lines that matter. Found from the card down, by testing the text
 * of each child block, and of each run of inline nodes between them, as a whole (the test never
 * misses a countdown in a part of the text it is given). Undefined when only the card itself
 * holds them all: then the card's whole walk decides.
 */
function countdownBlock(card: Element): Element | undefined {
  let block: Element = card;
  for (let next = onlyCountdownChild(block); next !== undefined; next = onlyCountdownChild(block)) block = next;
  return block === card ? undefined : block;
}

/** The one child that may hold a countdown, when it is a block the walk enters as it is and no other part of `parent` may. */
function onlyCountdownChild(parent: Element): Element | undefined {
  let found: Element | undefined;
  // Text nodes, inline elements and skipped ones run together into one text: more than their
  // lines, never less.
  let run = '';
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (!isElement(node) || !startsOwnLines(node)) {
      run += node.textContent ?? '';
      continue;
    }
    if (mayHoldCountdown(run)) return undefined;
    run = '';
    if (!mayHoldCountdown(node.textContent ?? '')) continue;
    if (found) return undefined;
    found = node;
  }
  return mayHoldCountdown(run) ? undefined : found;
}

/** A block whose text the walk reads in lines of its own: not inline, not skipped, not ours. */
function startsOwnLines(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (INLINE_TAGS.has(tag) || SKIP_TAGS.has(tag) || tag.startsWith(SKIP.ownTagPrefix)) return false;
  return !hasSkippedClass(el) && !hasSkippedAttribute(el, el.getAttribute('data-pl'));
}

function hasSkippedClass(el: Element): boolean {
  const classes = el.getAttribute('class');
  return classes !== null && classes.split(CLASS_SEPARATORS).some((name) => SKIP_CLASSES.has(name));
}

const strictlyInside = (card: Element, el: Element | null): Element | undefined =>
  el !== null && el !== card && card.contains(el) ? el : undefined;

/** Inside an icon, script or form field, or inside our own element, which the walk never enters. */
function insideSkipped(el: Element, card: Element): boolean {
  for (let node: Element | null = el; node && node !== card; node = node.parentElement) {
    const tag = node.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || tag.startsWith(SKIP.ownTagPrefix)) return true;
  }
  return false;
}

/**
 * The order date when the day order cannot matter or the status says it: an all-digit date is
 * day first in a language other than English, which the full read may also learn from the
 * button labels. Null when only those could settle it.
 */
function readDateWithoutButtons(dateText: string | undefined, statusText: string | undefined): string | undefined | null {
  if (dateText === undefined) return undefined;
  const locales = statusText === undefined ? [] : statusLocales(statusText);
  if (locales.length > 0 && !locales.includes('en')) return parseDate(dateText, { dayFirst: true });
  const monthFirst = parseDate(dateText, { dayFirst: false });
  return monthFirst === parseDate(dateText, { dayFirst: true }) ? monthFirst : null;
}

const within = (container: Element | undefined, el: Element): boolean => container === undefined || container.contains(el);
const allOf = (index: CardIndex, name: string, container?: Element): Element[] =>
  (index.byClass.get(name) ?? []).filter((el) => within(container, el));
const firstOf = (index: CardIndex, name: string, container?: Element): Element | undefined =>
  (index.byClass.get(name) ?? []).find((el) => within(container, el));
function childrenTagged(el: Element | undefined, tag: string): Element[] {
  const out: Element[] = [];
  for (let child = el?.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName.toUpperCase() === tag) out.push(child);
  }
  return out;
}
const linksIn = (index: CardIndex, container: Element | undefined, path: string): Element[] =>
  index.links.filter((a) => within(container, a) && (a.getAttribute('href') ?? '').includes(path));

interface RawProduct {
  href?: string;
  title?: string;
  variant?: string;
  priceText?: string;
  quantityText?: string;
}

interface RawCard {
  statusText?: string;
  dateText?: string;
  idText?: string;
  detailHref?: string;
  storeHrefs: string[];
  storeName?: string;
  hasChoiceIcon: boolean;
  /** The first `MAX_PRODUCTS` product rows. */
  products: RawProduct[];
  rowCount: number;
  thumbnailCount?: number;
  totalText?: string;
  buttonLabels: string[];
  notes: string[];
  lines: string[];
}

function extractCard(card: Element): RawCard | undefined {
  const index = indexCard(card);
  if (index === undefined) return undefined;

  const headerInfo = firstOf(index, C.headerInfo) ?? index.byDataPl.get(ORDERS_LIST.dataPl.headerInfo);
  const [dateBlock, idBlock] = childrenTagged(headerInfo, ORDERS_LIST.partTag);
  const detailLink =
    linksIn(index, firstOf(index, C.headerRight), `${ORDERS_LIST.links.orderIdParam}=`)[0] ??
    index.byDataPl.get(ORDERS_LIST.dataPl.detailLink);

  const store = firstOf(index, C.store);
  const storeLinks = linksIn(index, store, ORDERS_LIST.links.storePath);
  const storeNameEl = storeLinks[0] ? childrenTagged(storeLinks[0], ORDERS_LIST.storeNameTag)[0] ?? storeLinks[0] : undefined;
  const choiceIcon = firstOf(index, C.choiceIcon, store); // in the store block (the whole card if that is gone)

  const thumbnailList = firstOf(index, C.thumbnailList);
  const rows = thumbnailList ? [] : allOf(index, C.productRow);

  const buttonBars = index.byClass.get(C.buttonBar) ?? [];
  const buttons = allOf(index, C.button).filter((b) => buttonBars.some((bar) => bar.contains(b)));
  const bottom = index.byClass.get(C.bottomAction) ?? [];
  const exposeInfo = (index.byClass.get(C.exposeInfo) ?? []).filter((e) => bottom.some((b) => b.contains(e)));
  const notes = allOf(index, C.note).filter((n) => exposeInfo.some((e) => e.contains(n)));

  return {
    statusText: textOf(firstOf(index, C.status)),
    dateText: textOf(dateBlock),
    idText: textOf(idBlock),
    detailHref: attrOf(detailLink, 'href', MAX.href),
    storeHrefs: storeLinks.map((a) => attrOf(a, 'href', MAX.href)).filter((h) => h !== undefined),
    storeName: textOf(storeNameEl),
    hasChoiceIcon: choiceIcon !== undefined && choiceIcon.tagName.toUpperCase() === ORDERS_LIST.choiceIconTag,
    products: rows.slice(0, MAX_PRODUCTS).map((row) => extractProduct(index, row)),
    rowCount: rows.length,
    thumbnailCount: thumbnailList ? allOf(index, C.thumbnail, thumbnailList).length : undefined,
    totalText: textOf(firstOf(index, C.total)),
    buttonLabels: buttons.slice(0, MAX_BUTTONS + 1).map((b) => textOf(b) ?? ''),
    notes: notes
      .slice(0, MAX_NOTES + 1)
      .map((n) => textOf(n))
      .filter((n) => n !== undefined),
    lines: index.lines,
  };
}

function extractProduct(index: CardIndex, row: Element): RawProduct {
  const name = firstOf(index, C.productName, row);
  const link = linksIn(index, name ?? row, ORDERS_LIST.links.itemPath)[0];
  const titled = link ? findTitled(link) : undefined;
  const priceBlock = firstOf(index, C.priceBlock, row);
  return {
    href: attrOf(link, 'href', MAX.href),
    title: attrOf(titled, ORDERS_LIST.titleAttribute, MAX.title),
    variant: textOf(firstOf(index, C.variant, row)),
    priceText: textOf(childrenTagged(priceBlock, ORDERS_LIST.partTag)[0]),
    quantityText: textOf(firstOf(index, C.quantity, row)),
  };
}

/** `span[title]` inside the title link (a few elements at most). */
function findTitled(link: Element): Element | undefined {
  const stack: Element[] = [link];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (el.tagName.toUpperCase() === 'SPAN' && el.hasAttribute(ORDERS_LIST.titleAttribute)) return el;
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Step 2: fields, by table and schema

function normaliseCard(raw: RawCard, observedAt: Date): ParseResult<ParsedOrderCard> {
  const orderId = readOrderId(raw);
  if (orderId === undefined) return unrecognised('markup-changed', ['orderId']);

  const statusText = bounded(raw.statusText, MAX.statusText);
  const status: OrderStatus = statusText === undefined ? 'unknown' : normaliseStatus(statusText);
  const buttons: OrderButton[] = raw.buttonLabels.slice(0, MAX_BUTTONS).map(buttonCode);
  const orderDate = raw.dateText === undefined ? undefined : parseDate(raw.dateText, { dayFirst: showsNonEnglish(raw) });

  const storeId = readStoreId(raw.storeHrefs);
  const storeName = bounded(raw.storeName, MAX.storeName);
  const store = storeId !== undefined || storeName !== undefined ? compact({ id: storeId, name: storeName }) : undefined;

  const prices = readPrices(raw);
  let products: OrderProduct[] = raw.products.map((p, i) => readProduct(p, prices.units[i]));
  let productCount = raw.thumbnailCount ?? raw.rowCount;
  // A row with nothing readable is not a product row we understand (a renamed thumbnail list?):
  // then the rows cannot be counted either. 0 means "not read" (every real order has a product).
  if (products.some((p) => Object.keys(p).length === 0)) {
    products = [];
    productCount = 0;
  }
  const total = prices.total;
  const notes = boundedNotes(raw.notes);
  const countdown = readCountdown(raw.lines, observedAt);

  const card: ParsedOrderCard = compact({
    orderId,
    orderDate,
    status,
    statusText,
    store,
    isChoice: raw.hasChoiceIcon,
    products,
    productCount,
    total,
    buttons,
    countdown,
    notes,
  });
  // The schema's rules, by hand (lib/parsers/card-check.ts): zod's walk cost a tenth of the parse.
  const problems = cardProblems(card);
  return problems.length > 0 ? unrecognised('markup-changed', problems) : recognised(card);
}

/** The header's first 12+ digit run, checked against the detail link's `orderId=` when both are there. */
function readOrderId(raw: RawCard): string | undefined {
  const fromHeader = validOrNothing(ORDER_ID_PATTERN, raw.idText === undefined ? undefined : firstDigitRun(raw.idText, 12));
  const fromLink = validOrNothing(ORDER_ID_PATTERN, queryParam(siteLink(raw.detailHref), ORDERS_LIST.links.orderIdParam));
  if (fromHeader !== undefined && fromLink !== undefined && fromHeader !== fromLink) return undefined; // which one is true?
  return fromHeader ?? fromLink;
}

/** `//www.aliexpress.com/store/<id>`; links naming different stores name none. */
function readStoreId(hrefs: string[]): string | undefined {
  const ids = new Set<string>();
  for (const href of hrefs) {
    const match = ORDERS_LIST.links.store.exec(siteLink(href)?.path ?? '');
    const id = validOrNothing(STORE_ID_PATTERN, match?.[1]);
    if (id !== undefined) ids.add(id);
  }
  return ids.size === 1 ? [...ids][0] : undefined;
}

function readProduct(raw: RawProduct, unitPrice: Money | undefined): OrderProduct {
  const match = ORDERS_LIST.links.item.exec(siteLink(raw.href)?.path ?? '');
  return compact({
    productId: validOrNothing(PRODUCT_ID_PATTERN, match?.[1]),
    title: bounded(raw.title, MAX.title),
    variant: bounded(raw.variant, MAX.variant),
    unitPrice,
    quantity: readQuantity(raw.quantityText),
  });
}

/** `x2`, `×2`, `X 2`. */
function readQuantity(text: string | undefined): number | undefined {
  const match = /^[x×]\s?(\d{1,6})$/i.exec(text ?? '');
  if (!match) return undefined;
  const quantity = Number(match[1]);
  return quantity >= 1 && quantity <= 100_000 ? quantity : undefined;
}

/**
 * The total and unit prices. A bare `$` is US dollars only when every price on the card that
 * names its currency names USD (`US $`); otherwise it could be any dollar or peso, and stays
 * unread. One card is printed by one number format: prices that disagree on the decimal mark
 * (`US $1,049.99` beside `US $1,04`, a cut-off text) are all left out.
 */
function readPrices(raw: RawCard): { total?: Money; units: (Money | undefined)[] } {
  const texts = [raw.totalText, ...raw.products.map((p) => p.priceText)];
  let prices = texts.map((text) => (text === undefined ? undefined : parsePrice(text)));
  const explicit = prices.filter((p) => p !== undefined);
  if (explicit.length > 0 && explicit.every((p) => p.money.currency === 'USD')) {
    const usd: MoneyOptions = { bareDollar: 'USD' };
    prices = prices.map((price, i) => price ?? (texts[i]?.includes('$') ? parsePrice(texts[i]!, usd) : undefined));
  }
  const marks = new Set(prices.map((p) => p?.decimalMark).filter((m) => m !== undefined));
  if (marks.size > 1) return { units: raw.products.map(() => undefined) };
  const [total, ...units] = prices.map((p) => p?.money);
  return { total, units };
}

/**
 * Whether the card's own words (status, button labels) are in a language other than English:
 * then an all-digit date like `03/07/2026` is day first. Words shared with English prove nothing.
 */
function showsNonEnglish(raw: RawCard): boolean {
  const evidence: (readonly Locale[])[] = [
    raw.statusText === undefined ? [] : statusLocales(raw.statusText),
    ...raw.buttonLabels.map(buttonLocales),
  ];
  return evidence.some((locales) => locales.length > 0 && !locales.includes('en'));
}

/** The one countdown the card's free text states; lines that disagree give none. */
function readCountdown(lines: string[], observedAt: Date): CardCountdown | undefined {
  if (!Number.isFinite(observedAt.getTime())) return undefined;
  let found: CardCountdown | undefined;
  for (const line of lines) {
    if (line.length > MAX.countdownLine || !/\d/.test(line)) continue;
    const countdown = findCountdown(line);
    if (countdown === undefined) continue;
    if (found !== undefined && found.remainingMs !== countdown.remainingMs) return undefined;
    found ??= { text: line, remainingMs: countdown.remainingMs, observedAt: observedAt.toISOString() };
  }
  return found && Instant.safeParse(found.observedAt).success ? found : undefined;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;

function isElement(node: unknown): node is Element {
  return (node as Node | null)?.nodeType === ELEMENT_NODE;
}

function isDocument(node: unknown): node is Document {
  return (node as Node | null)?.nodeType === DOCUMENT_NODE;
}

/** A link on an AliExpress order site: its path and query, or undefined for any other link. */
interface SiteLink {
  path: string;
  query: string;
}

/**
 * `//www.aliexpress.com/store/123`, `https://pt.aliexpress.com/item/1.html`, `/p/order/detail.html?orderId=…`.
 * Anything else — another host, `user@host`, a port, `javascript:`, backslashes, spaces — is no
 * link of ours. (A small reader rather than `new URL`, which costs more than the rest of a card.)
 */
function siteLink(href: string | undefined): SiteLink | undefined {
  if (href === undefined || /[\s\\]/.test(href)) return undefined;
  const match = /^(?:(?:https?:)?\/\/([^/?#]*))?(\/[^?#]*)?(\?[^#]*)?(?:#.*)?$/i.exec(href);
  if (!match) return undefined;
  const [, host, path = '/', query = ''] = match;
  if (host !== undefined && !ORDER_SITE_HOSTS.includes(host.toLowerCase())) return undefined;
  return { path, query };
}

/** A query parameter, raw (the values we read are digits, validated after: no decoding needed). */
function queryParam(link: SiteLink | undefined, name: string): string | undefined {
  for (const pair of link?.query.slice(1).split('&') ?? []) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq) === name) return pair.slice(eq + 1);
  }
  return undefined;
}

/** The notes a card keeps: each within the schema's length, at most `MAX_NOTES`. */
function boundedNotes(texts: string[]): string[] {
  return texts
    .map((n) => bounded(n, MAX.note))
    .filter((n) => n !== undefined)
    .slice(0, MAX_NOTES);
}

/** The value when it has the schema's pattern (lib/schemas/common.ts). */
function validOrNothing(pattern: RegExp, value: string | undefined): string | undefined {
  return value !== undefined && pattern.test(value) ? value : undefined;
}

/** The object without its undefined fields, so a missing field is absent rather than `undefined`. */
function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (field !== undefined) out[key] = field;
  return out as T;
}
