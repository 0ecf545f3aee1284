import type { MessageKey } from '../../i18n';
import type { ClaimEvent, ClaimState, Resolution } from '../../schemas/claim';
import type { Money } from '../../schemas/common';
import type { Deadline } from '../../schemas/deadline';
import type { ClaimFile } from './claim-file';

/** What the HTML needs from the UI: its words and its date and money formats (injected: pure). */
export interface ClaimFileWords {
  t(key: MessageKey, substitutions?: string[]): string;
  /** A deadline kind's and rule's words (the UI keeps one table of them for every kind). */
  kind(kind: Deadline['kind']): string;
  rule(rule: Deadline['rule']): string;
  dateTime(date: Date): string;
  money(money: Money): string;
  /** The document's language, e.g. `en`. */
  language: string;
}

/** Images to embed, by evidence id, as `data:` URLs of a raster type (the buyer chose to). */
export type EmbeddedImages = Readonly<Record<string, string>>;

const DATA_IMAGE = /^data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/]+={0,2}$/;

/** Text and attribute values: every page or buyer string goes through this and nothing else. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const EVENT_KEY = (type: ClaimEvent['type']) => `claim_event_${type.replaceAll('-', '_')}` as MessageKey;
const REASON_KEY = (reason: string) => `claim_reason_${reason.replaceAll('-', '_')}` as MessageKey;
const CASE_KEY = (c: string) => `claim_case_${c.replaceAll('-', '_')}` as MessageKey;

/**
 * One self-contained, printable HTML page of the claim (issue 5, item 8): no script, no remote
 * resource (a Content-Security-Policy forbids both), every value escaped. Images only when the
 * buyer embeds them, and only as raster `data:` URLs.
 */
export function claimFileHtml(file: ClaimFile, state: ClaimState, words: ClaimFileWords, images: EmbeddedImages = {}): string {
  const { t } = words;
  const e = escapeHtml;
  const when = (instant: string) => e(words.dateTime(new Date(instant)));
  const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  const head = (cells: MessageKey[]) => `<tr>${cells.map((c) => `<th>${e(t(c))}</th>`).join('')}</tr>`;

  const problems = state.problems
    .map((p) => {
      const what = [t(REASON_KEY(p.reason)), p.notReceivedCase ? t(CASE_KEY(p.notReceivedCase)) : '', p.aspects?.map((a) => t(`claim_aspect_${a}` as MessageKey)).join(', ') ?? '']
        .filter(Boolean)
        .join(' — ');
      const product = [p.title, p.variant].filter(Boolean).join(' · ');
      return `<li><strong>${e(what)}</strong>${product ? `<br>${e(product)}` : ''}${p.details ? `<br>${e(p.details)}` : ''}</li>`;
    })
    .join('');

  const deadlines = file.deadlines
    .map((d) => row([e(words.kind(d.kind)), when(d.dueAt), e(t(`source_${d.source}` as MessageKey)), e(words.rule(d.rule))]))
    .join('');

  const timeline = file.timeline.map((event) => row([when(event.at), e(t(EVENT_KEY(event.type))), e(eventDetail(event, words))])).join('');

  const messages = file.messagesUsed.map((m) => `<section class="message"><p class="meta">${when(m.at)}</p><pre>${e(m.text)}</pre></section>`).join('');

  const evidence = file.evidence
    .map((item) => {
      const image = images[item.id];
      const embedded = image && DATA_IMAGE.test(image) ? `<br><img src="${e(image)}" alt="${e(item.name)}">` : '';
      const where = item.reference ? ('url' in item.reference ? item.reference.url : item.reference.fileName) : '';
      return row([
        `${e(item.name)}${where ? `<br><span class="meta">${e(where)}</span>` : ''}${embedded}`,
        e(item.type || item.kind),
        e(item.size ? String(item.size) : ''),
        `<code>${e(item.sha256 ?? '')}</code>`,
        when(item.addedAt),
        e(item.note ?? ''),
      ]);
    })
    .join('');

  return `<!DOCTYPE html>
<html lang="${e(words.language)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${e(t('claim_file_title', [file.orderId]))}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;color:#1f2328;max-width:960px;margin:24px auto;padding:0 16px}
table{border-collapse:collapse;width:100%;margin:8px 0 24px}th,td{border:1px solid #d0d7de;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa}pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f6f8fa;padding:8px;border-radius:6px}
code{font-size:11px;overflow-wrap:anywhere}.meta{color:#59636e;font-size:12px}img{max-width:320px;margin-top:6px}
@media print{body{margin:0}section,tr{break-inside:avoid}}
</style></head><body>
<h1>${e(t('claim_file_title', [file.orderId]))}</h1>
<p class="meta">${e(t('claim_file_exported', [words.dateTime(new Date(file.exportedAt))]))}</p>
<h2>${e(t('claim_file_problems'))}</h2><ul>${problems}</ul>
<h2>${e(t('claim_file_deadlines'))}</h2><table>${head(['claim_file_col_deadline', 'claim_file_col_date', 'claim_file_col_source', 'claim_file_col_rule'])}${deadlines}</table>
<h2>${e(t('claim_file_timeline'))}</h2><table>${head(['claim_file_col_date', 'claim_file_col_event', 'claim_file_col_detail'])}${timeline}</table>
<h2>${e(t('claim_file_messages'))}</h2>${messages}
<h2>${e(t('claim_file_evidence'))}</h2><table>${head(['claim_file_col_name', 'claim_file_col_type', 'claim_file_col_size', 'claim_file_col_sha256', 'claim_file_col_date', 'claim_file_col_note'])}${evidence}</table>
</body></html>
`;
}

function eventDetail(event: ClaimEvent, words: ClaimFileWords): string {
  switch (event.type) {
    case 'problem-set':
      return event.problems.map((p) => words.t(REASON_KEY(p.reason))).join(', ');
    case 'evidence-added':
      return event.evidence.name;
    case 'evidence-removed':
      return event.evidenceId;
    case 'message-used':
      return event.templateId;
    case 'dispute-opened':
      return resolutionText(event.resolution, words);
    case 'seller-proposal-received':
      return [resolutionText(event.proposal, words), event.note].filter(Boolean).join(' — ');
    case 'return-shipped':
      return event.trackingNumber ?? '';
    case 'outcome-recorded':
      return [words.t(`claim_outcome_${event.outcome.replaceAll('-', '_')}` as MessageKey), event.amount ? words.money(event.amount) : '', event.note]
        .filter(Boolean)
        .join(' — ');
    case 'seller-replied':
      return event.note ?? '';
    default:
      return '';
  }
}

function resolutionText(resolution: Resolution, words: ClaimFileWords): string {
  const key = `claim_resolution_${resolution.kind.replaceAll('-', '_')}` as MessageKey;
  return resolution.kind === 'partial-refund' ? words.t(key, [words.money(resolution.amount)]) : words.t(key);
}
