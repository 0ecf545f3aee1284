import { describe, expect, it } from 'vitest';
import { findOrderCards, parseOrderCard, readBadgeFacts } from '@/lib/parsers/orders-list';
import { ORDERS_LIST } from '@/lib/parsers/selectors';
import { badgeFactsOf, loadOrdersPage, ordersFixtures } from './helpers/fixtures';

/**
 * The short read (readBadgeFacts): the badge's facts of an order read in full before (id, status,
 * date, countdown), and its notes. Wherever it answers it must say what the full read says;
 * wherever the full read could say more or read otherwise (countdown text it cannot place in one
 * block, a day order only the buttons settle), it must not answer.
 */

const OBSERVED_AT = new Date('2026-11-23T12:00:00.000Z');
const fixtures = ordersFixtures();
const C = ORDERS_LIST.classes;

const factsOfFullRead = (card: Element) => {
  const full = parseOrderCard(card, OBSERVED_AT);
  return full.ok ? badgeFactsOf(full.data) : undefined;
};

/** A copy of a fixture's first card that the short read answers for, to change one thing in. */
function plainCard(): Element {
  for (const fixture of fixtures) {
    for (const card of findOrderCards(loadOrdersPage(fixture.html))) {
      if (readBadgeFacts(card, OBSERVED_AT)) return card.cloneNode(true) as Element;
    }
  }
  throw new Error('no fixture card the short read answers for');
}
const part = (card: Element, name: string) => card.getElementsByClassName(name)[0]!;

describe.runIf(fixtures.length > 0)('readBadgeFacts on the saved pages', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s: agrees with the full read wherever it answers', (_name, fixture) => {
    const cards = findOrderCards(loadOrdersPage(fixture.html));
    let answered = 0;
    for (const card of cards) {
      const facts = readBadgeFacts(card, OBSERVED_AT);
      if (!facts) continue;
      answered++;
      expect(facts).toEqual(factsOfFullRead(card));
    }
    // Most cards carry no countdown: the short read must be the common case.
    expect(answered, `${answered} of ${cards.length} cards`).toBeGreaterThanOrEqual(Math.ceil(cards.length / 3));
  });

  it('reads the countdown wherever the full read finds one, or declines the card', () => {
    let read = 0;
    for (const fixture of fixtures) {
      for (const card of findOrderCards(loadOrdersPage(fixture.html))) {
        const full = parseOrderCard(card, OBSERVED_AT);
        if (!full.ok || full.data.countdown === undefined) continue;
        const facts = readBadgeFacts(card, OBSERVED_AT);
        if (facts === undefined) continue;
        expect(facts.countdown, `${fixture.name} ${full.data.orderId}`).toEqual(full.data.countdown);
        read++;
      }
    }
    // On the saved pages each countdown sits in a block of its own: the short read finds it.
    expect(read).toBeGreaterThan(0);
  });

  it('reads the refund and dispute notes of the cards without a countdown', () => {
    let withNotes = 0;
    for (const fixture of fixtures) {
      for (const card of findOrderCards(loadOrdersPage(fixture.html))) {
        const full = parseOrderCard(card, OBSERVED_AT);
        if (!full.ok || full.data.countdown !== undefined || full.data.notes.length === 0) continue;
        expect(readBadgeFacts(card, OBSERVED_AT)?.notes, `${fixture.name} ${full.data.orderId}`).toEqual(full.data.notes);
        withNotes++;
      }
    }
    expect(withNotes).toBeGreaterThan(0);
  });
});

/** The card's bottom actions with one more note, in a new info block. */
function addNote(card: Element, text: string, where: (block: Element) => void = (block) => card.append(block)): Element {
  const doc = card.ownerDocument;
  const actions = doc.createElement('div');
  actions.className = C.bottomAction;
  const info = doc.createElement('div');
  info.className = C.exposeInfo;
  const note = doc.createElement('div');
  note.className = C.note;
  note.textContent = text;
  info.append(note);
  actions.append(info);
  where(actions);
  return note;
}

