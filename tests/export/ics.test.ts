import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, serialiseCalendar, utcStamp, type CalendarEvent } from '../../lib/export/ics';
import { deadlineEvents } from '../../lib/export/deadline-events';
import type { Deadline } from '../../lib/schemas/deadline';
import { events, framingProblems, unescapeText, unfold } from './ics-check';

const NOW = new Date('2026-12-01T10:00:00.000Z');
const ORDER = '8214752218806374';
const event = (over: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: `${ORDER}-protection-end@aliexpress-claim-assistant`,
  start: new Date('2026-12-12T15:59:00.000Z'),
  summary: 'Buyer protection ends',
  ...over,
});

describe('escapeText (RFC 5545 §3.3.11)', () => {
  it.each([
    { text: 'plain', want: 'plain' },
    { text: 'a, b; c', want: 'a\\, b\\; c' },
    { text: 'back\\slash', want: 'back\\\\slash' },
    { text: 'two\nlines', want: 'two\\nlines' },
    { text: 'crlf\r\nand cr\r', want: 'crlf\\nand cr\\n' },
    { text: '\\,;', want: '\\\\\\,\\;' },
  ])('$text', ({ text, want }) => {
    expect(escapeText(text)).toBe(want);
    expect(unescapeText(want)).toBe(text.replace(/\r\n|\r/g, '\n'));
  });
});

describe('foldLine (RFC 5545 §3.1)', () => {
  it.each([
    { name: 'short', line: 'SUMMARY:short' },
    { name: 'exactly 75 octets', line: `SUMMARY:${'x'.repeat(67)}` },
    { name: '76 octets', line: `SUMMARY:${'x'.repeat(68)}` },
    { name: 'very long ASCII', line: `DESCRIPTION:${'abc '.repeat(100)}` },
    { name: 'multibyte (2-byte)', line: `SUMMARY:${'é'.repeat(80)}` },
    { name: 'multibyte (3- and 4-byte)', line: `SUMMARY:${'≈ 期限 😀 '.repeat(20)}` },
  ])('$name: every line ≤ 75 octets, no character split, unfolds back', ({ line }) => {
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    folded.split('\r\n').slice(1).forEach((part) => expect(part.startsWith(' ')).toBe(true));
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });
});

describe('serialiseCalendar', () => {
  it('writes a framed calendar with one timed event and its alarms', () => {
    const text = serialiseCalendar(
      [event({ alarms: [new Date('2026-12-05T09:00:00.000Z'), new Date('2026-12-13T09:00:00.000Z')], alarmText: 'Soon' })],
      { now: NOW, name: 'Claim deadlines' },
    );
    expect(framingProblems(text)).toEqual([]);
    const lines = unfold(text);
    expect(lines.slice(0, 5)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//AliExpress Claim Assistant//Deadlines//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']);
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    const [vevent] = events(text);
    expect(vevent).toMatchObject({
      UID: [`${ORDER}-protection-end@aliexpress-claim-assistant`],
      DTSTAMP: ['20261201T100000Z'],
      DTSTART: ['20261212T155900Z'],
      SUMMARY: ['Buyer protection ends'],
      'VALARM.TRIGGER;VALUE=DATE-TIME': ['20261205T090000Z'], // the alarm after the start is left out
      'VALARM.ACTION': ['DISPLAY'],
    });
    expect(vevent!.DTEND).toBeUndefined();
  });

  it('all-day events span the local day of the deadline', () => {
    const start = new Date(2026, 11, 31, 23, 59);
    const [vevent] = events(serialiseCalendar([event({ start, allDay: true })], { now: NOW }));
    expect(vevent!['DTSTART;VALUE=DATE']).toEqual(['20261231']);
    expect(vevent!['DTEND;VALUE=DATE']).toEqual(['20270101']);
  });

  it('hostile text stays text: escaped, folded, read back exactly', () => {
    const summary = 'Order "X"; refund, now\\please\nEND:VEVENT\r\nBEGIN:VEVENT ' + '≈'.repeat(40);
    const text = serialiseCalendar([event({ summary, description: summary })], { now: NOW });
    expect(framingProblems(text)).toEqual([]);
    const parsed = events(text);
    expect(parsed).toHaveLength(1);
    expect(unescapeText(parsed[0]!.SUMMARY![0]!)).toBe(summary.replace(/\r\n/g, '\n'));
  });

  it('an empty list is still a valid calendar', () => {
    const text = serialiseCalendar([], { now: NOW });
    expect(framingProblems(text)).toEqual([]);
    expect(events(text)).toEqual([]);
  });

  it('utcStamp drops separators and milliseconds', () => {
    expect(utcStamp(new Date('2027-01-02T03:04:05.678Z'))).toBe('20270102T030405Z');
  });
});

describe('deadlineEvents', () => {
  const deadline: Deadline = {
    orderId: ORDER,
    kind: 'protection-end',
    dueAt: '2026-12-12T15:59:00.000Z',
    source: 'aliexpress',
    rule: 'card-countdown',
    confidence: 'high',
    observedAt: '2026-12-01T10:00:00.000Z',
  };
  const words = { summary: (d: Deadline) => `S ${d.kind}`, description: (d: Deadline) => `D ${d.source}` };

  it('one event per deadline, UID stable per order and kind (a moved date keeps it), alarms at the reminder times', () => {
    const [first] = deadlineEvents([{ orderId: ORDER, deadlines: [deadline] }], [7, 3, 1, 0], words);
    const [moved] = deadlineEvents([{ orderId: ORDER, deadlines: [{ ...deadline, dueAt: '2026-12-20T15:59:00.000Z' }] }], [7], words);
    expect(first!.uid).toBe(moved!.uid);
    expect(first).toMatchObject({ summary: 'S protection-end', description: 'D aliexpress', url: `https://www.aliexpress.com/p/order/detail.html?orderId=${ORDER}` });
    expect(first!.alarms).toHaveLength(4);
    for (const alarm of first!.alarms!) expect(alarm.getTime()).toBeLessThan(new Date(deadline.dueAt).getTime());
  });
});
