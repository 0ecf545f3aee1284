import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { orderIdFromChatUrl } from '@/lib/features/message-insert';
import { findChatInput } from '@/lib/parsers/chat-input';
import { detectPageKind } from '@/lib/pages/detect';
import { MESSAGE_PAGE_MATCHES } from '@/lib/pages/hosts';

const DIR = join(process.cwd(), 'tests/fixtures/pages');
const FIXTURES = ['chat-im-2026', 'chat-msg-detail'];

interface Expected {
  url: string;
  pageKind: string;
  orderId?: string;
  input: { kind: string; className: string };
}

const load = (name: string) => ({
  doc: new DOMParser().parseFromString(readFileSync(join(DIR, `${name}.html`), 'utf8'), 'text/html'),
  expected: JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected,
});

const matches = (url: string) =>
  MESSAGE_PAGE_MATCHES.some((pattern) => new RegExp(`^${pattern.replace(/[.?]/g, '\\$&').replace(/\*/g, '.*')}$`).test(url));

describe('saved chat pages: exactly the expected reading', () => {
  it.each(FIXTURES)('%s', (name) => {
    const { doc, expected } = load(name);
    const url = new URL(expected.url);
    expect(detectPageKind(url)).toBe(expected.pageKind);
    expect(matches(expected.url)).toBe(true);
    expect(orderIdFromChatUrl(url)).toBe(expected.orderId);
    const input = findChatInput(doc);
    expect(input.ok).toBe(true);
    if (!input.ok) return;
    expect({ kind: input.data.kind, className: input.data.element.className }).toEqual(expected.input);
  });
});

describe('finding the chat input at run time', () => {
  const find = (html: string) => {
    const result = findChatInput(new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html'));
    return result.ok ? `${result.data.kind}#${result.data.element.id}` : result.reason;
  };
  it.each<[string, string, string]>([
    ['a textarea in an im- panel', '<div class="im-chat"><textarea id="a"></textarea></div>', 'textarea#a'],
    ['a contenteditable in a message-detail panel', '<div class="message-detail"><div id="a" contenteditable="true"></div></div>', 'contenteditable#a'],
    ['a class list with im- not first', '<div class="chat im-panel"><textarea id="a"></textarea></div>', 'textarea#a'],
    ['the last of two (the reply box)', '<div class="im-chat"><textarea id="a"></textarea><textarea id="b"></textarea></div>', 'textarea#b'],
    ['outside any chat panel: nothing', '<div class="search"><textarea id="a"></textarea></div>', 'markup-changed'],
    ['a "trim-" class is no im- panel', '<div class="trim-box"><textarea id="a"></textarea></div>', 'markup-changed'],
    ['disabled', '<div class="im-chat"><textarea id="a" disabled></textarea></div>', 'markup-changed'],
    ['read-only', '<div class="im-chat"><textarea id="a" readonly></textarea></div>', 'markup-changed'],
    ['hidden', '<div class="im-chat"><div hidden><textarea id="a"></textarea></div></div>', 'markup-changed'],
    ['aria-hidden', '<div class="im-chat" aria-hidden="true"><textarea id="a"></textarea></div>', 'markup-changed'],
    ['display none', '<div class="im-chat"><textarea id="a" style="display:none"></textarea></div>', 'markup-changed'],
    ['contenteditable="false"', '<div class="im-chat"><div id="a" contenteditable="false"></div></div>', 'markup-changed'],
    ['a nested editable belongs to the outer one', '<div class="im-chat"><div id="outer" contenteditable="true"><p id="inner" contenteditable="true"></p></div></div>', 'contenteditable#outer'],
    ['an empty page', '', 'markup-changed'],
  ])('%s', (_name, html, expected) => {
    expect(find(html)).toBe(expected);
  });
});

describe('message page match patterns', () => {
  it.each([
    ['https://www.aliexpress.com/p/message/index.html', true],
    ['https://www.aliexpress.com/p/message/index.html?orderId=8214779947343229', true],
    ['https://pt.aliexpress.com/p/message/index.html', true],
    ['https://www.aliexpress.us/p/message/index.html', true],
    ['https://msg.aliexpress.com/msgDetail.htm', true],
    ['https://msg.aliexpress.com/msgDetail.htm?orderId=8214779947343229', true],
    ['http://msg.aliexpress.com/msgDetail.htm', false],
    ['https://msg.aliexpress.com/buyerMsgListNew.htm', false],
    ['https://aliexpress.ru/p/message/index.html', false],
    ['https://www.aliexpress.com/p/order/index.html', false],
    ['https://msg.aliexpress.com.evil.example/msgDetail.htm', false],
  ])('%s → %s', (url, expected) => {
    expect(matches(url)).toBe(expected);
  });
});
