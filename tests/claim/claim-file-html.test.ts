import { describe, expect, it } from 'vitest';
import { buildClaimFile } from '@/lib/domain/claim/claim-file';
import { claimFileHtml, escapeHtml, type ClaimFileWords } from '@/lib/domain/claim/claim-file-html';
import { claimAfter, at, deadline, disputeOpened, evidence, started } from '../domain/claim/helpers';
import { englishMessage } from '../i18n-en';
import type { ClaimEvent } from '@/lib/schemas/claim';

const HOSTILE = '<img src=x onerror=alert(1)> "quoted" \'single\' & {orderNumber}';
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const words: ClaimFileWords = {
  t: (key, subs) => englishMessage(key, subs),
  kind: (kind) => englishMessage(`kind_${kind.replaceAll('-', '_')}`),
  rule: (rule) => englishMessage(`rule_${rule.replaceAll('-', '_')}`),
  dateTime: (date) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(date),
  money: (m) => new Intl.NumberFormat('en', { style: 'currency', currency: m.currency }).format(m.amount),
  language: 'en',
};

const events: ClaimEvent[] = [
  started,
  { type: 'problem-set', at: at(1), problems: [{ itemKey: '1', title: HOSTILE, variant: 'Color: Red', reason: 'not-as-described', aspects: ['colour', 'other'], details: HOSTILE }] },
  { type: 'evidence-added', at: at(1), evidence: { ...evidence('p1', ['photos-and-video']), name: `${HOSTILE}.jpg`, sha256: 'cd'.repeat(32), note: HOSTILE } },
  { type: 'evidence-added', at: at(1), evidence: { ...evidence('p2', []), name: 'second.jpg' } },
  { type: 'message-used', at: at(2), templateId: 'not-as-described', language: 'en', text: `Hello,\n${HOSTILE}\n</pre><script>alert(2)</script>` },
  disputeOpened(3),
  { type: 'seller-proposal-received', at: at(4), proposal: { kind: 'partial-refund', amount: { amount: 4.5, currency: 'USD' } }, note: HOSTILE },
  { type: 'outcome-recorded', at: at(9), outcome: 'refunded-partial', amount: { amount: 4.5, currency: 'USD' } },
];
const state = claimAfter(events);
const file = buildClaimFile(state, [deadline('protection-end', 100), deadline('dispute-after-completion', 400, 'estimated')], new Date(at(10)));

function render(images?: Record<string, string>) {
  const html = claimFileHtml(file, state, words, images);
  return { html, doc: new DOMParser().parseFromString(html, 'text/html') };
}

describe('claim file (printable HTML)', () => {
  it('is self-contained: no script, no remote resource, a CSP that forbids both', () => {
    const { html, doc } = render({ p1: PNG });
    expect(doc.querySelectorAll('script, iframe, object, embed, link, base, form')).toHaveLength(0);
    expect(html).not.toMatch(/https?:\/\//);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe("default-src 'none'; img-src data:; style-src 'unsafe-inline'");
    for (const element of doc.querySelectorAll('*')) {
      for (const attribute of element.attributes) expect(attribute.name.startsWith('on'), `${element.localName}[${attribute.name}]`).toBe(false);
    }
  });

  it('shows every hostile string as text', () => {
    const { doc } = render();
    const text = doc.body.textContent ?? '';
    expect(text).toContain(HOSTILE);
    expect(doc.querySelector('pre')?.textContent).toBe(`Hello,\n${HOSTILE}\n</pre><script>alert(2)</script>`);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
  });

  it('names the order, the deadlines with source and rule, the timeline, messages and evidence with hashes', () => {
    const { doc } = render();
    expect(doc.title).toBe(`Claim for order ${state.orderId}`);
    const tables = [...doc.querySelectorAll('table')].map((table) => [...table.querySelectorAll('tr')].slice(1).map((tr) => [...tr.children].map((td) => td.textContent)));
    const [deadlines, timeline, evidenceRows] = tables;
    expect(deadlines!.map((r) => [r[0], r[2]])).toEqual([
      ['Buyer protection ends', 'AliExpress'],
      ['Last day to open a dispute', '≈ estimate'],
    ]);
    expect(deadlines![1]![3]).toMatch(/^AliExpress allows a dispute for 15 days/);
    expect(timeline!.map((r) => r[1])).toEqual([
      'Claim started', 'Problem described', 'Evidence added', 'Evidence added', 'Message sent to the seller', 'Dispute opened', 'The seller made a proposal', 'Outcome recorded',
    ]);
    expect(timeline![5]![2]).toBe('Refund only');
    expect(timeline![6]![2]).toBe(`Partial refund of $4.50 — ${HOSTILE}`);
    expect(timeline![7]![2]).toBe('Partly refunded — $4.50');
    expect(evidenceRows!.map((r) => r[3])).toEqual(['cd'.repeat(32), '']);
  });

  it('embeds an image only when given one, and only a raster data: URL', () => {
    expect(render({ p1: PNG }).doc.querySelector('img')?.getAttribute('src')).toBe(PNG);
    expect(render({ p1: 'data:image/svg+xml;base64,PHN2Zy8+' }).doc.querySelectorAll('img')).toHaveLength(0);
    expect(render({ p1: 'https://evil.example/x.png' }).doc.querySelectorAll('img')).toHaveLength(0);
    expect(render({ p1: `${PNG}" onerror="alert(1)` }).doc.querySelectorAll('img')).toHaveLength(0);
  });

  it('escapes the five characters that matter', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('has English words for every key it uses', () => {
    const { doc } = render();
    expect(doc.body.textContent).not.toMatch(/claim_(event|file|outcome|resolution|reason|case|aspect)_|kind_|rule_|source_/);
  });

  it('names what differs for "not as described"', () => {
    const { doc } = render();
    expect([...doc.querySelectorAll('li strong')].map((s) => s.textContent)).toContain('Not as described — Colour, Something else');
  });
});