describe.runIf(fixtures.length > 0)('readBadgeFacts reads notes as the full read does', () => {
  it('a refund note in the bottom actions', () => {
    const card = plainCard();
    addNote(card, '  Refund   completed ');
    const facts = readBadgeFacts(card, OBSERVED_AT);
    expect(facts?.notes).toEqual(['Refund completed']);
    expect(facts).toEqual(factsOfFullRead(card));
  });

  it('a note outside the bottom actions is no note, for both reads', () => {
    const card = plainCard();
    const note = card.ownerDocument.createElement('div');
    note.className = C.note;
    note.textContent = 'Refund completed';
    card.append(note);
    expect(readBadgeFacts(card, OBSERVED_AT)?.notes).toEqual([]);
    expect(readBadgeFacts(card, OBSERVED_AT)).toEqual(factsOfFullRead(card));
  });

  it('an info block outside the bottom actions holds no note, for both reads', () => {
    const card = plainCard();
    const note = addNote(card, 'Dispute opened');
    const info = note.parentElement!;
    info.parentElement!.replaceWith(info);
    expect(readBadgeFacts(card, OBSERVED_AT)?.notes).toEqual([]);
    expect(readBadgeFacts(card, OBSERVED_AT)).toEqual(factsOfFullRead(card));
  });

  it('an empty note and one longer than a note may be are left out, for both reads', () => {
    const card = plainCard();
    addNote(card, '   ');
    addNote(card, 'x'.repeat(501));
    addNote(card, 'Refund in progress');
    expect(readBadgeFacts(card, OBSERVED_AT)?.notes).toEqual(['Refund in progress']);
    expect(readBadgeFacts(card, OBSERVED_AT)).toEqual(factsOfFullRead(card));
  });

  it('declines a note inside an icon (the full read skips it)', () => {
    const card = plainCard();
    const note = addNote(card, 'Refund completed');
    const svg = card.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'svg');
    note.replaceWith(svg);
    svg.append(note);
    expect(readBadgeFacts(card, OBSERVED_AT)).toBeUndefined();
  });

  it('declines more notes than a card keeps (the full read decides which stay)', () => {
    const card = plainCard();
    for (let i = 0; i <= 20; i++) addNote(card, `Note ${i}`);
    expect(readBadgeFacts(card, OBSERVED_AT)).toBeUndefined();
    const full = parseOrderCard(card, OBSERVED_AT);
    expect(full.ok && full.data.notes).toHaveLength(20);
  });
});

const DAY_MS = 86_400_000;
const countdownLine = (card: Element, text: string) => Object.assign(card.ownerDocument.createElement('div'), { textContent: text });

describe.runIf(fixtures.length > 0)('readBadgeFacts reads a countdown as the full read does', () => {
  it('a countdown line in a block of its own', () => {
    const card = plainCard();
    card.append(countdownLine(card, 'Buyer protection: 12 days left'));
    const facts = readBadgeFacts(card, OBSERVED_AT);
    expect(facts?.countdown).toEqual({ text: 'Buyer protection: 12 days left', remainingMs: 12 * DAY_MS, observedAt: OBSERVED_AT.toISOString() });
    expect(facts).toEqual(factsOfFullRead(card));
  });

  it('a countdown whose number and unit sit in separate inline elements', () => {
    const card = plainCard();
    const line = countdownLine(card, '');
    line.innerHTML = 'Buyer protection: <b>9</b> <span>days</span> <i>4 hours</i> left';
    card.append(line);
    const facts = readBadgeFacts(card, OBSERVED_AT);
    expect(facts?.countdown?.remainingMs).toBe(9 * DAY_MS + 4 * 3_600_000);
    expect(facts).toEqual(factsOfFullRead(card));
  });

  it('countdown-like text that a nested block splits into two lines is no countdown, for both reads', () => {
    const card = plainCard();
    const line = countdownLine(card, '');
    // The block's text reads "5 days"; its lines are "5" and "days".
    line.innerHTML = '<span>5 </span><div></div><span>days</span>';
    card.append(line);
    const facts = readBadgeFacts(card, OBSERVED_AT);
    expect(facts).toBeDefined();
    expect(facts?.countdown).toBeUndefined();
    expect(facts).toEqual(factsOfFullRead(card));
  });
});

