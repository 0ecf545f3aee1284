import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orders as sampleOrders } from '../../scripts/fixtures/data/orders-2026-en.mjs';
import { renderOrdersPage, type FixtureOrder } from '../../scripts/fixtures/orders-page.mjs';
import { ORDERS_URL, openSession, readBadges, sendFromExtension, waitForAllBadges, watchedPage, type Session } from './harness';

// One shipped order without a countdown, seen twice: shipped on the first visit, completed on
// the second. What the extension learned in between must show on the badge.
const shipped = sampleOrders.find((o) => o.status === 'shipped' && !o.countdownText)!;
const completed: FixtureOrder = {
  ...shipped,
  statusText: 'Completed',
  status: 'completed',
  buttons: [{ text: 'Leave feedback', code: 'leave-feedback' }],
};
const pageWith = (order: FixtureOrder) => () => renderOrdersPage({ generation: '2026', locale: 'en', orders: [order] });

const DAY = 86_400_000;
const localDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

describe('what earlier visits taught shows on later badges', () => {
  let session: Session;
  let visit = 1;
  beforeAll(async () => {
    session = await openSession({ [ORDERS_URL]: () => (visit === 1 ? pageWith(shipped)() : pageWith(completed)()) });
  });
  afterAll(() => session?.close());

  it('estimates the dispute window after an order is seen completed, then prefers a date the user entered', async () => {
    const { page, problems } = await watchedPage(session.context);

    await page.goto(ORDERS_URL);
    await waitForAllBadges(page);
    const [first] = await readBadges(page);
    expect(first).toMatchObject({ orderId: shipped.orderId, status: 'shipped', source: 'none', urgency: 'none' });
    expect(first!.text).toMatch(/Deadline unknown/);
    const lastSeenShipped = Date.now();

    visit = 2;
    await page.reload();
    await page.waitForFunction(() => document.querySelector('aca-order-badge')?.getAttribute('data-aca-deadline-source') === 'estimated');
    const [second] = await readBadges(page);
    // Completed some time after the last sighting as shipped: 15 days after that, 2 days early.
    expect(second).toMatchObject({ orderId: shipped.orderId, status: 'completed', source: 'estimated' });
    expect(second!.deadline).toBe(localDate(new Date(lastSeenShipped + 13 * DAY)));
    expect(second!.text).toMatch(/days left to open a dispute/);

    // The buyer enters the date AliExpress shows (through the extension's own page, as the popup will).
    const dueAt = new Date(Date.now() + 2 * DAY + 3_600_000).toISOString();
    const answer = await sendFromExtension(session, {
      type: 'deadline/set-manual',
      orderId: shipped.orderId,
      kind: 'dispute-after-completion',
      dueAt,
    });
    expect(answer).toMatchObject({ ok: true });

    await page.reload();
    await page.waitForFunction(() => document.querySelector('aca-order-badge')?.getAttribute('data-aca-deadline-source') === 'manual');
    const [third] = await readBadges(page);
    expect(third).toMatchObject({ source: 'manual', urgency: 'urgent', deadline: localDate(new Date(dueAt)) });
    expect(third!.text).toMatch(/entered by you/);
    expect(problems).toEqual([]);
  });

  it('answers a malformed message with a typed error and changes nothing', async () => {
    const bad = await sendFromExtension(session, {
      type: 'deadline/set-manual',
      orderId: 'not-an-id',
      kind: 'protection-end',
      dueAt: 'soon',
      extra: 1,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    // Nothing changed: the order still shows the date entered before.
    const { page } = await watchedPage(session.context);
    await page.goto(ORDERS_URL);
    await waitForAllBadges(page);
    expect((await readBadges(page))[0]).toMatchObject({ source: 'manual' });
  });
});

// The badge needs only a card's id, status and date: cards are read short, and the background
// asks for a full read of any order whose products it has never seen.
describe('a card read short is read in full once, for the order the background lacks', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ [ORDERS_URL]: pageWith(shipped) });
  });
  afterAll(() => session?.close());

  type Listed = { orderId: string; title?: string; storeName?: string };
  const listed = async (): Promise<Listed | undefined> => {
    const answer = (await sendFromExtension(session, { type: 'deadlines/upcoming', limit: 100 })) as {
      ok: boolean;
      data?: { orders: Listed[]; withoutDeadline: Listed[] };
    };
    return [...(answer.data?.orders ?? []), ...(answer.data?.withoutDeadline ?? [])].find((o) => o.orderId === shipped.orderId);
  };

  it('stores the products and the store on the first visit and keeps them on the next', async () => {
    const { page, problems } = await watchedPage(session.context);
    await page.goto(ORDERS_URL);
    await waitForAllBadges(page);
    const want = { orderId: shipped.orderId, title: shipped.products[0]!.title, storeName: shipped.store.name };
    await expect.poll(listed, { timeout: 10_000, interval: 250 }).toMatchObject(want);

    await page.reload();
    await waitForAllBadges(page);
    // Long enough for the return visit's sighting to be told and stored.
    await page.waitForTimeout(1500);
    expect(await listed()).toMatchObject(want);
    expect(problems).toEqual([]);
  });
});

// Every sample order on one page, countdown cards included: the return visit reads each card
// short (no full read of orders already stored) and must badge it as the first visit did.
describe('a return visit, read short, badges every order as the first visit did', () => {
  let session: Session;
  beforeAll(async () => {
    const page = renderOrdersPage({ generation: '2026', locale: 'en', orders: sampleOrders, pageSize: sampleOrders.length });
    session = await openSession({ [ORDERS_URL]: () => page });
  });
  afterAll(() => session?.close());

  it('the same contract attributes and text on every card, countdowns read from AliExpress included', async () => {
    const { page, problems } = await watchedPage(session.context);
    await page.goto(ORDERS_URL);
    await waitForAllBadges(page);
    // The first visit reads the cards in full once the background asks (it has never seen them).
    await page.waitForTimeout(1500);
    const first = await readBadges(page);
    expect(first).toHaveLength(sampleOrders.length);
    expect(first.filter((badge) => badge.source === 'aliexpress').length).toBe(sampleOrders.filter((o) => o.countdownText).length);

    await page.reload();
    await waitForAllBadges(page);
    await page.waitForTimeout(1500);
    expect(await readBadges(page)).toEqual(first);
    expect(problems).toEqual([]);
  });
});
