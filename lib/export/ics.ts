import { addDays } from 'date-fns';

/** One calendar event (RFC 5545 VEVENT). Text fields are plain text: escaped here. */
export interface CalendarEvent {
  /** Stable across exports, so a calendar re-importing the file updates the event instead of doubling it. */
  uid: string;
  start: Date;
  /** A whole local day (the day of `start`) instead of a moment. */
  allDay?: boolean;
  summary: string;
  description?: string;
  url?: string;
  /** Absolute alarm times (VALARM with a UTC trigger); those not before `start` are left out. */
  alarms?: readonly Date[];
  alarmText?: string;
}

export interface CalendarOptions {
  /** DTSTAMP: when the file was made. */
  now: Date;
  prodId?: string;
  name?: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** A whole iCalendar file: CRLF line ends, lines folded at 75 octets, text escaped. Pure. */
export function serialiseCalendar(events: readonly CalendarEvent[], { now, prodId = '-//AliExpress Claim Assistant//Deadlines//EN', name }: CalendarOptions): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${escapeText(prodId)}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (name) lines.push(`X-WR-CALNAME:${escapeText(name)}`);
  for (const event of events) lines.push(...eventLines(event, now));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function eventLines(event: CalendarEvent, now: Date): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(event.uid)}`, `DTSTAMP:${utcStamp(now)}`];
  if (event.allDay) {
    lines.push(`DTSTART;VALUE=DATE:${localDay(event.start)}`, `DTEND;VALUE=DATE:${localDay(addDays(event.start, 1))}`);
  } else {
    // No DTEND: a DATE-TIME start alone is an event of no length, the moment the deadline passes.
    lines.push(`DTSTART:${utcStamp(event.start)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push('TRANSP:TRANSPARENT');
  for (const at of event.alarms ?? []) {
    if (at.getTime() >= event.start.getTime()) continue;
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(event.alarmText ?? event.summary)}`,
      `TRIGGER;VALUE=DATE-TIME:${utcStamp(at)}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma escaped; line breaks as \n. */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets are split, each continuation starting with one space
 * (which counts toward its 75). Splits fall between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** 20261212T155900Z */
export function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;
}