describe.runIf(fixtures.length > 0)('readBadgeFacts declines where the full read could differ', () => {
  it('countdown text in the card itself, outside any block', () => {
    const card = plainCard();
    card.append('Buyer protection: 12 days left');
    expect(readBadgeFacts(card, OBSERVED_AT)).toBeUndefined();
    expect(parseOrderCard(card, OBSERVED_AT)).toMatchObject({ ok: true, data: { countdown: { remainingMs: 12 * DAY_MS } } });
  });

  it('countdown-like text in a block the full read leaves out (a titled one)', () => {
    const card = plainCard();
    const titled = countdownLine(card, 'Ships in 5 days');
    titled.setAttribute('title', 'Ships in 5 days');
    card.append(titled);
    expect(readBadgeFacts(card, OBSERVED_AT)).toBeUndefined();
    const full = parseOrderCard(card, OBSERVED_AT);
    expect(full.ok && full.data.countdown).toBeUndefined();
  });

  it('countdown text in two blocks', () => {
    const card = plainCard();
    card.append(countdownLine(card, 'Buyer protection: 12 days left'), countdownLine(card, 'Confirm within 3 days'));
    expect(readBadgeFacts(card, OBSERVED_AT)).toBeUndefined();
  });

  it('an all-digit date with an English status (the buttons decide the day order)', () => {
    const card = plainCard();
    part(card, C.headerInfo).children[0]!.textContent = 'Date: 03/07/2026';
    part(card, C.status).textContent = 'Awaiting delivery';
    expect(readBadgeFacts(card, OBSERVED_AT)).toBeUndefined();
  });

  it('an all-digit date with a Portuguese status is read day first, like the full read', () => {
    const card = plainCard();
    part(card, C.headerInfo).children[0]!.textContent = 'Data: 03/07/2026';
    part(card, C.status).textContent = 'Aguardando a entrega';
    const facts = readBadgeFacts(card, OBSERVED_AT);
    expect(facts?.orderDate).toBe('2026-07-03');
    expect(facts).toEqual(factsOfFullRead(card));
  });

  it('a status inside an icon (the full read skips it)', () => {
    const card = plainCard();
    const svg = card.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const fake = card.ownerDocument.createElement('span');
    fake.className = C.status;
    fake.textContent = 'Completed';
    svg.append(fake);
    part(card, C.headerInfo).before(svg);
    card.prepend(svg);
    expect(readBadgeFacts(card, OBSERVED_AT)).toBeUndefined();
  });

  it('a status inside our own badge element (the walk of a countdown card never enters it)', () => {
    const card = plainCard();
    card.append(countdownLine(card, 'Buyer protection: 12 days left'));
    const host = card.ownerDocument.createElement('aca-order-badge');
    const fake = card.ownerDocument.createElement('span');
    fake.className = C.status;
    fake.textContent = 'Completed';
    host.append(fake);
    card.prepend(host);
    expect(readBadgeFacts(card, OBSERVED_AT)).toBeUndefined();
  });

  it('a header id that the detail link contradicts', () => {
    const card = plainCard();
    const link = part(card, C.headerRight).getElementsByTagName('a')[0]!;
    link.setAttribute('href', '//www.aliexpress.com/p/order/detail.html?orderId=1111111111111111');
    expect(readBadgeFacts(card, OBSERVED_AT)).toBeUndefined();
    expect(parseOrderCard(card, OBSERVED_AT).ok).toBe(false);
  });

  it('no detail link in the header', () => {
    const card = plainCard();
    part(card, C.headerRight).getElementsByTagName('a')[0]!.remove();
    expect(readBadgeFacts(card, OBSERVED_AT)).toBeUndefined();
  });

  it('no header info block (the full read would look for its data-pl)', () => {
    const card = plainCard();
    part(card, C.headerInfo).classList.remove(C.headerInfo);
    expect(readBadgeFacts(card, OBSERVED_AT)).toBeUndefined();
  });

  it('a card that is not one (no order id)', () => {
    const card = plainCard();
    part(card, C.headerInfo).children[1]!.textContent = 'Ref. Number: none';
    part(card, C.headerRight).getElementsByTagName('a')[0]!.setAttribute('href', '//www.aliexpress.com/p/order/detail.html');
    expect(readBadgeFacts(card, OBSERVED_AT)).toBeUndefined();
  });
});
