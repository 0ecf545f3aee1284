// A small independent reader of what serialiseCalendar writes, for tests (unit and e2e): checks
// the RFC 5545 framing and gives the content lines back unfolded.

const encoder = new TextEncoder();

/** Problems with the file's framing: bare LF/CR, over-long lines, missing final CRLF. */
export function framingProblems(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('does not end with CRLF');
  if (/[^\r]\n|\r[^\n]/.test(text)) problems.push('bare LF or CR');
  text
    .split('\r\n')
    .slice(0, -1)
    .forEach((line, i) => {
      if (encoder.encode(line).length > 75) problems.push(`line ${i + 1} is over 75 octets`);
    });
  return problems;
}

/** Content lines with folding undone (CRLF + one space or tab removed). */
export function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n').slice(0, -1);
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Each VEVENT as a map of property name (with parameters) → value. */
export function events(text: string): Record<string, string[]>[] {
  const result: Record<string, string[]>[] = [];
  let current: Record<string, string[]> | undefined;
  let inAlarm = false;
  for (const line of unfold(text)) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      result.push(current);
      current = undefined;
    } else if (line === 'BEGIN:VALARM') inAlarm = true;
    else if (line === 'END:VALARM') inAlarm = false;
    else if (current) {
      const colon = line.indexOf(':');
      const name = (inAlarm ? 'VALARM.' : '') + line.slice(0, colon);
      (current[name] ??= []).push(line.slice(colon + 1));
    }
  }
  return result;
}
