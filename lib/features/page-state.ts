import type { MessageKey } from '../i18n';
import { t } from '../i18n';
import type { UnrecognisedReason } from '../parsers/result';
import type { FeatureContext } from './registry';
import { createShadowHost } from './shadow-host';
import noticeCss from '@/components/page-notice.css?inline';

/** The page-level contract: `data-aca-parse` on <html> (and why, for debugging). */
export function setParseState(doc: Document, state: 'ok' | 'unrecognised', reason?: UnrecognisedReason): void {
  doc.documentElement.dataset.acaParse = state;
  if (reason) doc.documentElement.dataset.acaParseReason = reason;
  else delete doc.documentElement.dataset.acaParseReason;
}

/** A small dismissible note in the corner; never covers page content for long. */
export function showPageNotice(context: FeatureContext, key: MessageKey): void {
  const doc = context.document;
  if (doc.querySelector('aca-page-notice')) return;
  const { host, mount } = createShadowHost(doc, 'aca-page-notice', noticeCss);
  host.dataset.acaNotice = key;
  const text = doc.createElement('p');
  text.textContent = t(key);
  const dismiss = doc.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = t('notice_dismiss');
  dismiss.addEventListener('click', () => host.remove());
  mount.className = 'notice';
  mount.setAttribute('role', 'status');
  mount.append(text, dismiss);
  doc.body.append(host);
  context.signal.addEventListener('abort', () => host.remove());
}
